// ECharts, tree-shaken: only the charts and components the admin uses are bundled.
// The same options render server-side to SVG (echarts `renderToSVGString`) for PDF reports.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export { echarts };
