import type { ChartCellLink, ChartSeriesInput, ChartSpec } from '../../../core/chart/chart-data';

/** Edits of a chart's grid, each returning a new spec (the dialog's draft is never mutated). */

export function setCategory(spec: ChartSpec, row: number, name: string): ChartSpec {
  return { ...spec, categories: spec.categories.map((c, i) => (i === row ? name : c)) };
}

export function setSeriesField(spec: ChartSpec, column: number, field: 'name' | 'unit', value: string): ChartSpec {
  return { ...spec, series: spec.series.map((s, j) => (j === column ? { ...s, [field]: value } : s)) };
}

/** A typed cell; typing over a cell taken from the data makes it a typed one. */
export function setCell(spec: ChartSpec, row: number, column: number, value: string): ChartSpec {
  return {
    ...spec,
    series: spec.series.map((s, j) =>
      j === column
        ? withLinks(
            { ...s, values: s.values.map((v, i) => (i === row ? value : v)) },
            s.links?.map((l, i) => (i === row ? null : l)),
          )
        : s,
    ),
  };
}

/** A series with `links`, or without the field when no cell is linked (typed grids stay as they were stored). */
function withLinks(s: ChartSeriesInput, links: (ChartCellLink | null)[] | undefined): ChartSeriesInput {
  const { links: _old, ...typed } = s;
  return links?.some((l) => l !== null) ? { ...typed, links } : typed;
}

export function addCategory(spec: ChartSpec): ChartSpec {
  return {
    ...spec,
    categories: [...spec.categories, ''],
    series: spec.series.map((s) => withLinks({ ...s, values: [...s.values, ''] }, s.links && [...s.links, null])),
  };
}

export function removeCategory(spec: ChartSpec, row: number): ChartSpec {
  return {
    ...spec,
    categories: spec.categories.filter((_, i) => i !== row),
    series: spec.series.map((s) =>
      withLinks(
        { ...s, values: s.values.filter((_, i) => i !== row) },
        s.links?.filter((_, i) => i !== row),
      ),
    ),
  };
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
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => line.split('\t'));
  if (lines.length === 1 && lines[0]!.length === 1) return null;
  let next = spec;
  while (next.categories.length < row + lines.length) next = addCategory(next);
  const width = Math.max(...lines.map((l) => l.length));
  while (next.series.length < column + width) next = addSeries(next);
  for (const [i, cells] of lines.entries()) {
    for (const [j, cell] of cells.entries()) {
      next = column + j < 0 ? setCategory(next, row + i, cell.trim()) : setCell(next, row + i, column + j, cell.trim());
    }
  }
  return next;
}
