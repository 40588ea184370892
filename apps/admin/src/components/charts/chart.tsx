// The ESM build: the CommonJS one (lib/) reaches the bundle as a module object, not a component.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsOption } from 'echarts';
import { echarts } from './echarts';

/** One ECharts chart, rendered as SVG (crisp in screenshots and exports). */
export function Chart({ option, height = 220, label }: { option: EChartsOption; height?: number; label: string }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={option} style={{ height }} opts={{ renderer: 'svg' }} notMerge />
    </div>
  );
}
