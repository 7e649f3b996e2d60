import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { SheetCell } from '../../core/data/sheet-import';
import { unpackedSize } from './zip-size';
import { ReportError } from '../../core/errors';
import { MAX_SHEET_ROWS, MAX_XLSX_MB } from '../../core/limits';

/**
 * Reads an .xlsx into plain rows of numbers and text (core/data/sheet-import.ts takes it from
 * there), with exceljs. Whatever the file is, the caller gets rows or a ReportError with a
 * Chinese message: never a crash, and the report is not touched.
 */

const MAX_XLSX_BYTES = MAX_XLSX_MB * 1024 * 1024;
/** Sheet XML runs some ten times its zipped size; past this, exceljs's whole-file read would take gigabytes. */
const MAX_UNPACKED_BYTES = 10 * MAX_XLSX_BYTES;
/** Columns read of each row: a table of quantities has a handful. */
const MAX_SHEET_COLUMNS = 60;

export interface ReadSheet {
  name: string;
  /** Rows as Excel numbers them from 1 (rows[0] is row 1); null when the sheet is too large to import. */
  rows: SheetCell[][] | null;
  rowCount: number;
  columnCount: number;
}

const ZIP = Buffer.from('PK\x03\x04', 'latin1');
/** An OLE compound file: an old .xls, or an .xlsx encrypted with a password (Excel wraps it so). */
const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');

function head(path: string, length: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const bytes = Buffer.alloc(length);
    return bytes.subarray(0, readSync(fd, bytes, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Refuses what is not an .xlsx before exceljs sees it, each case with its own advice. */
async function xlsxBytes(path: string): Promise<Buffer> {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch (err) {
    throw new ReportError('NOT_FOUND', `${path}: ${(err as Error).message}`);
  }
  if (size > MAX_XLSX_BYTES) throw new ReportError('XLSX_TOO_LARGE', `${path} is ${size} bytes`);
  const start = head(path, 8);
  if (start.equals(OLE)) {
    const bytes = await readFile(path);
    // Excel's password protection keeps the workbook in an EncryptionInfo stream.
    const encrypted = bytes.includes(Buffer.from('EncryptionInfo', 'utf16le'));
    throw new ReportError(
      encrypted ? 'XLSX_ENCRYPTED' : 'XLSX_OLD_FORMAT',
      `${path}: OLE compound file${encrypted ? ' (encrypted)' : ''}`,
    );
  }
  if (!start.subarray(0, 4).equals(ZIP)) throw new ReportError('XLSX_UNREADABLE', `${path} is not a zip file`);
  const bytes = await readFile(path);
  // A zip's central directory names its files in plain bytes: a .docx or .zip renamed has no workbook.
  if (!bytes.includes('xl/workbook.xml'))
    throw new ReportError('XLSX_UNREADABLE', `${path} is a zip file without xl/workbook.xml`);
  const unpacked = unpackedSize(bytes);
  if (unpacked === null) throw new ReportError('XLSX_UNREADABLE', `${path}: no zip central directory`);
  if (unpacked > MAX_UNPACKED_BYTES) throw new ReportError('XLSX_TOO_LARGE', `${path} unpacks to ${unpacked} bytes`);
  return bytes;
}

/** A date as 2025-09-01 (a 统计日期 column), local to the workbook's own calendar. */
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function plain(value: ExcelJS.CellValue, numFmt: string | undefined): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    // A cell formatted as a percentage holds 0.985 and shows 98.5%: read what it shows.
    return numFmt?.includes('%') ? `${Number((value * 100).toPrecision(12))}%` : value;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    // The value Excel or LibreOffice computed when saving; a file never calculated has none.
    const result = value.result;
    if (result === undefined || result === null) return `=${'formula' in value ? value.formula : value.sharedFormula}`;
    return plain(result, numFmt);
  }
  // A hyperlink's text is rich text when the link was styled.
  if ('text' in value) return plain(value.text as ExcelJS.CellValue, numFmt);
  return null;
}

function cellOf(cell: ExcelJS.Cell): SheetCell {
  // A merged range holds its value once, in its top-left cell; the others read as empty.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  return plain(cell.value, cell.numFmt);
}

function sheetRows(sheet: ExcelJS.Worksheet): SheetCell[][] {
  const rows: SheetCell[][] = [];
  const columns = Math.min(sheet.columnCount, MAX_SHEET_COLUMNS);
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: SheetCell[] = [];
    for (let c = 1; c <= columns; c += 1) cells.push(cellOf(row.getCell(c)));
    while (cells.length && (cells.at(-1) === null || cells.at(-1) === '')) cells.pop();
    rows.push(cells);
  }
  while (rows.length && rows.at(-1)!.length === 0) rows.pop();
  return rows;
}

/** The workbook's sheets and their rows; throws XLSX_* errors for a file that is not a readable .xlsx. */
export async function readXlsx(path: string): Promise<ReadSheet[]> {
  const bytes = await xlsxBytes(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new ReportError('XLSX_UNREADABLE', `${path}: ${(err as Error).message}`);
  }
  const sheets = workbook.worksheets.map((sheet) => {
    const rowCount = sheet.rowCount;
    const columnCount = sheet.columnCount;
    const tooLarge = rowCount > MAX_SHEET_ROWS;
    return { name: sheet.name, rows: tooLarge ? null : sheetRows(sheet), rowCount, columnCount };
  });
  if (sheets.length === 0) throw new ReportError('XLSX_EMPTY', `${path} has no worksheet`);
  return sheets;
}
