import type Database from 'better-sqlite3';
import { type ReportData, reportDataSchema } from '../../core/data/data-schema';
import { computeData } from '../../core/data/compute';
import { fillDataFields } from '../../core/data/fields';
import type { ComputedData } from '../../core/data/data-schema';
import type { EditorStateJSON } from '../../core/document/editor-json';
import { ReportError } from '../../core/errors';
import { dataForReport } from '../../core/templates/report-templates';
import type { ReportFile } from './report-file';

/** The `data` table (migration 5): the report's 数据 as one JSON row. */

export function readData(db: Database.Database): ReportData | null {
  // A report of schema 4 or older opened read-only (not migrated) has no data table.
  if (!db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'data'").get()) return null;
  const json = db.prepare('SELECT json FROM data WHERE id = 1').pluck().get() as string | undefined;
  return json === undefined ? null : parseData(json, 'data');
}

/** Stored data JSON as ReportData; DAMAGED when it is not (row data is not seen by integrity_check). */
export function parseData(json: string, where: string): ReportData {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    throw new ReportError('DAMAGED', `${where}: ${(err as Error).message}`);
  }
  const parsed = reportDataSchema.safeParse(value);
  if (!parsed.success) throw new ReportError('DAMAGED', `${where}: ${parsed.error.message}`);
  return parsed.data;
}

export function writeData(db: Database.Database, data: ReportData, at: Date): void {
  db.prepare(
    `INSERT INTO data (id, json, updated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(reportDataSchema.parse(data)), at.toISOString());
}

/** The open report's 数据: what it stores, or what its kind starts with when nothing is stored yet. */
export function reportData(file: ReportFile): ReportData {
  return dataForReport(file.data, file.meta.kind);
}

export function reportDataView(file: ReportFile): ComputedData {
  return computeData(reportData(file));
}

/** The saved document with its data fields showing the current data: what every output prints. */
export function filledDocument(file: ReportFile): EditorStateJSON | null {
  const doc = file.document?.json;
  return doc ? fillDataFields(doc, reportDataView(file)) : null;
}
