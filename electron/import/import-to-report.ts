import { rmSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { FigureImageRef } from '../../core/document/nodes';
import { ReportError } from '../../core/errors';
import type { ReportMetaInput } from '../../core/report-meta';
import { intakePhoto } from '../assets/photo-intake';
import type { StoredAsset } from '../store/assets';
import { ReportFile } from '../store/report-file';
import { type FileImport, importFile } from './import-file';

export interface ImportedReport {
  file: ReportFile;
  result: FileImport;
}

/**
 * Imports `input` into a new report at `output`. Everything is read and every photo taken in
 * (same intake as inserted photos) before the report is created, so a bad input leaves
 * nothing behind; if writing fails after creation, the new file is removed again.
 */
export async function importToNewReport(input: string, output: string, meta: Omit<ReportMetaInput, 'title'> & { title?: string }, options: { overwrite?: boolean } = {}): Promise<ImportedReport> {
  const assets = new Map<string, StoredAsset>();
  const sink = async (bytes: Buffer, name: string): Promise<FigureImageRef | null> => {
    try {
      const { asset } = await intakePhoto(bytes, name);
      assets.set(asset.sha256, asset);
      return { sha256: asset.sha256, width: asset.width, height: asset.height, name: asset.originalName };
    } catch (err) {
      // One unreadable drawing (EMF, WMF) must not sink the whole document: it becomes a placeholder with a note.
      if (err instanceof ReportError) return null;
      throw err;
    }
  };
  const result = await importFile(input, sink);
  const title = meta.title ?? result.title ?? basename(input, extname(input));
  const file = await ReportFile.create(output, { ...meta, title: title.slice(0, 200), importNotes: result.notes }, options);
  try {
    for (const asset of assets.values()) file.putAsset(asset);
    file.saveDocument(result.document);
    return { file, result };
  } catch (err) {
    file.close();
    for (const f of [output, `${output}-wal`, `${output}-shm`]) rmSync(f, { force: true });
    throw err;
  }
}
