import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import { init, setPlatformAPI, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_SIZE, type ChartDrawing, type ChartSpec, parseChart } from '../core/chart/chart-data';
import { chartOption, textEms } from './chart-option';

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, SVGRenderer]);

/**
 * ECharts measures text to lay out labels; in a browser it would ask a canvas, in Node it
 * estimates. One estimate everywhere (textEms) keeps the editor's drawing identical to the exported one.
 */
setPlatformAPI({
  measureText(text = '', font = '') {
    const size = Number(/([\d.]+)px/.exec(font)?.[1]) || 12;
    return { width: textEms(text) * size };
  },
});

/**
 * A chart as a standalone SVG string, drawn by ECharts' server-side SVG renderer: no DOM, no
 * canvas, so the same call serves the editor, the print HTML and the .docx picture. A grid that
 * cannot be drawn gives its problems instead (in Chinese, for the writer).
 */
export function renderChartSvg(spec: ChartSpec): ChartDrawing {
  const parsed = parseChart(spec);
  if (!parsed.ok) return parsed;
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: CHART_SIZE.width, height: CHART_SIZE.height });
  try {
    chart.setOption(chartOption(parsed.data));
    return { ok: true, svg: chart.renderToSVGString() };
  } finally {
    chart.dispose();
  }
}
