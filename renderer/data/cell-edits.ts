import { type Quantity, type QuantityChange, quantityChangeSchema } from '../../core/data/data-schema';
import { parseValueInput } from '../../core/data/edit';
import { ReportError } from '../../core/errors';

/** The columns of a quantity a cell of the sheet edits. */
export type QuantityColumn = 'name' | 'value' | 'unit' | 'year' | 'previous' | 'source' | 'note';

export type CellEdit = { ok: true; change: QuantityChange } | { ok: false; message: string };

/** What a cell shows of `quantity` for `column`, as the user would type it back. */
export function cellText(quantity: Quantity, column: QuantityColumn): string {
  const value = quantity[column];
  return value === null ? '' : String(value);
}

function readYear(text: string): number | null {
  const t = text
    .trim()
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/年$/, '');
  if (t === '') return null;
  if (!/^\d+$/.test(t))
    throw new ReportError('DATA_INVALID', `not a year: ${text}`, `“${text.trim()}”不是年份：请填四位数字，如 2025`);
  return Number(t);
}

function read(quantity: Quantity, column: QuantityColumn, text: string): QuantityChange[QuantityColumn] {
  switch (column) {
    case 'value':
    case 'previous':
      return parseValueInput(quantity, text);
    case 'year':
      return readYear(text);
    default:
      return text;
  }
}

/**
 * The change a cell's text makes to its quantity, checked here as the Node side will check it,
 * so that a bad cell says why in Chinese at once and keeps what was typed: 六千 in a number
 * cell, a name already taken is left to the Node side, which knows every name.
 */
export function quantityEdit(quantity: Quantity, column: QuantityColumn, text: string): CellEdit {
  try {
    const change = { ref: quantity.id, [column]: read(quantity, column, text) };
    const parsed = quantityChangeSchema.safeParse(change);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]!.message };
    return { ok: true, change: parsed.data };
  } catch (err) {
    if (err instanceof ReportError) return { ok: false, message: err.error.message };
    throw err;
  }
}
