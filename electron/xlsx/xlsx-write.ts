import ExcelJS from 'exceljs';
import type { SheetTable } from '../../core/data/data-sheets';
import { writeAtomically } from '../export/export-source';

/**
 * Writes tables (core/data/data-sheets.ts) as an .xlsx with exceljs: a bold header row that stays
 * in view (frozen) and the columns' widths. Numbers are written as numbers.
 */
export async function xlsxBytes(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '年报工坊';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({ header: column.header, width: column.width }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map((cell) => (cell !== null && typeof cell === 'object' ? cell.value : cell)));
      cells.forEach((cell, c) => {
        if (cell !== null && typeof cell === 'object') row.getCell(c + 1).numFmt = cell.format;
      });
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The tables as an .xlsx at `path`, written beside it first: a failure leaves no half file. */
export async function writeXlsx(tables: readonly SheetTable[], path: string): Promise<number> {
  const bytes = await xlsxBytes(tables);
  writeAtomically(path, bytes);
  return bytes.byteLength;
}
