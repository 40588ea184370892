import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { cohortMetricKeys, metricLabels, spreadsheetSafeCast, type GroupFigures, type ManagerDashboardResponse } from '@rapport/contracts';
import { day, withheldInWords, type ManagerReportData } from './report-data';
import { formatColumns, styleSheet } from './workbook-style';

/** The groups of a manager report, each either its figures or the reason it is withheld. */
export function managerGroups(d: ManagerDashboardResponse): { group: string; figures: GroupFigures | null; withheld: string | null }[] {
  return [
    { group: 'Whole organisation', cell: d.organisation },
    ...d.departments.map((x) => ({ group: x.department, cell: x.figures })),
  ].map(({ group, cell }) =>
    cell.suppressed
      ? { group, figures: null, withheld: withheldInWords(cell.reason, d.k) }
      : { group, figures: cell.value, withheld: null },
  );
}

/** A metric with fewer than k values in the group reads "withheld", never a number. */
const median = (f: GroupFigures, key: (typeof cohortMetricKeys)[number], at: 'baseline' | 'current'): number | string | null => {
  const m = f.metrics.find((x) => x.metric === key);
  return m?.withheld ? 'withheld' : (m?.[at].median ?? null);
};

export const managerCsvHeader = (): string[] => [
  'Organisation of',
  'As of',
  'Group',
  'People',
  'Silo index (E-I)',
  'Cross-department ties',
  'People bridging departments',
  ...cohortMetricKeys.flatMap((k) => [`${metricLabels[k]}: median at baseline`, `${metricLabels[k]}: median now`]),
];

/** Aggregates only: one row per group; a withheld group says so in every figure. */
export function managerReportCsv(report: ManagerReportData): Buffer {
  const { managerName, asOf } = report.dashboard;
  const rows = managerGroups(report.dashboard).map(({ group, figures, withheld }) =>
    figures
      ? [
          managerName,
          day(asOf),
          group,
          figures.people,
          figures.siloIndex ?? '',
          figures.bridges.crossDepartmentTies,
          figures.bridges.peopleBridging,
          ...cohortMetricKeys.flatMap((k) => [median(figures, k, 'baseline') ?? '', median(figures, k, 'current') ?? '']),
        ]
      : [
          managerName,
          day(asOf),
          group,
          ...managerCsvHeader()
            .slice(3)
            .map(() => withheld),
        ],
  );
  return Buffer.from(stringify([managerCsvHeader(), ...rows], { cast: spreadsheetSafeCast }), 'utf8');
}

export const managerSheetNames = ['Organisation', 'Departments', 'Trend'] as const;

export async function managerReportXlsx(report: ManagerReportData): Promise<Buffer> {
  const d = report.dashboard;
  const book = new ExcelJS.Workbook();
  book.creator = 'Rapport';
  const organisation = book.addWorksheet('Organisation');
  organisation.addRow(['Metric', 'Median a quarter ago', 'Median now', 'Change', 'Improved', 'Compared']);
  if (d.organisation.suppressed) organisation.addRow([`The whole organisation is ${withheldInWords(d.organisation.reason, d.k)}`]);
  else
    for (const m of d.organisation.value.metrics)
      organisation.addRow(
        m.withheld
          ? [m.label, `withheld: fewer than ${d.k} people have a value`]
          : [m.label, m.baseline.median, m.current.median, m.change, m.improved, m.compared],
      );
  styleSheet(organisation, [34, 18, 14, 12, 12, 12]);
  formatColumns(organisation, [2, 3], '0.00');

  const departments = book.addWorksheet('Departments');
  departments.addRow([
    'Department',
    'People',
    'Silo index (E-I)',
    'Cross-department ties',
    'People bridging',
    ...cohortMetricKeys.map((k) => `${metricLabels[k]} (median now)`),
  ]);
  for (const { group, figures, withheld } of managerGroups(d).slice(1)) {
    departments.addRow(
      figures
        ? [
            group,
            figures.people,
            figures.siloIndex,
            figures.bridges.crossDepartmentTies,
            figures.bridges.peopleBridging,
            ...cohortMetricKeys.map((k) => median(figures, k, 'current')),
          ]
        : [group, withheld],
    );
  }
  styleSheet(departments, [22, 12, 14, 14, 14, ...cohortMetricKeys.map(() => 14)]);
  formatColumns(departments, [3], '+0.000;-0.000;0.000');

  const trend = book.addWorksheet('Trend');
  trend.addRow(['Week', ...cohortMetricKeys.map((k) => `${metricLabels[k]} (median)`)]);
  if (d.trend.suppressed) trend.addRow([`Withheld: ${d.trend.reason.replaceAll('_', ' ')}`]);
  else for (const p of d.trend.value) trend.addRow([new Date(p.at), ...cohortMetricKeys.map((k) => p.metrics[k] ?? null)]);
  styleSheet(trend, [14, ...cohortMetricKeys.map(() => 14)]);
  formatColumns(trend, [1], 'yyyy-mm-dd');
  return Buffer.from(await book.xlsx.writeBuffer());
}
