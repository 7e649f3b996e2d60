import { z } from 'zod';
import { MAX_QUANTITIES, type NewQuantity, type QuantityChange, type ReportData, dataNameSchema } from './data-schema';
import { addQuantities, changeQuantities } from './edit';
import { formatValue } from './format';
import { PLAIN, sameDimension, unitInfo } from './units';

/**
 * 导入Excel: quantities read from a spreadsheet's rows, matched to the report's by name, and
 * what would change, row by row, before anything is written. Pure: the reader of the .xlsx
 * (electron/xlsx) hands over the cells already reduced to numbers and text.
 */

/** A cell as read: a number, text (a number typed as text, "6,531", stays text here), or empty. */
export type SheetCell = number | string | null;

/** Rows of a sheet; rows[0] is the spreadsheet's row 1, cells[0] its column A. */
export type SheetRows = readonly (readonly SheetCell[])[];

const column = z.number().int().min(0).max(999);
/** Which columns hold what (0 = column A), and the header row (0 = row 1; data starts below it). */
export const columnMappingSchema = z
  .object({
    headerRow: z.number().int().min(0).max(100_000).nullable(),
    name: column,
    value: column,
    unit: column.nullable().default(null),
    year: column.nullable().default(null),
    previous: column.nullable().default(null),
    source: column.nullable().default(null),
  })
  .strict();
export type ColumnMapping = z.output<typeof columnMappingSchema>;

export const importStatuses = ['new', 'changed', 'unchanged', 'invalid'] as const;
export type ImportStatus = (typeof importStatuses)[number];

export const importRowSchema = z.object({
  /** The spreadsheet's row number (1-based, as Excel shows it). */
  row: z.number(),
  name: z.string(),
  status: z.enum(importStatuses),
  /** What changes (数值：6200人 → 6531人), or why the row is not understood; '' for unchanged. */
  reason: z.string(),
});
export type ImportRow = z.infer<typeof importRowSchema>;

export interface ImportPlan {
  rows: ImportRow[];
  changes: QuantityChange[];
  added: NewQuantity[];
}

/** Header words a column is recognised by, tried in this order (名称 before 数值: 指标名称 is a name). */
const HEADERS: [keyof Omit<ColumnMapping, 'headerRow'>, RegExp][] = [
  ['previous', /上年|去年|上一年/],
  ['source', /来源/],
  ['unit', /^\s*(计量)?单位\s*$/],
  ['year', /^\s*(年份|年度|统计年度|学年)\s*$/],
  ['name', /名称|指标|项目|数据项/],
  ['value', /数值|^\s*值|数量|金额|本年|当年|^\s*数据\s*$/],
];

const text = (cell: SheetCell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * The header row and columns guessed from words such as 名称/指标/项目 and 数值/值/数量 in the
 * first rows; null when no row has both a name and a value heading.
 */
export function guessMapping(rows: SheetRows): ColumnMapping | null {
  for (let r = 0; r < Math.min(rows.length, 20); r += 1) {
    const found: Partial<Record<keyof ColumnMapping, number>> = {};
    (rows[r] ?? []).forEach((cell, c) => {
      if (typeof cell !== 'string') return;
      const key = HEADERS.find(([k, pattern]) => found[k] === undefined && pattern.test(cell))?.[0];
      if (key) found[key] = c;
    });
    if (found.name !== undefined && found.value !== undefined) {
      return {
        headerRow: r,
        name: found.name,
        value: found.value,
        unit: found.unit ?? null,
        year: found.year ?? null,
        previous: found.previous ?? null,
        source: found.source ?? null,
      };
    }
  }
  return null;
}

/** Full-width digits and signs as ASCII: Chinese input methods type ６５３１ and －５. */
const asciiDigits = (t: string) =>
  t.replace(/[０-９．－，]/g, (c) => ({ '．': '.', '－': '-', '，': ',' })[c] ?? String(c.charCodeAt(0) - 0xff10));

/** A number cell, or text such as "6,531", "６５３１", "2904.2万元", "98.5%": the number and the unit written after it. */
function readNumber(cell: SheetCell | undefined): { value: number; unit: string } | null | 'bad' {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, unit: '' } : 'bad';
  const t = asciiDigits(text(cell)).replace(/^[−–]/, '-');
  if (t === '' || t === '-' || t === '—') return null;
  const number = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(t)?.[0];
  if (!number) return 'bad';
  const unit = t.slice(number.length).trim();
  if (unit.length > 12 || /\d/.test(unit)) return 'bad';
  return { value: Number(number.replace(/,/g, '')), unit };
}

/** 教学仪器设备总值（万元） → the name and the unit in its brackets (a name may not hold brackets). */
export function splitUnit(label: string): { name: string; unit: string } {
  const m = /^(.*?)\s*[（(]\s*([^（）()\d]{1,8})\s*[)）]\s*$/.exec(label.trim());
  return m?.[1] ? { name: m[1], unit: m[2]! } : { name: label.trim(), unit: '' };
}

/** 万元 → 元, 万册 → 册: what a plain count is counted in, to tell 人 from 册. */
const unscaled = (unit: string) => unit.trim().replace(/^(千万|百万|十万|亿|万|千)(?=.)/, '');

/** `value` in `from` given in `to` (29042000元 → 2904.2万元); null when the units measure different things. */
export function convertUnit(value: number, from: string, to: string): number | null {
  if (from === '' || from === to) return value;
  const a = unitInfo(from);
  const b = unitInfo(to);
  if (!sameDimension(a.dimension, b.dimension)) return null;
  const plain = sameDimension(a.dimension, PLAIN);
  if (plain && to.trim() !== '' && unscaled(from) !== unscaled(to)) return null;
  return Number(((value * a.factor) / b.factor).toPrecision(12));
}

const readYear = (cell: SheetCell | undefined): number | null | 'bad' => {
  const t = asciiDigits(text(cell));
  if (t === '') return null;
  const m = /^(\d{4})(?:\s*(?:年|学年|年度))?/.exec(t);
  const year = m ? Number(m[1]) : NaN;
  return year >= 1949 && year <= 2100 ? year : 'bad';
};

const MAX_ABS_VALUE = 1e15;

/** What the rows would do to `data`, one verdict per row that holds anything; blank rows are left out. */
export function planImport(data: ReportData, rows: SheetRows, mapping: ColumnMapping): ImportPlan {
  const plan: ImportPlan = { rows: [], changes: [], added: [] };
  const header = mapping.headerRow === null ? [] : (rows[mapping.headerRow] ?? []);
  const headerUnit = splitUnit(text(header[mapping.value])).unit;
  const seen = new Map<string, number>();
  for (let r = (mapping.headerRow ?? -1) + 1; r < rows.length; r += 1) {
    const cells = rows[r] ?? [];
    const cell = (c: number | null) => (c === null ? undefined : cells[c]);
    const label = text(cell(mapping.name));
    const rawValue = cell(mapping.value);
    const rawPrevious = cell(mapping.previous);
    if (label === '' && text(rawValue) === '' && text(rawPrevious) === '') continue;
    const { name, unit: nameUnit } = splitUnit(label);
    const verdict = (status: ImportStatus, reason: string) =>
      plan.rows.push({ row: r + 1, name: name || label, status, reason });
    const bad = (reason: string) => verdict('invalid', reason);
    if (name === '') {
      bad('没有名称');
      continue;
    }
    const value = readNumber(rawValue);
    const previous = readNumber(rawPrevious);
    if (value === 'bad') {
      bad(`数值“${text(rawValue)}”不是数字`);
      continue;
    }
    if (previous === 'bad') {
      bad(`上年“${text(rawPrevious)}”不是数字`);
      continue;
    }
    if (value === null && previous === null) {
      // A quantity the sheet lists but leaves empty (an export of a report half filled) keeps its value.
      if (data.quantities.some((q) => q.name === name)) verdict('unchanged', '表中没有数值');
      else bad('没有数值');
      continue;
    }
    if ([value, previous].some((v) => v !== null && Math.abs(v.value) >= MAX_ABS_VALUE)) {
      bad('数值过大');
      continue;
    }
    const year = readYear(cell(mapping.year));
    if (year === 'bad') {
      bad(`年份“${text(cell(mapping.year))}”不对`);
      continue;
    }
    const firstRow = seen.get(name);
    if (firstRow !== undefined) {
      bad(`与第 ${firstRow} 行重名`);
      continue;
    }
    seen.set(name, r + 1);
    if (data.indicators.some((i) => i.name === name)) {
      bad(`“${name}”是由公式计算的指标，不能导入`);
      continue;
    }
    const givenUnit = value?.unit || previous?.unit || text(cell(mapping.unit)) || nameUnit || headerUnit;
    const source = text(cell(mapping.source));
    const existing = data.quantities.find((q) => q.name === name);
    if (!existing) {
      const checkedName = dataNameSchema.safeParse(name);
      if (!checkedName.success) {
        bad(checkedName.error.issues[0]!.message);
        continue;
      }
      if (givenUnit.length > 12) {
        bad(`单位“${givenUnit}”过长`);
        continue;
      }
      if (data.quantities.length + plan.added.length >= MAX_QUANTITIES) {
        bad(`数据不能超过 ${MAX_QUANTITIES} 项`);
        continue;
      }
      plan.added.push({
        name,
        unit: givenUnit,
        value: value?.value ?? null,
        previous: previous?.value ?? null,
        year,
        source,
      });
      verdict('new', `新增：${formatValue(value?.value ?? null, givenUnit) || '（空）'}`);
      continue;
    }
    // The quantity keeps its unit: 29042000元 is stored as 2904.2 when it counts in 万元.
    const inUnit = (v: { value: number; unit: string } | null) =>
      v === null ? null : convertUnit(v.value, v.unit || givenUnit, existing.unit);
    const newValue = inUnit(value);
    const newPrevious = inUnit(previous);
    if ((value !== null && newValue === null) || (previous !== null && newPrevious === null)) {
      bad(`单位“${value?.unit || previous?.unit || givenUnit}”与“${name}”的单位“${existing.unit}”不符`);
      continue;
    }
    const change: QuantityChange = { ref: existing.id };
    const said: string[] = [];
    const show = (v: number | null) => formatValue(v, existing.unit) || '（空）';
    if (newValue !== null && newValue !== existing.value) {
      change.value = newValue;
      said.push(`数值：${show(existing.value)} → ${show(newValue)}`);
    }
    if (newPrevious !== null && newPrevious !== existing.previous) {
      change.previous = newPrevious;
      said.push(`上年：${show(existing.previous)} → ${show(newPrevious)}`);
    }
    if (year !== null && year !== existing.year) {
      change.year = year;
      said.push(`年份：${existing.year ?? '（空）'} → ${year}`);
    }
    if (source !== '' && source !== existing.source) {
      change.source = source;
      said.push(`来源：${existing.source || '（空）'} → ${source}`);
    }
    if (said.length === 0) {
      verdict('unchanged', '');
      continue;
    }
    plan.changes.push(change);
    verdict('changed', said.join('；'));
  }
  return plan;
}

/** The data with the plan applied: all of it or, on a fault, none (edit.ts's checks run again). */
export function applyImport(data: ReportData, plan: ImportPlan): ReportData {
  return addQuantities(changeQuantities(data, plan.changes), plan.added);
}

export const sheetSummarySchema = z.object({ name: z.string(), rowCount: z.number(), columnCount: z.number() });

/** The import dialog's view of a workbook: its sheets, the chosen one's columns and what importing it would do. */
export const xlsxPreviewSchema = z.object({
  sheets: z.array(sheetSummarySchema),
  sheet: z.string(),
  /** The sheet's columns for the pickers: A · 项目, B · 数值 … */
  columns: z.array(z.object({ index: z.number(), label: z.string() })),
  /** The mapping used (given, or guessed from the headers); null when none could be guessed. */
  mapping: columnMappingSchema.nullable(),
  rows: z.array(importRowSchema),
  counts: z.object({ new: z.number(), changed: z.number(), unchanged: z.number(), invalid: z.number() }),
});
export type XlsxPreview = z.infer<typeof xlsxPreviewSchema>;

export const countStatuses = (rows: readonly ImportRow[]): XlsxPreview['counts'] => {
  const counts = { new: 0, changed: 0, unchanged: 0, invalid: 0 };
  for (const row of rows) counts[row.status] += 1;
  return counts;
};

/** A (0-based) column's letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Labels for the column pickers: the letter and the header (or, without one, the first cell with text). */
export function columnLabels(rows: SheetRows, headerRow: number | null): XlsxPreview['columns'] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: width }, (_, index) => {
    const header = headerRow === null ? '' : text(rows[headerRow]?.[index]);
    const sample = header || rows.map((r) => text(r[index])).find((t) => t !== '') || '';
    return { index, label: sample ? `${columnLetter(index)} · ${sample.slice(0, 20)}` : columnLetter(index) };
  });
}
