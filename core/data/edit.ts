import type { z } from 'zod';
import { ReportError } from '../errors';
import { zh } from '../zh';
import { formulaProblem } from './compute';
import {
  type Indicator,
  type IndicatorChange,
  MAX_QUANTITIES,
  type NewIndicator,
  type NewQuantity,
  type Quantity,
  type QuantityChange,
  type ReportData,
  indicatorChangeSchema,
  newIndicatorSchema,
  newQuantitySchema,
  quantityChangeSchema,
} from './data-schema';
import type { EditorStateJSON } from '../document/editor-json';
import type { NumberingOptions } from '../numbering';
import { assertUnused, dataUses } from './data-uses';
import { renameInFormula } from './formula';

/**
 * Changes to the 数据, as one batch: all of it applies or none (a ReportError with a Chinese
 * message names the first bad entry). Pure: the data in, new data out.
 */

const e = zh.data.errors;
const invalid = (message: string, detail: string) => new ReportError('DATA_INVALID', detail, message);

/** Input checked again here (the CLI builds it itself): the first problem's Chinese words. */
function checked<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw invalid(issue.message, `${issue.path.join('.')}: ${issue.message}`);
}

/** The item of `list` that `ref` names: its id, or else its name. */
/** An item found by its id, or else by its current name. */
export function byRef<T extends { id: string; name: string }>(list: readonly T[], ref: string): T | undefined {
  const r = ref.trim();
  return list.find((x) => x.id === r) ?? list.find((x) => x.name === r);
}

function required<T>(item: T | undefined, ref: string): T {
  if (!item) throw new ReportError('DATA_UNKNOWN', `no item ${ref}`, e.unknown(ref));
  return item;
}

export const findQuantity = (data: ReportData, ref: string): Quantity | undefined => byRef(data.quantities, ref);
export const findIndicator = (data: ReportData, ref: string): Indicator | undefined => byRef(data.indicators, ref);
const requireQuantity = (data: ReportData, ref: string): Quantity => required(findQuantity(data, ref), ref);
const requireIndicator = (data: ReportData, ref: string): Indicator => required(findIndicator(data, ref), ref);

function assertNameFree(data: ReportData, name: string, except?: string): void {
  const taken =
    data.quantities.some((q) => q.name === name && q.id !== except) ||
    data.indicators.some((i) => i.name === name && i.id !== except);
  if (taken) throw new ReportError('DATA_NAME_TAKEN', `name ${name}`, e.nameTaken(name));
}

export function changeQuantities(data: ReportData, changes: readonly QuantityChange[]): ReportData {
  let next = data;
  for (const raw of changes) {
    const change = checked(quantityChangeSchema, raw);
    const q = requireQuantity(next, change.ref);
    const { ref: _ref, ...patch } = change;
    const updated: Quantity = { ...q, ...patch };
    let indicators = next.indicators;
    if (updated.name !== q.name) {
      assertNameFree(next, updated.name, q.id);
      // A renamed quantity keeps its indicators: their formulas follow the new name.
      indicators = indicators.map((i) => ({ ...i, formula: renameInFormula(i.formula, q.name, updated.name) }));
    }
    next = { ...next, quantities: next.quantities.map((x) => (x.id === q.id ? updated : x)), indicators };
  }
  return next;
}

/**
 * A fresh id for an item the user added: q-1, q-2 … for quantities, i-1 … for indicators (the template's are words).
 */
function freshId(data: ReportData, prefix: 'q' | 'i' = 'q'): string {
  const used = new Set([...data.quantities.map((q) => q.id), ...data.indicators.map((i) => i.id)]);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export function addQuantities(data: ReportData, added: readonly NewQuantity[]): ReportData {
  let next = data;
  for (const raw of added) {
    const q = checked(newQuantitySchema, raw);
    assertNameFree(next, q.name);
    if (next.quantities.length >= MAX_QUANTITIES) throw invalid(e.tooMany(MAX_QUANTITIES), 'too many quantities');
    const quantity: Quantity = {
      id: freshId(next),
      value: null,
      year: null,
      previous: null,
      source: '',
      note: '',
      ...q,
    };
    next = { ...next, quantities: [...next.quantities, quantity] };
  }
  return next;
}

/** How a removal treats uses of what it removes. */
export interface RemoveOptions {
  /** 仍然删除: remove even what is in use; its fields and chart cells then show ［数据已删除］. */
  force?: boolean;
  /** The document, whose fields and charts count as uses (formulas always do). */
  doc?: EditorStateJSON | null;
  /** Its numbering, for the 图N a refusal names. */
  numbering?: Partial<NumberingOptions>;
}

/** Removes items of one kind; refused (DATA_IN_USE) for one still used elsewhere unless forced. */
function removeItems<K extends 'quantities' | 'indicators'>(
  data: ReportData,
  kind: K,
  gone: readonly { id: string; name: string }[],
  options: RemoveOptions,
): ReportData {
  if (!options.force) assertUnused(dataUses(data, gone, options.doc ?? null, options.numbering));
  const ids = new Set(gone.map((g) => g.id));
  return {
    ...data,
    [kind]: (data[kind] as readonly { id: string }[]).filter((x) => !ids.has(x.id)),
  } as ReportData;
}

export function removeQuantities(data: ReportData, refs: readonly string[], options: RemoveOptions = {}): ReportData {
  return removeItems(
    data,
    'quantities',
    refs.map((ref) => requireQuantity(data, ref)),
    options,
  );
}

/** Refuses a formula that does not parse, names nothing known, or whose result is not of its unit's kind. */
function assertFormulaWorks(data: ReportData, indicator: Indicator): void {
  const problem = formulaProblem(data, indicator);
  if (problem) throw invalid(`指标“${indicator.name}”：${problem}`, `formula ${indicator.formula}: ${problem}`);
}

export function addIndicators(data: ReportData, added: readonly NewIndicator[]): ReportData {
  let next = data;
  for (const raw of added) {
    const i = checked(newIndicatorSchema, raw);
    assertNameFree(next, i.name);
    if (next.indicators.length >= MAX_QUANTITIES) throw invalid(e.tooMany(MAX_QUANTITIES), 'too many indicators');
    const indicator: Indicator = { id: freshId(next, 'i'), decimals: 1, note: '', ...i };
    assertFormulaWorks(next, indicator);
    next = { ...next, indicators: [...next.indicators, indicator] };
  }
  return next;
}

export function changeIndicators(data: ReportData, changes: readonly IndicatorChange[]): ReportData {
  let next = data;
  for (const raw of changes) {
    const { ref, ...patch } = checked(indicatorChangeSchema, raw);
    const old = requireIndicator(next, ref);
    const updated: Indicator = { ...old, ...patch };
    let indicators = next.indicators.map((i) => (i.id === old.id ? updated : i));
    if (updated.name !== old.name) {
      assertNameFree(next, updated.name, old.id);
      // Indicators computed from this one follow its new name.
      indicators = indicators.map((i) => ({ ...i, formula: renameInFormula(i.formula, old.name, updated.name) }));
    }
    next = { ...next, indicators };
    assertFormulaWorks(next, next.indicators.find((i) => i.id === old.id)!);
  }
  return next;
}

export function removeIndicators(data: ReportData, refs: readonly string[], options: RemoveOptions = {}): ReportData {
  return removeItems(
    data,
    'indicators',
    refs.map((ref) => requireIndicator(data, ref)),
    options,
  );
}

/**
 * A value as typed (CLI --set, a pasted cell): 6531, 6,531, ６５３１, 6531人 (its own unit only),
 * −5; empty (or 空) clears it. Throws DATA_INVALID with a Chinese message otherwise.
 */
export function parseValueInput(quantity: Pick<Quantity, 'name' | 'unit'>, text: string): number | null {
  let t = text
    .trim()
    .replace(/[０-９．－]/g, (c) => (c === '．' ? '.' : c === '－' ? '-' : String(c.charCodeAt(0) - 0xff10)))
    .replace(/^[−–]/, '-');
  if (t === '' || t === '空') return null;
  const unit = quantity.unit.trim();
  const number = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(t)?.[0];
  if (!number) throw invalid(e.notANumber(quantity.name, text), `not a number: ${text}`);
  const rest = t.slice(number.length).trim();
  if (rest !== '' && rest !== unit)
    throw invalid(
      rest && /^\D/.test(rest) && !/[\d.]/.test(rest)
        ? e.unitMismatch(quantity.name, rest, unit)
        : e.notANumber(quantity.name, text),
      `bad value: ${text}`,
    );
  t = number.replace(/,/g, '');
  return Number(t);
}
