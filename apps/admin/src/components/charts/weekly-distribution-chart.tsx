import { formatDate, formatNumber } from '../../lib/format';
import { Chart } from './chart';

export interface WeeklyDistribution {
  /** The instant the week's figures are computed as of. */
  readonly at: string;
  /** People with a value that week. */
  readonly n: number;
  readonly p25: number | null;
  readonly median: number | null;
  readonly p75: number | null;
}

const shown = (value: number | null, digits: number) => (value === null ? 'no value' : formatNumber(value, digits));

/**
 * A group's weekly median with the middle half of the group (p25–p75) as a band: how a
 * cohort moved week by week, and how far apart its people are. A week nobody has a value is a gap.
 */
export function WeeklyDistributionChart({
  label,
  weeks,
  digits = 1,
  height = 260,
}: {
  label: string;
  weeks: readonly WeeklyDistribution[];
  digits?: number;
  height?: number;
}) {
  const first = weeks.find((w) => w.median !== null);
  const last = [...weeks].reverse().find((w) => w.median !== null);
  const summary =
    first && last
      ? `median ${shown(first.median, digits)} in the week of ${formatDate(first.at)}, ${shown(last.median, digits)} in the week of ${formatDate(last.at)}`
      : 'no values yet';
  const days = weeks.map((w) => w.at.slice(0, 10));
  const band = weeks.map((w) => (w.p25 === null || w.p75 === null ? null : w.p75 - w.p25));
  return (
    <Chart
      label={`${label} week by week, ${weeks.length} weeks: ${summary}`}
      height={height}
      option={{
        grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
        legend: { top: 0, data: ['Median', 'Middle half (p25–p75)'] },
        tooltip: {
          trigger: 'axis',
          formatter: (params: unknown) => {
            const index = (params as { dataIndex: number }[])[0]?.dataIndex ?? 0;
            const week = weeks[index];
            if (!week) return '';
            return `Week of ${formatDate(week.at)}<br/>Median ${shown(week.median, digits)}<br/>Middle half ${shown(week.p25, digits)} – ${shown(week.p75, digits)}<br/>${week.n} with a value`;
          },
        },
        xAxis: { type: 'category', data: days, boundaryGap: false },
        yAxis: { type: 'value' },
        series: [
          {
            type: 'line',
            name: 'p25',
            stack: 'band',
            data: weeks.map((w) => w.p25),
            symbol: 'none',
            lineStyle: { opacity: 0 },
            silent: true,
          },
          {
            type: 'line',
            name: 'Middle half (p25–p75)',
            stack: 'band',
            data: band,
            symbol: 'none',
            lineStyle: { opacity: 0 },
            areaStyle: { color: 'rgba(76, 110, 245, 0.18)' },
            itemStyle: { color: 'rgba(76, 110, 245, 0.35)' },
          },
          {
            type: 'line',
            name: 'Median',
            data: weeks.map((w) => w.median),
            symbolSize: 6,
            itemStyle: { color: '#4c6ef5' },
            lineStyle: { width: 2 },
          },
        ],
      }}
    />
  );
}
