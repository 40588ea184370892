import { distributionChart, habitHeatmap, internalNetworkChart, palette } from './charts';
import { contentWidth, figureColumns, finish, heading, newPdf, page, paragraph, styled, svg, table, tiles } from './pdf-layout';
import { day, formatNumber, signed, type CohortReportData } from './report-data';

/** Pages of the cohort PDF: cover, headline figures, distributions, habits, internal network. */
export const COHORT_PDF_PAGES = 5;

function cover(doc: PDFKit.PDFDocument, report: CohortReportData): void {
  const s = report.summary;
  doc.save().rect(0, 0, page.width, 330).fill(palette.current).restore();
  doc.save().rect(page.margin, 300, 60, 4).fill(palette.accent).restore();
  styled(doc, 'Helvetica', 11, '#c9d6ea').text('RAPPORT · COHORT REPORT', page.margin, 90, { characterSpacing: 1.5 });
  styled(doc, 'Helvetica-Bold', 30, '#ffffff').text(s.name, page.margin, 130, { width: contentWidth });
  styled(doc, 'Helvetica', 14, '#dfe7f3').text(s.programName, page.margin, doc.y + 6, { width: contentWidth });
  styled(doc, 'Helvetica', 11, '#dfe7f3').text(`${s.startsOn} – ${s.endsOn}`, page.margin, doc.y + 14);
  let y = 370;
  const facts: [string, string][] = [
    ['Participants', String(s.participants)],
    ['Baseline (cohort start)', day(s.baselineAt)],
    ['Figures as of', day(s.asOf)],
    ['Prepared', day(report.generatedAt)],
  ];
  for (const [label, value] of facts) {
    styled(doc, 'Helvetica', 9, palette.muted).text(label.toUpperCase(), page.margin, y, { characterSpacing: 0.6 });
    styled(doc, 'Helvetica-Bold', 13, palette.ink).text(value, page.margin, y + 12);
    y += 44;
  }
  if (s.goals.length > 0) {
    styled(doc, 'Helvetica-Bold', 11, palette.ink).text('Goals', page.margin + 250, 370);
    styled(doc, 'Helvetica', 10, palette.ink).list([...s.goals], page.margin + 250, 390, {
      width: contentWidth - 250,
      bulletRadius: 2,
      lineGap: 4,
    });
  }
  styled(doc, 'Helvetica', 8, palette.muted).text(
    'Confidential: individual figures of programme participants. Share with the programme team only.',
    page.margin,
    page.height - 70,
    { width: contentWidth },
  );
}

export async function cohortReportPdf(report: CohortReportData): Promise<Buffer> {
  const s = report.summary;
  const doc = newPdf(`${s.name} — cohort report`);
  cover(doc, report);

  doc.addPage();
  let y = heading(
    doc,
    'Headline figures',
    `Cohort start ${day(s.baselineAt)} compared with ${day(s.asOf)}; medians over ${s.participants} participants`,
  );
  const metric = (key: string) => s.metrics.find((m) => m.metric === key)!;
  const size = metric('size');
  const cross = metric('crossDepartmentTies');
  y = tiles(doc, y, [
    {
      label: 'Active ties (median)',
      value: formatNumber(size.current.median),
      note: `from ${formatNumber(size.baseline.median)} at the start; ${size.improved} of ${size.compared} grew`,
    },
    {
      label: 'Cross-department ties',
      value: formatNumber(cross.current.median),
      note: `from ${formatNumber(cross.baseline.median)}; ${cross.improved} of ${cross.compared} reached further`,
    },
    {
      label: 'Ties inside the cohort',
      value: String(s.internalNetwork.ties),
      note: `from ${s.baselineNetwork.ties}; density ${formatNumber(s.baselineNetwork.density)} to ${formatNumber(s.internalNetwork.density)}`,
    },
  ]);
  const spread = (d: { p25: number | null; median: number | null; p75: number | null }) =>
    d.median === null ? 'no values' : `${formatNumber(d.median)}  (${formatNumber(d.p25)}–${formatNumber(d.p75)})`;
  const rows = s.metrics.map((m) => [
    m.label,
    spread(m.baseline),
    spread(m.current),
    signed(m.change),
    m.compared === 0 ? '–' : `${m.improved} of ${m.compared}`,
  ]);
  y = table(
    doc,
    y,
    figureColumns(['Metric', 140], ['At start: median (p25–p75)', 120], ['Now: median (p25–p75)', 120], ['Change', 55], 'Improved'),
    rows,
  );
  paragraph(
    doc,
    y,
    'Medians and quartiles by linear interpolation between closest ranks. Habit scores are 0–100 over the 90 days before each instant; a person without enough activity for a habit is left out of it. "Improved" counts participants whose own value rose. Structural metrics come from the structural run for each instant; a lower constraint means fewer redundant ties.',
  );

  doc.addPage();
  y = heading(doc, 'Before and after', 'Interquartile band (p25–p75) with the median marked, at the cohort start and now');
  svg(doc, distributionChart(s.metrics, 'ties', contentWidth, 300), page.margin, y, contentWidth, 300);
  svg(doc, distributionChart(s.metrics, 'scores', contentWidth, 330), page.margin, y + 320, contentWidth, 330);

  doc.addPage();
  y = heading(
    doc,
    'Habits week by week',
    `${report.series.points.length} weekly points from ${day(report.series.from)} to ${day(report.series.asOf)}`,
  );
  svg(doc, habitHeatmap(report.series, contentWidth, 320), page.margin, y, contentWidth, 320);
  const habits = s.metrics.filter((m) => m.kind === 'habit');
  table(
    doc,
    y + 340,
    figureColumns(['Habit', 160], ['Median at start', 110], ['Median now', 110], 'Improved'),
    habits.map((m) => [
      m.label,
      formatNumber(m.baseline.median),
      formatNumber(m.current.median),
      m.compared === 0 ? '–' : `${m.improved} of ${m.compared}`,
    ]),
  );

  doc.addPage();
  y = heading(
    doc,
    'The cohort’s own network',
    `Active ties (strength 10 or more) between participants as of ${day(s.asOf)}; thicker lines are stronger ties`,
  );
  y = tiles(doc, y, [
    {
      label: 'Ties between participants',
      value: String(s.internalNetwork.ties),
      note: `of ${s.internalNetwork.possibleTies} possible pairs`,
    },
    {
      label: 'Density',
      value: formatNumber(s.internalNetwork.density),
      note: `was ${formatNumber(s.baselineNetwork.density)} at the start`,
    },
    { label: 'Mean tie strength', value: formatNumber(s.internalNetwork.meanStrength), note: 'on the 0–100 scale' },
  ]);
  svg(
    doc,
    internalNetworkChart(s.internalNetwork, report.participants.items, report.departments, contentWidth, 470),
    page.margin,
    y,
    contentWidth,
    470,
  );

  return finish(doc, `${s.name} · cohort report as of ${day(s.asOf)}`);
}
