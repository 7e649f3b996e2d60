import type { z } from 'zod';
import { ReportError } from '../errors';
import { zh } from '../zh';
import { MAX_QUANTITIES, type NewQuantity, type Quantity, type QuantityChange, type ReportData, newQuantitySchema, quantityChangeSchema } from './data-schema';
import { formulaNames, parseFormula, renameInFormula } from './formula';

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

/** The quantity `ref` names: its id, or else its name. */
export function findQuantity(data: ReportData, ref: string): Quantity | undefined {
  const r = ref.trim();
  return data.quantities.find((q) => q.id === r) ?? data.quantities.find((q) => q.name === r);
}

function requireQuantity(data: ReportData, ref: string): Quantity {
  const q = findQuantity(data, ref);
  if (!q) throw new ReportError('DATA_UNKNOWN', `no quantity ${ref}`, e.unknown(ref));
  return q;
}

function assertNameFree(data: ReportData, name: string, except?: string): void {
  const taken = data.quantities.some((q) => q.name === name && q.id !== except) || data.indicators.some((i) => i.name === name);
  if (taken) throw new ReportError('DATA_NAME_TAKEN', `name ${name}`, e.nameTaken(name));
}

/** Indicators whose formula names `name`. */
function usersOf(data: ReportData, name: string): string[] {
  return data.indicators
    .filter((i) => {
      try {
        return formulaNames(parseFormula(i.formula)).includes(name);
      } catch {
        return false;
      }
    })
    .map((i) => i.name);
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

/** A fresh id for a quantity the user added: q-1, q-2 … (the template's own ids are words). */
function freshId(data: ReportData): string {
  const used = new Set([...data.quantities.map((q) => q.id), ...data.indicators.map((i) => i.id)]);
  let n = 1;
  while (used.has(`q-${n}`)) n += 1;
  return `q-${n}`;
}

export function addQuantities(data: ReportData, added: readonly NewQuantity[]): ReportData {
  let next = data;
  for (const raw of added) {
    const q = checked(newQuantitySchema, raw);
    assertNameFree(next, q.name);
    if (next.quantities.length >= MAX_QUANTITIES) throw invalid(e.tooMany(MAX_QUANTITIES), 'too many quantities');
    const quantity: Quantity = { id: freshId(next), value: null, year: null, previous: null, source: '', note: '', ...q };
    next = { ...next, quantities: [...next.quantities, quantity] };
  }
  return next;
}

export function removeQuantities(data: ReportData, refs: readonly string[]): ReportData {
  const gone = refs.map((ref) => requireQuantity(data, ref));
  const ids = new Set(gone.map((q) => q.id));
  const remaining = { ...data, quantities: data.quantities.filter((q) => !ids.has(q.id)) };
  for (const q of gone) {
    const users = usersOf(remaining, q.name);
    if (users.length) throw new ReportError('DATA_IN_USE', `${q.name} used by ${users.join(', ')}`, e.usedBy(q.name, users));
  }
  return remaining;
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
  if (rest !== '' && rest !== unit) throw invalid(rest && /^\D/.test(rest) && !/[\d.]/.test(rest) ? e.unitMismatch(quantity.name, rest, unit) : e.notANumber(quantity.name, text), `bad value: ${text}`);
  t = number.replace(/,/g, '');
  return Number(t);
}
