import type { ChartSpec } from '../../../core/chart/chart-data';

/** Edits of a chart's grid, each returning a new spec (the dialog's draft is never mutated). */

export function setCategory(spec: ChartSpec, row: number, name: string): ChartSpec {
  return { ...spec, categories: spec.categories.map((c, i) => (i === row ? name : c)) };
}

export function setSeriesField(spec: ChartSpec, column: number, field: 'name' | 'unit', value: string): ChartSpec {
  return { ...spec, series: spec.series.map((s, j) => (j === column ? { ...s, [field]: value } : s)) };
}

export function setCell(spec: ChartSpec, row: number, column: number, value: string): ChartSpec {
  return { ...spec, series: spec.series.map((s, j) => (j === column ? { ...s, values: s.values.map((v, i) => (i === row ? value : v)) } : s)) };
}

export function addCategory(spec: ChartSpec): ChartSpec {
  return { ...spec, categories: [...spec.categories, ''], series: spec.series.map((s) => ({ ...s, values: [...s.values, ''] })) };
}

export function removeCategory(spec: ChartSpec, row: number): ChartSpec {
  return { ...spec, categories: spec.categories.filter((_, i) => i !== row), series: spec.series.map((s) => ({ ...s, values: s.values.filter((_, i) => i !== row) })) };
}

export function addSeries(spec: ChartSpec): ChartSpec {
  return { ...spec, series: [...spec.series, { name: '', unit: '', values: spec.categories.map(() => '') }] };
}

export function removeSeries(spec: ChartSpec, column: number): ChartSpec {
  return { ...spec, series: spec.series.filter((_, j) => j !== column) };
}

/**
 * Cells copied from Excel or WPS (tab-separated rows) pasted at (row, column): they fill the
 * grid from there, adding rows and series as needed; column -1 is the categories' column.
 * Null when the text is a single cell, which the input takes as typed.
 */
export function pasteCells(spec: ChartSpec, row: number, column: number, text: string): ChartSpec | null {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n').map((line) => line.split('\t'));
  if (lines.length === 1 && lines[0]!.length === 1) return null;
  let next = spec;
  while (next.categories.length < row + lines.length) next = addCategory(next);
  const width = Math.max(...lines.map((l) => l.length));
  while (next.series.length < column + width) next = addSeries(next);
  lines.forEach((cells, i) =>
    cells.forEach((cell, j) => {
      next = column + j < 0 ? setCategory(next, row + i, cell.trim()) : setCell(next, row + i, column + j, cell.trim());
    }),
  );
  return next;
}
