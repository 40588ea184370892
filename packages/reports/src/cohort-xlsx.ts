import ExcelJS from 'exceljs';
import { cohortMetricKeys, habitKeys, metricLabels, summaryMetricKeys } from '@rapport/contracts';
import { day, type CohortReportData } from './report-data';
import { formatColumns, styleSheet } from './workbook-style';

export const cohortSheetNames = ['Summary', 'Participants', 'Weekly series', 'Habits'] as const;

/** The cohort workbook (SPEC §7): summary, participants, weekly series and habits sheets. */
export async function cohortReportXlsx(report: CohortReportData): Promise<Buffer> {
  const s = report.summary;
  const book = new ExcelJS.Workbook();
  book.creator = 'Rapport';
  book.created = new Date(report.generatedAt);

  const summary = book.addWorksheet('Summary');
  summary.addRow([
    'Metric',
    'Kind',
    'Median at start',
    'p25 at start',
    'p75 at start',
    'Median now',
    'p25 now',
    'p75 now',
    'Change',
    'Improved',
    'Compared',
  ]);
  for (const m of s.metrics) {
    summary.addRow([
      m.label,
      m.kind,
      m.baseline.median,
      m.baseline.p25,
      m.baseline.p75,
      m.current.median,
      m.current.p25,
      m.current.p75,
      m.change,
      m.improved,
      m.compared,
    ]);
  }
  summary.addRow([]);
  for (const [label, value] of [
    ['Cohort', s.name],
    ['Programme', s.programName],
    ['Runs', `${s.startsOn} – ${s.endsOn}`],
    ['Baseline', day(s.baselineAt)],
    ['As of', day(s.asOf)],
    ['Participants', s.participants],
    ['Ties between participants (start → now)', `${s.baselineNetwork.ties} → ${s.internalNetwork.ties}`],
    ['Internal density (start → now)', `${s.baselineNetwork.density ?? '–'} → ${s.internalNetwork.density ?? '–'}`],
  ] as const)
    summary.addRow([label, value]).getCell(1).font = { bold: true };
  styleSheet(summary, [34, 10, 14, 12, 12, 14, 12, 12, 10, 10, 10]);
  formatColumns(summary, [3, 4, 5, 6, 7, 8], '0.00');
  formatColumns(summary, [9], '+0.00;-0.00;0.00');

  const participants = book.addWorksheet('Participants');
  participants.addRow([
    'Name',
    'Department',
    ...summaryMetricKeys.flatMap((k) => [`${metricLabels[k]} at start`, `${metricLabels[k]} now`, `${metricLabels[k]} change`]),
  ]);
  for (const p of report.participants.items) {
    participants.addRow([
      p.displayName,
      p.department,
      ...summaryMetricKeys.flatMap((k) => [p.metrics[k]?.baseline ?? null, p.metrics[k]?.current ?? null, p.metrics[k]?.change ?? null]),
    ]);
  }
  styleSheet(participants, [24, 16, ...summaryMetricKeys.flatMap(() => [12, 12, 12])]);
  participants.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  formatColumns(
    participants,
    summaryMetricKeys.flatMap((_, i) => [3 + 3 * i, 4 + 3 * i]),
    '0.##',
  );
  formatColumns(
    participants,
    summaryMetricKeys.map((_, i) => 5 + 3 * i),
    '+0.##;-0.##;0',
  );

  const weekly = book.addWorksheet('Weekly series');
  weekly.addRow(['Week', ...cohortMetricKeys.map((k) => `${metricLabels[k]} (median)`)]);
  for (const point of report.series.points)
    weekly.addRow([new Date(point.at), ...cohortMetricKeys.map((k) => point.metrics[k]?.median ?? null)]);
  styleSheet(weekly, [14, ...cohortMetricKeys.map(() => 14)]);
  formatColumns(weekly, [1], 'yyyy-mm-dd');
  formatColumns(
    weekly,
    cohortMetricKeys.map((_, i) => i + 2),
    '0.00',
  );

  const habits = book.addWorksheet('Habits');
  habits.addRow(['Name', 'Department', ...habitKeys.flatMap((k) => [`${metricLabels[k]} at start`, `${metricLabels[k]} now`])]);
  for (const p of report.participants.items) {
    habits.addRow([
      p.displayName,
      p.department,
      ...habitKeys.flatMap((k) => [p.metrics[k]?.baseline ?? null, p.metrics[k]?.current ?? null]),
    ]);
  }
  styleSheet(habits, [24, 16, ...habitKeys.flatMap(() => [13, 13])]);
  formatColumns(
    habits,
    habitKeys.flatMap((_, i) => [3 + 2 * i, 4 + 2 * i]),
    '0',
  );
  // Colour scale on the habit scores: the same heatmap idea as the PDF.
  habits.addConditionalFormatting({
    ref: `C2:${habits.getColumn(2 + 2 * habitKeys.length).letter}${Math.max(2, report.participants.items.length + 1)}`,
    rules: [
      {
        type: 'colorScale',
        priority: 1,
        cfvo: [
          { type: 'num', value: 0 },
          { type: 'num', value: 100 },
        ],
        color: [{ argb: 'FFF3F6FA' }, { argb: 'FF1F4E8C' }],
      },
    ],
  });

  return Buffer.from(await book.xlsx.writeBuffer());
}
