import { zh } from '../zh';
import type { ComputedData } from './data-schema';

/**
 * 导出Excel: the 数据 and the indicators as two tables, ready for a spreadsheet writer
 * (electron/xlsx). Numbers stay numbers so a bureau can sum and chart them; what only reads as
 * text (达标线 ≤ 20:1, 增加56人) is text. Importing the 数据 sheet back changes nothing.
 */

/** A number with its Excel number format (an indicator's decimals: 18.50 stays 18.50). */
export interface FormattedNumber {
  value: number;
  format: string;
}
export type TableCell = number | string | FormattedNumber | null;

export interface TableColumn {
  header: string;
  /** Width in characters (a CJK character counts two). */
  width: number;
}

export interface SheetTable {
  name: string;
  columns: TableColumn[];
  rows: TableCell[][];
}

export const DATA_SHEET = '数据';
export const INDICATOR_SHEET = '指标';

/** An indicator's shown value: rounded to its decimals, as the text prints it, and shown with them. */
function rounded(value: number | null, decimals: number): TableCell {
  if (value === null) return null;
  return { value: Number(value.toFixed(decimals)), format: decimals === 0 ? '0' : `0.${'0'.repeat(decimals)}` };
}

export function dataSheets(view: ComputedData): SheetTable[] {
  const quantities: SheetTable = {
    name: DATA_SHEET,
    columns: [
      { header: '名称', width: 24 },
      { header: '数值', width: 14 },
      { header: '单位', width: 8 },
      { header: '年份', width: 8 },
      { header: '上年', width: 14 },
      { header: '数据来源', width: 20 },
      { header: '备注', width: 30 },
    ],
    rows: view.quantities.map((q) => [q.name, q.value, q.unit, q.year, q.previous, q.source, q.note]),
  };
  const indicators: SheetTable = {
    name: INDICATOR_SHEET,
    columns: [
      { header: '指标', width: 22 },
      { header: '数值', width: 12 },
      { header: '单位', width: 8 },
      { header: '上年', width: 12 },
      { header: '达标线', width: 12 },
      { header: '达标情况', width: 10 },
      { header: '较上年', width: 26 },
      { header: '公式', width: 36 },
    ],
    rows: view.indicators.map((i) => [
      i.name,
      rounded(i.value, i.decimals),
      i.unit,
      rounded(i.previous, i.decimals),
      i.threshold?.text ?? '',
      i.error ? '公式有误' : zh.data.statuses[i.status],
      i.change?.text ?? '',
      i.formula,
    ]),
  };
  return [quantities, indicators];
}
