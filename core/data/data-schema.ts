import { z } from 'zod';

/**
 * 数据: the report's numbers, stored once in the .nianbao file beside the document (see
 * README.md in this folder). Quantities are typed by the user; indicators are computed from
 * them by formula. Both are referred to by a stable `id` (data fields in the text, the
 * thresholds of the standard); formulas refer to quantities by their `name`.
 */

export const MAX_QUANTITIES = 500;
export const MAX_NAME_CHARS = 40;
/** Far beyond any school's or bureau's figure (a province's budget in 元 is some 1e12). */
const MAX_ABS_VALUE = 1e15;

/** Characters a formula reads as operators or quoting, so never part of a name. */
export const NAME_FORBIDDEN = /[+\-*/×÷()（）「」[\]=<>≤≥,，]/;

export const dataIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: '数据编号只能由小写字母、数字和连字符组成' });

export const dataNameSchema = z
  .string({ error: '名称必须是文字' })
  .trim()
  .min(1, { error: '名称不能为空' })
  .max(MAX_NAME_CHARS, { error: `名称不能超过 ${MAX_NAME_CHARS} 个字` })
  .refine((n) => !NAME_FORBIDDEN.test(n), { error: '名称不能包含运算符号、括号、逗号或引号（+ - × ÷ ( ) 「」 等）' })
  .refine((n) => !/^\d/.test(n), { error: '名称不能以数字开头' });

export const dataValueSchema = z
  .number({ error: '数值必须是数字' })
  .refine((v) => Math.abs(v) < MAX_ABS_VALUE, { error: '数值过大' })
  .nullable();

export const unitSchema = z.string({ error: '单位必须是文字' }).trim().max(12, { error: '单位不能超过 12 个字' });
const yearSchema = z
  .number({ error: '年份必须是数字' })
  .int({ error: '年份必须是整数' })
  .min(1949, { error: '年份不对' })
  .max(2100, { error: '年份不对' })
  .nullable();
const textSchema = (what: string, max: number) =>
  z
    .string({ error: `${what}必须是文字` })
    .trim()
    .max(max, { error: `${what}不能超过 ${max} 个字` });

export const quantitySchema = z
  .object({
    id: dataIdSchema,
    name: dataNameSchema,
    /** In `unit`; null until filled in. */
    value: dataValueSchema,
    unit: unitSchema,
    /** The year (or school year's first year) the value is for. */
    year: yearSchema,
    /** 上年: last year's value, in the same unit. */
    previous: dataValueSchema,
    /** 数据来源 (事业统计、财务决算 …). */
    source: textSchema('数据来源', 200),
    note: textSchema('备注', 500),
  })
  .strict();
export type Quantity = z.infer<typeof quantitySchema>;

export const indicatorSchema = z
  .object({
    id: dataIdSchema,
    name: dataNameSchema,
    /** In the formula language of formula.ts: 在校生数 / 专任教师数. */
    formula: z
      .string({ error: '公式必须是文字' })
      .trim()
      .min(1, { error: '公式不能为空' })
      .max(500, { error: '公式不能超过 500 个字' }),
    /** The declared unit the result is given in: %, 元, m², 册, :1 … */
    unit: unitSchema,
    /** Decimals shown (the value itself is never rounded). */
    decimals: z.number().int().min(0).max(6),
    note: textSchema('备注', 500),
  })
  .strict();
export type Indicator = z.infer<typeof indicatorSchema>;

/** What the file stores (the `data` table's one row). */
export const reportDataSchema = z
  .object({
    version: z.literal(1),
    quantities: z.array(quantitySchema).max(MAX_QUANTITIES),
    indicators: z.array(indicatorSchema).max(MAX_QUANTITIES),
  })
  .strict();
export type ReportData = z.infer<typeof reportDataSchema>;

export const emptyReportData = (): ReportData => ({ version: 1, quantities: [], indicators: [] });

/** A 设置标准 line as applied to one quantity or indicator. */
export const thresholdViewSchema = z.object({
  op: z.enum(['>=', '<=']),
  /** In `unit` (the item's own unit, converted from the standard's). */
  value: z.number(),
  unit: z.string(),
  /** ≥ 30 册, ≤ 20:1 */
  text: z.string(),
  /** Which article of the standard, and its words: 第七条：师生比达到1:20. */
  basis: z.string(),
});
export type ThresholdView = z.infer<typeof thresholdViewSchema>;

/** met 达标, unmet 未达标, missing 缺数据 (a value the check needs is empty), none: no line in the standard. */
export const standardStatuses = ['met', 'unmet', 'missing', 'none'] as const;
export type StandardStatus = (typeof standardStatuses)[number];

const changeSchema = z.object({
  /** value − previous, in the item's unit (百分点 for %). */
  delta: z.number(),
  /** value ÷ previous − 1, or null when previous is 0 or the unit is % (compared in 百分点). */
  ratio: z.number().nullable(),
  /** 增加 56 人（+0.9%）, 提高 1.2 个百分点 … */
  text: z.string(),
});

export const quantityViewSchema = quantitySchema.extend({
  /** The value as printed in the text: 6531人, 2.9万元; '' when empty. */
  text: z.string(),
  previousText: z.string(),
  change: changeSchema.nullable(),
  threshold: thresholdViewSchema.nullable(),
  status: z.enum(standardStatuses),
});
export type QuantityView = z.infer<typeof quantityViewSchema>;

export const indicatorViewSchema = indicatorSchema.extend({
  value: z.number().nullable(),
  previous: z.number().nullable(),
  text: z.string(),
  previousText: z.string(),
  change: changeSchema.nullable(),
  /** Names of the quantities the formula needs that are empty (缺数据). */
  missing: z.array(z.string()),
  /** What is wrong with the formula, in Chinese (unknown name, unit mismatch, division by zero), or null. */
  error: z.string().nullable(),
  threshold: thresholdViewSchema.nullable(),
  status: z.enum(standardStatuses),
});
export type IndicatorView = z.infer<typeof indicatorViewSchema>;

export const computedDataSchema = z.object({
  quantities: z.array(quantityViewSchema),
  indicators: z.array(indicatorViewSchema),
  /** The standard the thresholds come from. */
  standard: z.object({ name: z.string(), document: z.string(), issuedBy: z.string() }),
});
export type ComputedData = z.infer<typeof computedDataSchema>;

/** A new quantity: a name and unit; the rest may come later. */
export const newQuantitySchema = quantitySchema
  .omit({ id: true })
  .partial({ value: true, year: true, previous: true, source: true, note: true })
  .strict();
export type NewQuantity = z.input<typeof newQuantitySchema>;

/** Who a change is for: an id or a current name. */
const refSchema = (what: string) =>
  z
    .string({ error: `要修改的${what}须给出名称` })
    .trim()
    .min(1, { error: `要修改的${what}须给出名称` })
    .max(64);

/** A change to one quantity, found by `ref` (its id or its current name); `name` renames it. */
export const quantityChangeSchema = quantitySchema
  .omit({ id: true })
  .partial()
  .extend({ ref: refSchema('数据') })
  .strict();
export type QuantityChange = z.input<typeof quantityChangeSchema>;

/** A new indicator of the user's: a name, a formula over the data's names and the unit of its result. */
export const newIndicatorSchema = indicatorSchema.omit({ id: true }).partial({ decimals: true, note: true }).strict();
export type NewIndicator = z.input<typeof newIndicatorSchema>;

/** A change to one indicator, found by `ref` (its id or its current name). */
export const indicatorChangeSchema = indicatorSchema
  .omit({ id: true })
  .partial()
  .extend({ ref: refSchema('指标') })
  .strict();
export type IndicatorChange = z.input<typeof indicatorChangeSchema>;
