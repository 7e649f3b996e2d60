import { describe, expect, it } from 'vitest';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts';
import { CHART_FONT_FAMILY, CHART_PALETTE, categoryLabelTilt, chartOption } from '../../charts/chart-option';
import { renderChartSvg } from '../../charts/chart-svg';
import { type ChartSpec, parseChart } from '../../core/chart/chart-data';
import { drawnItems, enrolmentChart, singleSeriesChart, svgTexts } from './chart-samples';

function optionOf(spec: ChartSpec) {
  const parsed = parseChart(spec);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return chartOption(parsed.data);
}

function svgOf(spec: ChartSpec): string {
  const drawing = renderChartSvg(spec);
  if (!drawing.ok) throw new Error(drawing.problems.join('; '));
  return drawing.svg;
}

describe('grid → ECharts option', () => {
  it('puts each unit on its own axis and each series on its unit’s axis', () => {
    const option = optionOf(enrolmentChart('grouped-bar'));
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['2023年', '2024年', '2025年'] });
    expect((option.yAxis as { name: string; position: string }[]).map((a) => [a.name, a.position])).toEqual([
      ['人', 'left'],
      ['%', 'right'],
    ]);
    const series = option.series as BarSeriesOption[];
    expect(series.map((s) => [s.type, s.name, s.yAxisIndex, s.data])).toEqual([
      ['bar', '招生数（人）', 0, [1820, 1956, 2103]],
      ['bar', '就业率（%）', 1, [95.2, 96.8, 97.5]],
    ]);
    expect(option.legend).toMatchObject({ show: true });
    expect(option.animation).toBe(false);
  });

  it('tells line series apart without colour: marker and dash differ', () => {
    const series = optionOf(enrolmentChart('line')).series as LineSeriesOption[];
    expect(new Set(series.map((s) => s.symbol)).size).toBe(2);
    expect(new Set(series.map((s) => (s.lineStyle as { type: string }).type)).size).toBe(2);
  });

  it('maps a pie to named slices, with no axes or legend', () => {
    const option = optionOf(singleSeriesChart('pie'));
    expect(option.xAxis).toBeUndefined();
    const [pie] = option.series as PieSeriesOption[];
    expect(pie!.data).toEqual([
      { name: '加工制造类', value: 2100 },
      { name: '信息技术类', value: 1800 },
      { name: '财经商贸类', value: 1500 },
      { name: '医药卫生类', value: 1131 },
    ]);
  });

  it('uses the report’s fonts and a palette that steps in lightness', () => {
    const option = optionOf(singleSeriesChart('bar'));
    expect(option.textStyle).toMatchObject({ fontFamily: CHART_FONT_FAMILY });
    expect(CHART_FONT_FAMILY).toMatch(/^'仿宋_GB2312', '仿宋'.*'Nianbao Serif', serif$/);
    const lightness = CHART_PALETTE.map((hex) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      return 0.299 * r! + 0.587 * g! + 0.114 * b!;
    });
    // Neighbouring series differ in grey by at least a fifth of the range.
    for (let i = 1; i < lightness.length; i += 1)
      expect(Math.abs(lightness[i]! - lightness[i - 1]!)).toBeGreaterThan(50);
  });
});

describe('chart SVG', () => {
  it('draws one bar per value, labelled with the categories and values', () => {
    const svg = svgOf(enrolmentChart('grouped-bar'));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(drawnItems(svg)).toEqual([0, 1, 2].flatMap((i) => [[0, i]]).concat([0, 1, 2].map((i) => [1, i])));
    const texts = svgTexts(svg);
    for (const t of [
      '2023年',
      '2024年',
      '2025年',
      '1820',
      '1956',
      '2103',
      '95.2%',
      '96.8%',
      '97.5%',
      '招生数（人）',
      '就业率（%）',
    ])
      expect(texts).toContain(t);
    // Font names are single-quoted: a double quote would end the style attribute and break the SVG.
    expect(svg).toContain("font-family:'仿宋_GB2312'");
    expect(svg).not.toMatch(/style="[^"]*font-family:"/);
  });

  it('draws one bar for a single series, one point per category on each line, one slice per category', () => {
    expect(drawnItems(svgOf(singleSeriesChart('bar')))).toHaveLength(4);
    const line = drawnItems(svgOf(enrolmentChart('line')));
    expect(line.filter(([s]) => s === 0)).toHaveLength(3);
    expect(line.filter(([s]) => s === 1)).toHaveLength(3);
    const pie = svgOf(singleSeriesChart('pie'));
    expect(drawnItems(pie)).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    expect(svgTexts(pie).join('\n')).toContain('加工制造类');
  });

  it('escapes what the writer typed', () => {
    const spec = singleSeriesChart('bar');
    spec.categories[0] = '<script>alert(1)</script>';
    const svg = svgOf(spec);
    expect(svg).not.toContain('<script>');
    expect(svgTexts(svg)).toContain('<script>alert(1)</script>');
  });

  it('gives the problems instead of throwing when the grid cannot be drawn', () => {
    const spec = enrolmentChart();
    spec.series[0]!.values[0] = 'abc';
    expect(renderChartSvg(spec)).toEqual({ ok: false, problems: ['“2023年”的“招生数”不是数字：“abc”'] });
    expect(renderChartSvg({ kind: 'line', categories: [], series: [], source: '' }).ok).toBe(false);
  });
});

describe('category labels', () => {
  it('stand upright when they fit side by side, tilt when they would overlap', () => {
    expect(categoryLabelTilt(['2023年', '2024年', '2025年'])).toBe(0);
    const schools = [
      '昌吉职业技术学院',
      '昌吉州农业学校',
      '玛纳斯县职业学校',
      '呼图壁县职业学校',
      '阜康市职业学校',
      '奇台县职业学校',
      '吉木萨尔县职业学校',
      '木垒县职业学校',
    ];
    expect(categoryLabelTilt(schools)).toBeGreaterThan(0);
    const svg = svgOf({
      kind: 'bar',
      categories: schools,
      series: [{ name: '在校生', unit: '人', values: schools.map((_, i) => String(500 + i * 100)) }],
      source: '',
    });
    expect(drawnItems(svg)).toHaveLength(8);
    for (const name of schools) expect(svgTexts(svg)).toContain(name);
  });
});
