import type { ComputedData } from '../data/data-schema';
import { fieldText } from '../data/fields';
import { zh } from '../zh';
import type { ChartCellLink, ChartSeriesInput, ChartSpec } from './chart-data';

/**
 * Chart cells taken from the report's 数据: a linked cell names a quantity or indicator by id
 * (as a data field in the text does) and shows its current value. Like a field's text, the
 * cell's string is a cache refilled from the data by every output (fillDataFields), so the
 * chart follows the data and a changed number changes the drawing everywhere.
 */

/** The number a linked cell shows, as the grid holds it; a marker that names what is missing otherwise. */
export function linkedCellText(view: ComputedData, link: ChartCellLink): string {
  const item = view.quantities.find((q) => q.id === link.dataId) ?? view.indicators.find((i) => i.id === link.dataId);
  const value = item ? (link.part === 'previous' ? item.previous : item.value) : null;
  // The empty or removed item's marker (［在校生数：待填］) makes the grid explain itself.
  return value === null ? fieldText(view, link.dataId, link.part) : String(value);
}

/** The spec with every linked cell refilled from `view`; the same object when nothing changed. */
export function fillChartLinks(spec: ChartSpec, view: ComputedData): ChartSpec {
  let changed = false;
  const series = spec.series.map((s): ChartSeriesInput => {
    if (!s.links) return s;
    const values = s.values.map((cell, i) => {
      const link = s.links?.[i];
      const filled = link ? linkedCellText(view, link) : cell;
      changed ||= filled !== cell;
      return filled;
    });
    return { ...s, values };
  });
  return changed ? { ...spec, series } : spec;
}

/**
 * A series taking a quantity's two years: its last category shows the value (本年), the one
 * before it the previous value (上年); earlier cells stay typed. Null unlinks the series.
 */
export function linkSeries(spec: ChartSpec, column: number, dataId: string | null, view: ComputedData): ChartSpec {
  const n = spec.categories.length;
  const links = spec.categories.map((_, i): ChartCellLink | null => {
    if (!dataId) return null;
    if (i === n - 1) return { dataId, part: 'value' };
    if (i === n - 2) return { dataId, part: 'previous' };
    return null;
  });
  const item = dataId
    ? (view.quantities.find((q) => q.id === dataId) ?? view.indicators.find((i) => i.id === dataId))
    : undefined;
  const series = spec.series.map((s, j) => {
    if (j !== column) return s;
    const { links: _old, ...typed } = s;
    if (!dataId) return typed;
    // A series still called by the starter's name, or without a unit, takes the data's.
    const name = !typed.name.trim() || typed.name === zh.chart.newSeries ? (item?.name ?? typed.name) : typed.name;
    return { ...typed, name, unit: typed.unit.trim() || (item?.unit ?? ''), links };
  });
  return fillChartLinks({ ...spec, series }, view);
}
