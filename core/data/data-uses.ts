import type { EditorStateJSON } from '../document/editor-json';
import type { NumberingOptions } from '../numbering';
import { buildReportTree } from '../report-tree';
import { ReportError } from '../errors';
import { zh } from '../zh';
import type { ReportData } from './data-schema';
import { dataFieldIds } from './fields';
import { formulaNames, parseFormula } from './formula';

/**
 * Where the report uses a quantity or indicator: the formulas of other indicators, charts (by
 * their 图N) and fields in the text. Removing an item in use is refused unless the writer
 * insists (仍然删除), as the places that use it would then print ［数据已删除］.
 */
export interface DataUses {
  id: string;
  name: string;
  /** Names of the indicators whose formula names it. */
  indicators: string[];
  /** 图N of the charts with a cell taken from it. */
  figures: string[];
  /** How many fields in the text (indicator tables included) show it. */
  fields: number;
}

/** Indicators, other than those of `except`, whose formula names `name`. */
export function formulaUsers(data: ReportData, name: string, except: ReadonlySet<string> = new Set()): string[] {
  return data.indicators
    .filter((i) => {
      if (except.has(i.id)) return false;
      try {
        return formulaNames(parseFormula(i.formula)).includes(name);
      } catch {
        return false;
      }
    })
    .map((i) => i.name);
}

/** The uses of each of `items` that is used anywhere but by another of `items`. */
export function dataUses(
  data: ReportData,
  items: readonly { id: string; name: string }[],
  doc: EditorStateJSON | null,
  numbering: Partial<NumberingOptions> = {},
): DataUses[] {
  const gone = new Set(items.map((i) => i.id));
  const fieldIds = doc ? dataFieldIds(doc) : [];
  const charts = doc ? buildReportTree(doc, numbering).figures.filter((f) => f.chart) : [];
  return items
    .map((item) => ({
      id: item.id,
      name: item.name,
      indicators: formulaUsers(data, item.name, gone),
      figures: charts
        .filter((f) => f.chart!.series.some((s) => s.links?.some((link) => link?.dataId === item.id)))
        .map((f) => f.label),
      fields: fieldIds.filter((id) => id === item.id).length,
    }))
    .filter((u) => u.indicators.length > 0 || u.figures.length > 0 || u.fields > 0);
}

/** Refuses (DATA_IN_USE, naming every place in Chinese) when any of `uses` is there. */
export function assertUnused(uses: readonly DataUses[]): void {
  const first = uses[0];
  if (!first) return;
  const detail = uses
    .map((u) => `${u.id} used by ${[...u.indicators, ...u.figures, `${u.fields} fields`].join(', ')}`)
    .join('; ');
  throw new ReportError('DATA_IN_USE', detail, uses.map((u) => zh.data.errors.inUse(u)).join('；'));
}
