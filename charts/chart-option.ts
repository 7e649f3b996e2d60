import type { EChartsOption, BarSeriesOption, LineSeriesOption, PieSeriesOption, YAXisComponentOption } from 'echarts';
import { type ChartData, type ChartSeries, CHART_SIZE } from '../core/chart/chart-data';
import { fontStack } from '../core/print/fonts';

/**
 * The ECharts option of a parsed chart grid: one mapping for the editor, 打印预览, the PDF and
 * the .docx picture. Colours step in lightness as well as hue, bars carry a dark outline and
 * lines differ in marker and dash, so a greyscale print still tells the series apart.
 */

export const CHART_PALETTE = [
  '#1f3a5f',
  '#8fb3d9',
  '#4f7cac',
  '#d9d9d9',
  '#5c5c5c',
  '#e0a040',
  '#2e7d5b',
  '#b3b3b3',
] as const;
const OUTLINE = '#1a1a1a';
const TEXT = '#1a1a1a';
const LINE_MARKERS = ['circle', 'rect', 'triangle', 'diamond'] as const;
const LINE_DASHES = ['solid', 'dashed', 'dotted'] as const;
export const CHART_FONT_SIZE = 15;

/** The report's 仿宋 stack, single-quoted: the SVG carries it inside a double-quoted style attribute. */
export const CHART_FONT_FAMILY = fontStack('fangsong').replaceAll('"', "'");
/** Series names, legends and axis names in 黑体, as the report's captions and table heads. */
export const CHART_HEADING_FONT_FAMILY = fontStack('hei').replaceAll('"', "'");

export function chartOption(data: ChartData): EChartsOption {
  const base: EChartsOption = {
    animation: false,
    backgroundColor: '#ffffff',
    color: [...CHART_PALETTE],
    textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: CHART_FONT_SIZE, color: TEXT },
  };
  return data.kind === 'pie' ? { ...base, series: [pieSeries(data)] } : { ...base, ...axisChart(data) };
}

function axisChart(data: ChartData): EChartsOption {
  const many = data.series.length > 1;
  return {
    legend: many
      ? {
          show: true,
          top: 4,
          itemGap: 24,
          textStyle: { fontFamily: CHART_HEADING_FONT_FAMILY, fontSize: CHART_FONT_SIZE, color: TEXT },
        }
      : { show: false },
    grid: { left: 16, right: 16, top: many ? 56 : 40, bottom: 12, outerBoundsMode: 'same', outerBoundsContain: 'all' },
    xAxis: {
      type: 'category',
      data: data.categories,
      axisLabel: { interval: 0, rotate: categoryLabelTilt(data.categories), color: TEXT, fontSize: CHART_FONT_SIZE },
      axisLine: { lineStyle: { color: TEXT } },
      axisTick: { alignWithLabel: true, lineStyle: { color: TEXT } },
    },
    yAxis: data.units.map(
      (unit, i): YAXisComponentOption => ({
        type: 'value',
        name: unit,
        position: i === 0 ? 'left' : 'right',
        nameTextStyle: { fontFamily: CHART_HEADING_FONT_FAMILY, fontSize: CHART_FONT_SIZE, color: TEXT },
        axisLabel: { color: TEXT, fontSize: CHART_FONT_SIZE - 1, formatter: (v: number) => formatValue(v, '') },
        axisLine: { show: true, lineStyle: { color: TEXT } },
        // Grid lines from the first axis only: two sets that do not line up read as noise.
        splitLine: { show: i === 0, lineStyle: { color: '#d0d0d0', type: 'dashed' } },
      }),
    ),
    series: data.series.map((s, j) => (data.kind === 'line' ? lineSeries(s, j, data) : barSeries(s, data))),
  };
}

/** What a bar and a line series share: the name with its unit, its axis, and value labels above. */
function valueSeries(s: ChartSeries, data: ChartData) {
  return {
    name: seriesLabel(s),
    data: s.values,
    yAxisIndex: data.units.indexOf(s.unit),
    label: {
      show: true,
      position: 'top' as const,
      color: TEXT,
      fontSize: CHART_FONT_SIZE - 1,
      formatter: ({ value }: { value: unknown }) => formatValue(Number(value), s.unit),
    },
  };
}

function barSeries(s: ChartSeries, data: ChartData): BarSeriesOption {
  return {
    type: 'bar',
    ...valueSeries(s, data),
    barMaxWidth: 56,
    barGap: '12%',
    itemStyle: { borderColor: OUTLINE, borderWidth: 0.8 },
  };
}

function lineSeries(s: ChartSeries, j: number, data: ChartData): LineSeriesOption {
  return {
    type: 'line',
    ...valueSeries(s, data),
    symbol: LINE_MARKERS[j % LINE_MARKERS.length],
    symbolSize: 9,
    lineStyle: { width: 2.5, type: LINE_DASHES[j % LINE_DASHES.length] },
  };
}

function pieSeries(data: ChartData): PieSeriesOption {
  const s = data.series[0]!;
  return {
    type: 'pie',
    name: seriesLabel(s),
    radius: '62%',
    percentPrecision: 1,
    center: ['50%', '54%'],
    data: data.categories.map((name, i) => ({ name, value: s.values[i] ?? 0 })),
    itemStyle: { borderColor: '#ffffff', borderWidth: 1.5 },
    label: {
      color: TEXT,
      fontSize: CHART_FONT_SIZE,
      formatter: ({ name, value, percent }) => `${name}\n${formatValue(Number(value), s.unit)}（${percent ?? 0}%）`,
    },
    labelLine: { lineStyle: { color: TEXT } },
  };
}

/**
 * A text's width in ems as the charts lay it out (chart-svg.ts gives ECharts this measure):
 * Chinese and other wide characters a full em, a space 0.3, digits and Latin letters 0.58.
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : ch === ' ' ? 0.3 : 0.58;
  return ems;
}

/**
 * Every category is labelled (a report names each year or school); when the names would not
 * fit side by side under the axis, they tilt rather than overlap or drop out.
 */
export function categoryLabelTilt(categories: readonly string[]): number {
  const slot = (CHART_SIZE.width * 0.8) / Math.max(1, categories.length);
  const widest = Math.max(0, ...categories.map(textEms)) * CHART_FONT_SIZE;
  return widest + CHART_FONT_SIZE <= slot ? 0 : 40;
}

/** 招生数（人）: the legend names a series with its unit, as a table head would. */
export function seriesLabel(s: ChartSeries): string {
  return s.unit ? `${s.name}（${s.unit}）` : s.name;
}

/** A value label: the number as written, % kept beside it (other units are on the axis). */
export function formatValue(value: number, unit: string): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
  return unit === '%' || unit === '％' ? `${text}%` : text;
}
