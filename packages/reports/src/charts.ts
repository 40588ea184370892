import * as echarts from 'echarts';
import { departmentColour, noDataColour, scoreColour, scoreLegendSteps, textColourOn } from '@rapport/contracts/presentation';
import {
  habitKeys,
  metricLabels,
  networkMetricKeys,
  type SummaryMetricKey,
  type CohortSeriesResponse,
  type InternalNetworkView,
  type MetricSummaryView,
} from '@rapport/contracts';

/** The report's palette: the admin app's ECharts defaults, so charts look the same in both. */
export const palette = { baseline: '#91a7c4', current: '#1f4e8c', ink: '#1c2430', muted: '#6b7685', accent: '#d9822b' };

/** Renders an ECharts option to an SVG string on the server (no DOM, no animation). */
export function renderChart(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'Helvetica' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const scoreKeys: readonly SummaryMetricKey[] = ['pageRankPercentile', 'diversity', 'expertiseCoverage', ...habitKeys];
/** Diversity and expertise coverage are shares (0–1): shown in percent beside the 0–100 habits. */
const scale = (key: SummaryMetricKey, v: number | null) =>
  v === null ? null : key === 'diversity' || key === 'expertiseCoverage' ? Math.round(v * 1000) / 10 : v;

/**
 * Before/after distributions: for each metric the interquartile band (p25–p75) at the
 * cohort start and now, with the median marked.
 */
export function distributionChart(metrics: readonly MetricSummaryView[], which: 'ties' | 'scores', width: number, height: number): string {
  const keys = which === 'ties' ? networkMetricKeys.filter((k) => !scoreKeys.includes(k)) : scoreKeys;
  const rows = keys.map((k) => metrics.find((m) => m.metric === k)!).filter(Boolean);
  const labels = rows.map((m) => metricLabels[m.metric]);
  // Stacked bars: an invisible run up to p25, then p25–median and median–p75; the white seam is the median.
  const band = (d: 'baseline' | 'current') => {
    const at = (m: MetricSummaryView, q: 'p25' | 'median' | 'p75') => scale(m.metric, m[d][q]);
    return {
      base: rows.map((m) => at(m, 'p25') ?? 0),
      lower: rows.map((m) => Math.max((at(m, 'median') ?? 0) - (at(m, 'p25') ?? 0), 0)),
      upper: rows.map((m) => Math.max((at(m, 'p75') ?? 0) - (at(m, 'median') ?? 0), which === 'ties' ? 0.04 : 0.6)),
    };
  };
  const before = band('baseline');
  const after = band('current');
  const series = (name: string, b: ReturnType<typeof band>, colour: string, stack: string) => [
    { type: 'bar', stack, data: b.base, itemStyle: { color: 'transparent' }, barWidth: 11, silent: true },
    { type: 'bar', stack, name, data: b.lower, itemStyle: { color: colour, borderColor: '#ffffff', borderWidth: 1 }, barWidth: 11 },
    { type: 'bar', stack, name, data: b.upper, itemStyle: { color: colour, borderColor: '#ffffff', borderWidth: 1 }, barWidth: 11 },
  ];
  return renderChart(
    {
      title: {
        text: which === 'ties' ? 'Ties (count per person)' : 'Standing, diversity, coverage and habits (0–100)',
        left: 0,
        textStyle: { fontSize: 13, color: palette.ink },
      },
      legend: { data: ['At start', 'Now'], right: 0, top: 0, textStyle: { fontSize: 11 } },
      grid: { left: 150, right: 24, top: 40, bottom: 28 },
      yAxis: { type: 'category', data: labels, inverse: true, axisLabel: { fontSize: 11, color: palette.ink }, axisTick: { show: false } },
      xAxis: {
        type: 'value',
        min: 0,
        max: which === 'scores' ? 100 : undefined,
        axisLabel: { fontSize: 10, color: palette.muted },
        splitLine: { lineStyle: { color: '#e6e9ee' } },
      },
      series: [...series('At start', before, palette.baseline, 'before'), ...series('Now', after, palette.current, 'after')],
    },
    width,
    height,
  );
}

/** The heatmap's bands, each with the colour of its middle: the legend reads in numbers, and a cell's text is chosen against its band's colour. */
const scoreBands = scoreLegendSteps.slice(0, -1).map((low, i) => {
  const high = scoreLegendSteps[i + 1] ?? 100;
  return { low, high, colour: scoreColour((low + high) / 2) };
});
const bandColour = (score: number) => (scoreBands.find((b) => score < b.high) ?? scoreBands[scoreBands.length - 1]!).colour;
/** A week without a median: its own legend entry and a dash, never drawn like a 0. */
const NO_DATA = -1;

/**
 * Habit heatmap: the cohort's median score of each habit, week by week, in bands of 20
 * with a numbered legend; a week without a median is white, dashed and in the legend as
 * "no data"; each value is written in dark or white, whichever reads on its cell.
 */
export function habitHeatmap(series: CohortSeriesResponse, width: number, height: number): string {
  const weeks = series.points.map((p) => p.at.slice(5, 10));
  const data = series.points.flatMap((p, x) =>
    habitKeys.map((k, y) => {
      const median = p.metrics[k]?.median ?? null;
      return median === null
        ? { value: [x, y, NO_DATA], itemStyle: { borderColor: '#c3c9d1', borderType: 'dashed' as const }, label: { color: palette.muted } }
        : { value: [x, y, median], label: { color: textColourOn(bandColour(median)) } };
    }),
  );
  return renderChart(
    {
      title: { text: 'Habit scores, cohort median by week (0–100)', left: 0, textStyle: { fontSize: 13, color: palette.ink } },
      grid: { left: 110, right: 20, top: 36, bottom: 70 },
      xAxis: { type: 'category', data: weeks, axisLabel: { fontSize: 9, color: palette.muted, rotate: 45 } },
      yAxis: {
        type: 'category',
        data: habitKeys.map((k) => metricLabels[k]),
        inverse: true,
        axisLabel: { fontSize: 11, color: palette.ink },
      },
      visualMap: {
        type: 'piecewise',
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemWidth: 14,
        itemHeight: 10,
        textStyle: { fontSize: 9, color: palette.ink },
        pieces: [
          { value: NO_DATA, label: 'no data', color: noDataColour },
          ...scoreBands.map((b, i) => ({
            gte: b.low,
            ...(i === scoreBands.length - 1 ? { lte: b.high } : { lt: b.high }),
            label: `${b.low}–${b.high}`,
            color: b.colour,
          })),
        ],
      },
      series: [
        {
          type: 'heatmap',
          data,
          label: {
            show: weeks.length <= 16,
            fontSize: 8,
            formatter: (p: { value: unknown }) => {
              const v = (p.value as number[])[2]!;
              return v === NO_DATA ? '–' : String(Math.round(v));
            },
          },
          itemStyle: { borderColor: '#fff', borderWidth: 1 },
        },
      ],
    },
    width,
    height,
  );
}

/**
 * The cohort's internal network: participants in a circle, ties drawn by strength, colour
 * by department, the same colour as in the app (from the organisation's department list).
 */
export function internalNetworkChart(
  network: InternalNetworkView,
  people: readonly { personId: string; displayName: string; department: string }[],
  organisationDepartments: readonly string[],
  width: number,
  height: number,
): string {
  const departments = [...new Set(people.map((p) => p.department))].sort();
  const degree = new Map<string, number>();
  for (const l of network.links) for (const p of [l.a, l.b]) degree.set(p, (degree.get(p) ?? 0) + 1);
  return renderChart(
    {
      legend: { data: departments, bottom: 0, textStyle: { fontSize: 10 } },
      color: departments.map((d) => departmentColour(d, organisationDepartments)),
      series: [
        {
          type: 'graph',
          layout: 'circular',
          circular: { rotateLabel: false },
          top: 30,
          bottom: 50,
          left: 90,
          right: 90,
          categories: departments.map((name) => ({ name })),
          data: people.map((p) => ({
            id: p.personId,
            name: p.displayName,
            category: departments.indexOf(p.department),
            symbolSize: 10 + 3 * (degree.get(p.personId) ?? 0),
            label: { show: true, position: 'right', fontSize: 9, color: palette.ink },
          })),
          links: network.links.map((l) => ({
            source: l.a,
            target: l.b,
            lineStyle: { width: 0.5 + l.strength / 20, opacity: 0.35 + l.strength / 200, color: '#7d8ea3', curveness: 0.15 },
          })),
        },
      ],
    },
    width,
    height,
  );
}
