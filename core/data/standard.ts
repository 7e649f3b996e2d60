import { z } from 'zod';
import { unitInfo } from './units';
import zhongzhi2010 from './standards/zhongzhi-2010.json';

/**
 * The national 设置标准 the 数据 panel checks against, kept as one data file
 * (standards/zhongzhi-2010.json) with its source, so a new standard is a new file.
 * Each line names the quantity or indicator it applies to by its id.
 */
const lineSchema = z
  .object({
    item: z.string().min(1),
    op: z.enum(['>=', '<=']),
    value: z.number(),
    unit: z.string(),
    article: z.string(),
    words: z.string(),
  })
  .strict();
export type StandardLine = z.infer<typeof lineSchema>;

const standardSchema = z
  .object({
    name: z.string(),
    document: z.string(),
    issuedBy: z.string(),
    issuedOn: z.string(),
    note: z.string(),
    lines: z.array(lineSchema),
  })
  .strict();
export type Standard = z.infer<typeof standardSchema>;

/** 中等职业学校设置标准（教职成〔2010〕12号）. Parsed once: a hand edit into the wrong shape fails the tests. */
export const zhongzhiStandard: Standard = standardSchema.parse(zhongzhi2010);

/**
 * Whether `value` (in `unit`) meets the line. Equality meets it (生师比 exactly 20:1 is 达标); a
 * relative slack of 1e-9 keeps a value computed as 19.999999999… from failing by float noise.
 */
export function meetsLine(line: StandardLine, value: number, unit: string): boolean {
  const limit = (line.value * unitInfo(line.unit).factor) / unitInfo(unit).factor;
  const slack = Math.abs(limit) * 1e-9;
  return line.op === '>=' ? value >= limit - slack : value <= limit + slack;
}

/** The line's limit in `unit` (300万元 in 元 is 3,000,000). */
export function lineLimitIn(line: StandardLine, unit: string): number {
  return (line.value * unitInfo(line.unit).factor) / unitInfo(unit).factor;
}
