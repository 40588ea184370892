import { Chart } from './chart';

export interface BaselineVsNow {
  readonly label: string;
  readonly baseline: number | null;
  readonly now: number | null;
}

/** Medians at the start and now, side by side per metric (cohort progress, manager aggregates). */
export function BaselineVsNowChart({ rows, height = 260 }: { rows: readonly BaselineVsNow[]; height?: number }) {
  return (
    <Chart
      label={`Median at the start and now: ${rows.map((r) => `${r.label} ${r.baseline ?? 'none'} then ${r.now ?? 'none'}`).join('; ')}`}
      height={height}
      option={{
        grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
        legend: { top: 0 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0, rotate: rows.length > 6 ? 30 : 0 } },
        yAxis: { type: 'value' },
        series: [
          {
            type: 'bar',
            name: 'At the start',
            data: rows.map((r) => r.baseline),
            itemStyle: { color: '#adb5bd', borderRadius: [3, 3, 0, 0] },
          },
          { type: 'bar', name: 'Now', data: rows.map((r) => r.now), itemStyle: { color: '#4c6ef5', borderRadius: [3, 3, 0, 0] } },
        ],
      }}
    />
  );
}
