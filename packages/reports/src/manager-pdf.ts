import { metricLabels } from '@rapport/contracts';
import { palette, renderChart } from './charts';
import { managerGroups } from './manager-report';
import { contentWidth, figureColumns, finish, heading, newPdf, page, paragraph, styled, svg, table, tiles } from './pdf-layout';
import { day, formatNumber, signed, withheldInWords, type ManagerReportData } from './report-data';

export const MANAGER_PDF_PAGES = 2;

/** Aggregates only, k-anonymous: the same cells as the dashboard, withheld ones marked. */
export async function managerReportPdf(report: ManagerReportData): Promise<Buffer> {
  const d = report.dashboard;
  const doc = newPdf(`${d.managerName}’s organisation — networking report`);
  doc.save().rect(0, 0, page.width, 120).fill(palette.current).restore();
  styled(doc, 'Helvetica', 10, '#c9d6ea').text('RAPPORT · MANAGER REPORT', page.margin, 40, { characterSpacing: 1.5 });
  styled(doc, 'Helvetica-Bold', 22, '#ffffff').text(`${d.managerName}’s organisation`, page.margin, 60);
  styled(doc, 'Helvetica', 10, '#dfe7f3').text(
    `As of ${day(d.asOf)}, compared with ${day(d.baselineAt)} · no figure covers fewer than ${d.k} people`,
    page.margin,
    92,
  );
  let y = 145;
  const org = d.organisation;
  if (org.suppressed) {
    paragraph(
      doc,
      y,
      `The organisation as a whole is ${withheldInWords(org.reason, d.k)}: its figures could single out fewer than ${d.k} people.`,
    );
  } else {
    const f = org.value;
    const size = f.metrics.find((m) => m.metric === 'size')!;
    y = tiles(doc, y, [
      { label: 'People', value: String(f.people) },
      { label: 'Silo index (E-I)', value: signed(f.siloIndex), note: '-1 inward, +1 outward' },
      {
        label: 'Cross-dept ties',
        value: String(f.bridges.crossDepartmentTies),
        note: `${f.bridges.peopleBridging} people bridge departments`,
      },
      { label: 'Median active ties', value: formatNumber(size.current.median), note: `${signed(size.change)} in the quarter` },
    ]);
    table(
      doc,
      y,
      figureColumns(['Metric', 170], ['Median a quarter ago', 110], ['Median now', 90], ['Change', 60], 'Improved'),
      f.metrics.map((m) =>
        m.withheld
          ? [m.label, `withheld: fewer than ${d.k} people have a value`, null, null, null]
          : [m.label, formatNumber(m.baseline.median), formatNumber(m.current.median), signed(m.change), `${m.improved} of ${m.compared}`],
      ),
    );
  }
  doc.addPage();
  y = heading(doc, 'By department', `Withheld cells would single out fewer than ${d.k} people, alone or against another published figure`);
  y = table(
    doc,
    y,
    figureColumns(['Department', 150], ['People', 60], ['Silo index', 80], ['Cross-dept ties', 90], 'Active ties (median)'),
    managerGroups(d)
      .slice(1)
      .map(({ group, figures, withheld }) =>
        figures
          ? [
              group,
              String(figures.people),
              signed(figures.siloIndex),
              String(figures.bridges.crossDepartmentTies),
              (() => {
                const size = figures.metrics.find((m) => m.metric === 'size');
                return size?.withheld ? 'withheld' : formatNumber(size?.current.median);
              })(),
            ]
          : [group, withheld ?? '', null, null, null],
      ),
  );
  if (!d.trend.suppressed) {
    const points = d.trend.value;
    const keys = ['size', 'strongTies', 'crossDepartmentTies'] as const;
    const chart = renderChart(
      {
        title: { text: 'Weekly trend (medians)', left: 0, textStyle: { fontSize: 13, color: palette.ink } },
        legend: { right: 0, top: 2, textStyle: { fontSize: 10 } },
        grid: { left: 40, right: 20, top: 40, bottom: 30 },
        xAxis: { type: 'category', data: points.map((p) => p.at.slice(5, 10)), axisLabel: { fontSize: 9 } },
        yAxis: { type: 'value', axisLabel: { fontSize: 9 } },
        color: [palette.current, palette.accent, '#3a8f6b'],
        series: keys.map((k) => ({ type: 'line', name: metricLabels[k], data: points.map((p) => p.metrics[k]), symbolSize: 4 })),
      },
      contentWidth,
      260,
    );
    svg(doc, chart, page.margin, y, contentWidth, 260);
  }
  return finish(doc, `${d.managerName}’s organisation · aggregates only · as of ${day(d.asOf)}`);
}
