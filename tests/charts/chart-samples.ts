import type { ChartKind, ChartSpec } from '../../core/chart/chart-data';

/** Three years of 招生数 and 就业率, as a school types them. */
export function enrolmentChart(kind: ChartKind = 'grouped-bar', source = '学校教务处'): ChartSpec {
  return {
    kind,
    categories: ['2023年', '2024年', '2025年'],
    series: [
      { name: '招生数', unit: '人', values: ['1820', '1,956', '2103'] },
      { name: '就业率', unit: '%', values: ['95.2', '96.8', '97.5%'] },
    ],
    source,
  };
}

export function singleSeriesChart(kind: ChartKind): ChartSpec {
  return {
    kind,
    categories: ['加工制造类', '信息技术类', '财经商贸类', '医药卫生类'],
    series: [{ name: '在校生', unit: '人', values: ['2100', '1800', '1500', '1131'] }],
    source: '',
  };
}

/** The drawn data items of an ECharts SVG (bars, line points, pie slices): [series, data index] each. */
export function drawnItems(svg: string): [number, number][] {
  return [...svg.matchAll(/ecmeta_series_index="(\d+)" ecmeta_data_index="(\d+)" ecmeta_ssr_type="chart"/g)].map(
    (m) => [Number(m[1]), Number(m[2])],
  );
}

/** The text elements' content of an SVG, unescaped. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}
