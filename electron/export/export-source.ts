import type { FontRole } from '../../core/print/fonts';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { EditorStateJSON } from '../../core/document/editor-json';
import { emptyDocument } from '../../core/document/editor-json';
import { ReportError } from '../../core/errors';
import type { ReportMeta } from '../../core/report-meta';
import { type ReportTree, buildReportTree } from '../../core/report-tree';
import { sizeImportedPhoto } from '../assets/photo-sizer';
import { readFromSources } from '../assets/source-photos';
import { bounded } from '../import/bounded';
import type { StoredAsset } from '../store/assets';
import { diskFull } from '../store/disk-full';
import { filledDocument } from '../store/report-data';
import type { ReportFile } from '../store/report-file';

/** What an export reads: meta, the document and the photos (a report file, or test data). */
export interface ExportSource {
  meta: ReportMeta;
  document: EditorStateJSON;
  asset(assetKey: string): StoredAsset | null;
}

export function fileSource(file: ReportFile): ExportSource {
  // Data fields print their current value: the data may have changed since the text was last saved.
  return {
    meta: file.meta,
    document: filledDocument(file) ?? emptyDocument(),
    asset: (assetKey) => file.getAsset(assetKey),
  };
}

/**
 * The source with every photo at print size: photos an import kept as imported, not yet sized
 * (a read-only file, or one closed before its photos were done), are sized here, in memory,
 * as are those it left in its source, read from there.
 */
export async function withPhotosSizedForPrint(source: ExportSource, file: ReportFile): Promise<ExportSource> {
  const toSize = file.listPhotosToSize();
  const toRead = file.listPhotosToRead();
  if (toSize.length === 0 && toRead.length === 0) return source;
  const limit = bounded(availableParallelism());
  const sized = new Map<string, StoredAsset>();
  const sizeAndKeep = async (asset: StoredAsset) => {
    sized.set(asset.assetKey, await sizeImportedPhoto(asset));
    return true;
  };
  // Each photo read only when its turn comes: a report's photos as imported may be hundreds of MB.
  await Promise.all(
    toSize.map((assetKey) =>
      limit(async () => {
        const asset = file.getAsset(assetKey);
        if (asset) await sizeAndKeep(asset);
      }),
    ),
  );
  await readFromSources(toRead, sizeAndKeep);
  return { ...source, asset: (assetKey) => sized.get(assetKey) ?? source.asset(assetKey) };
}

export function treeOf(source: ExportSource): ReportTree {
  return buildReportTree(source.document, source.meta);
}

/** Where writeAtomically writes `path`'s bytes before renaming them into place. */
export function partFileOf(path: string): string {
  return `${path}.part-${process.pid}`;
}

/** Writes beside the target and renames, so a failed or cancelled export never leaves half a file. */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const tmp = partFileOf(path);
  try {
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw diskFull(err) ?? new ReportError('IO', (err as Error).message);
  }
}

/**
 * What an export is doing, for the progress dialog (zh.exporting.stages names each). 'photos':
 * waiting for an import's photos to be sized for print (PhotoSizer).
 */
export type ExportStage = 'photos' | 'prepare' | 'layout' | 'print' | 'build' | 'write';
/** `pages`: during 'layout', how many pages are laid out so far. */
export type StageListener = (stage: ExportStage, pages?: number) => void;

export interface ExportResult {
  path: string;
  pages: number;
  bytes: number;
  /** Font roles (仿宋, 黑体…) printed in a bundled substitute because no office font serves them here. */
  substitutedFonts?: FontRole[];
}
