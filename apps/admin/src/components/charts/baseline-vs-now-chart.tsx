import { SimpleGrid } from '@mantine/core';
import { metricScales, type MetricScale } from '@rapport/contracts';
import { Chart } from './chart';

export interface BaselineVsNow {
  readonly label: string;
  readonly scale: MetricScale;
  readonly baseline: number | null;
  readonly now: number | null;
}

const scaleOrder = Object.keys(metricScales) as MetricScale[];

/**
 * Medians at the start and now, side by side per metric (cohort progress, manager
 * aggregates): one small chart per scale, each with its own labelled axis, so counts of
 * ties never share an axis with 0–1 shares or 0–100 scores.
 */
export function BaselineVsNowChart({ rows, height = 220 }: { rows: readonly BaselineVsNow[]; height?: number }) {
  const scales = scaleOrder.filter((scale) => rows.some((r) => r.scale === scale));
  return (
    <SimpleGrid cols={{ base: 1, sm: Math.min(scales.length, 2) }} spacing="md">
      {scales.map((scale) => (
        <ScaleChart key={scale} scale={scale} rows={rows.filter((r) => r.scale === scale)} height={height} />
      ))}
    </SimpleGrid>
  );
}

const shownValue = (value: number | null) => (value === null ? 'none' : String(value));

function ScaleChart({ scale, rows, height }: { scale: MetricScale; rows: readonly BaselineVsNow[]; height: number }) {
  const { label, max } = metricScales[scale];
  return (
    <Chart
      label={`${label}, median at the start and now: ${rows.map((r) => `${r.label} ${shownValue(r.baseline)} then ${shownValue(r.now)}`).join('; ')}`}
      height={height}
      option={{
        title: { text: label, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 600 } },
        grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
        legend: { top: 24, left: 0 },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: {
          type: 'category',
          data: rows.map((r) => r.label),
          axisLabel: { interval: 0, rotate: rows.length > 3 ? 25 : 0, fontSize: 11 },
        },
        yAxis: { type: 'value', min: 0, ...(max === null ? {} : { max: ({ max: top }: { max: number }) => Math.max(max, top) }) },
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
