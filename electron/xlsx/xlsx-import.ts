import {
  type ColumnMapping,
  type ImportPlan,
  type XlsxPreview,
  applyImport,
  columnLabels,
  countStatuses,
  guessMapping,
  planImport,
} from '../../core/data/sheet-import';
import type { ReportData } from '../../core/data/data-schema';
import { ReportError } from '../../core/errors';
import { reportData } from '../store/report-data';
import type { ReportFile } from '../store/report-file';
import { type ReadSheet, readXlsx } from './xlsx-read';

/** What to read: a sheet by name (else the first whose headers are recognised) and the columns (else guessed). */
export interface XlsxChoice {
  sheet?: string | undefined;
  mapping?: ColumnMapping | undefined;
}

/** The sheet to import: the one named, or the first with recognisable headers, or the first with rows. */
function chooseSheet(sheets: readonly ReadSheet[], name: string | undefined): ReadSheet {
  if (name !== undefined) {
    const named = sheets.find((s) => s.name === name.trim());
    if (!named)
      throw new ReportError(
        'XLSX_SHEET_UNKNOWN',
        `no sheet "${name}" (sheets: ${sheets.map((s) => s.name).join(', ')})`,
      );
    return named;
  }
  return (
    sheets.find((s) => s.rows && guessMapping(s.rows)) ??
    sheets.find((s) => s.rows === null || s.rows.length > 0) ??
    sheets[0]!
  );
}

/**
 * Reads the workbook at `path` and plans importing the chosen sheet into `data`. The plan has
 * nothing to do while no columns are known (mapping null: the dialog asks for them).
 */
export async function previewXlsx(
  path: string,
  data: ReportData,
  choice: XlsxChoice,
): Promise<{ preview: XlsxPreview; plan: ImportPlan }> {
  const sheets = await readXlsx(path);
  const sheet = chooseSheet(sheets, choice.sheet);
  if (sheet.rows === null)
    throw new ReportError('XLSX_SHEET_TOO_LARGE', `sheet "${sheet.name}" has ${sheet.rowCount} rows`);
  if (sheet.rows.length === 0) throw new ReportError('XLSX_SHEET_EMPTY', `sheet "${sheet.name}" is empty`);
  const mapping = choice.mapping ?? guessMapping(sheet.rows);
  const plan = mapping ? planImport(data, sheet.rows, mapping) : { rows: [], changes: [], added: [] };
  return {
    plan,
    preview: {
      sheets: sheets.map(({ name, rowCount, columnCount }) => ({ name, rowCount, columnCount })),
      sheet: sheet.name,
      columns: columnLabels(sheet.rows, mapping?.headerRow ?? null),
      mapping,
      rows: plan.rows,
      counts: countStatuses(plan.rows),
    },
  };
}

/**
 * Reads the sheet again and applies its plan to the report's stored data: the plan applied is
 * the one the file holds now, checked as a whole by edit.ts (all of it or none).
 */
export async function importXlsxInto(
  file: ReportFile,
  path: string,
  choice: XlsxChoice,
): Promise<{ preview: XlsxPreview; data: ReportData }> {
  if (file.readOnly) throw new ReportError('READ_ONLY', file.readOnlyReason ?? undefined);
  const data = reportData(file);
  const { preview, plan } = await previewXlsx(path, data, choice);
  if (!preview.mapping)
    throw new ReportError(
      'XLSX_NO_COLUMNS',
      `sheet "${preview.sheet}": no header row with 名称/项目/指标 and 数值/值/数量`,
    );
  const next = applyImport(data, plan);
  if (plan.changes.length || plan.added.length) {
    // Many numbers change at once: 历史版本 keeps them as they were, to take back whole.
    file.takeSnapshot('data-import');
    file.saveData(next);
  }
  return { preview, data: next };
}
