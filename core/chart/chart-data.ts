import { zh } from '../zh';

/**
 * A chart's data as the writer types it: categories down the side (2023年, 2024年 …), one
 * column per series (招生数, 就业率 …) with its unit. Cells stay the strings typed, so a
 * half-typed or mistyped grid is kept as it is and explained, never dropped; `parseChart`
 * turns it into numbers for drawing or into the reasons it cannot be drawn.
 */

export const CHART_KINDS = ['bar', 'grouped-bar', 'line', 'pie'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** A cell that shows a quantity or indicator of the report's 数据 (core/data), by its stable id. */
export interface ChartCellLink {
  dataId: string;
  /** 本年 (the value) or 上年 (the previous value). */
  part: 'value' | 'previous';
}

export interface ChartSeriesInput {
  name: string;
  unit: string;
  /** One cell per category, as typed; a linked cell holds the data's value when last filled (chart-links.ts). */
  values: string[];
  /** Cells taken from the data, one entry per category (null: typed); absent when none is. */
  links?: (ChartCellLink | null)[];
}

export interface ChartSpec {
  kind: ChartKind;
  categories: string[];
  series: ChartSeriesInput[];
  /** The 数据来源 line printed under the figure. */
  source: string;
}

export interface ChartSeries {
  name: string;
  unit: string;
  values: number[];
}

/** A grid that can be drawn: every cell a number, at most two units (a left and a right axis). */
export interface ChartData {
  kind: ChartKind;
  categories: string[];
  series: ChartSeries[];
  /** The distinct units in series order; a series' axis is its unit's index here. */
  units: string[];
}

export type ChartParse = { ok: true; data: ChartData } | { ok: false; problems: string[] };

/** A chart drawn as SVG, or the reasons it cannot be (charts/chart-svg.ts draws it; core only carries it). */
export type ChartDrawing = { ok: true; svg: string } | { ok: false; problems: string[] };

/**
 * The drawing's own coordinate space in CSS pixels: about 16 cm wide in print, so a 15 px
 * label prints near 五号. Every output scales this one drawing, never lays it out again.
 */
export const CHART_SIZE = { width: 640, height: 400 } as const;

export const MAX_CHART_CATEGORIES = 30;
export const MAX_CHART_SERIES = 8;

/** The grid a new chart starts with: three years, one series to fill in. */
export function newChartSpec(): ChartSpec {
  const years = [2023, 2024, 2025].map((y) => `${y}年`);
  return {
    kind: 'bar',
    categories: years,
    series: [{ name: zh.chart.newSeries, unit: '', values: years.map(() => '') }],
    source: '',
  };
}

/**
 * A spec from stored JSON, whatever it holds: unknown kinds become bar charts, missing cells
 * empty strings, and every row as long as the categories, so old or hand-edited files load.
 */
export function chartSpecOf(value: unknown): ChartSpec {
  const o = isRecord(value) ? value : {};
  const kind = CHART_KINDS.find((k) => k === o.kind) ?? 'bar';
  const categories = strings(o.categories);
  const series = (Array.isArray(o.series) ? o.series : []).filter(isRecord).map((s) => {
    const values = strings(s.values);
    const links = Array.isArray(s.links) ? categories.map((_, i) => linkOf((s.links as unknown[])[i])) : [];
    return {
      name: text(s.name),
      unit: text(s.unit),
      values: categories.map((_, i) => values[i] ?? ''),
      ...(links.some((l) => l !== null) && { links }),
    };
  });
  return { kind, categories, series, source: text(o.source) };
}

/** Every problem in the grid, in reading order, each worded for the writer. */
export function parseChart(spec: ChartSpec): ChartParse {
  const m = zh.chart.problems;
  const { kind, categories } = spec;
  if (categories.length === 0 || spec.series.length === 0) return { ok: false, problems: [m.empty] };
  const problems: string[] = [];
  if (categories.length > MAX_CHART_CATEGORIES) problems.push(m.tooManyCategories(MAX_CHART_CATEGORIES));
  if (spec.series.length > MAX_CHART_SERIES) problems.push(m.tooManySeries(MAX_CHART_SERIES));
  if ((kind === 'bar' || kind === 'pie') && spec.series.length > 1)
    problems.push(m.oneSeriesOnly(zh.chart.kinds[kind]));
  categories.forEach((c, i) => {
    if (c.trim() === '') problems.push(m.emptyCategory(i + 1));
  });
  const series = spec.series.map((s, j) => {
    const name = s.name.trim() || zh.chart.seriesName(j + 1);
    const values = categories.map((category, i) => {
      const cell = (s.values[i] ?? '').trim();
      const where = `“${category.trim() || zh.chart.rowName(i + 1)}”的“${name}”`;
      if (cell === '') {
        problems.push(m.emptyCell(where));
        return 0;
      }
      const n = parseNumber(cell);
      if (n === null) problems.push(m.notANumber(where, cell));
      else if (kind === 'pie' && n < 0) problems.push(m.negativeInPie(where));
      return n ?? 0;
    });
    return { name, unit: s.unit.trim(), values };
  });
  const units = [...new Set(series.map((s) => s.unit))];
  if (kind !== 'pie' && units.length > 2) problems.push(m.tooManyUnits(units.filter(Boolean).join('、')));
  if (problems.length === 0 && kind === 'pie' && series[0]!.values.every((v) => v === 0)) problems.push(m.pieAllZero);
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, data: { kind, categories: categories.map((c) => c.trim()), series, units } };
}

/**
 * A typed number: half- or full-width digits, thousands separators (1,234 / 1，234), a
 * trailing % (the unit says what it is), a leading minus. Anything else is not a number.
 */
export function parseNumber(cell: string): number | null {
  const plain = cell
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[%％]$/, '')
    .replace(/(\d)[,，](?=\d{3}(\D|$))/g, '$1')
    .trim();
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(plain)) return null;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}

/** The words a chart stands for, for search, counting and the outline: its categories, series and values. */
export function chartText(spec: ChartSpec): string {
  return [spec.categories.join(' '), ...spec.series.map((s) => `${s.name} ${s.values.join(' ')} ${s.unit}`)].join(' ');
}

function linkOf(v: unknown): ChartCellLink | null {
  if (!isRecord(v) || typeof v.dataId !== 'string' || v.dataId === '') return null;
  return { dataId: v.dataId, part: v.part === 'previous' ? 'previous' : 'value' };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(text) : [];
}
