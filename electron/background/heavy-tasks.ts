import type { EditorStateJSON } from '../../core/document/editor-json';
import type { ReportMeta } from '../../core/report-meta';
import { sizePhotoForPrint } from '../assets/photo-for-print';
import { type DocxExportOptions, exportDocx } from '../export/docx-export';
import type { ExportStage } from '../export/export-source';
import { withPageLabels } from '../export/pdf-page-labels';
import type { PageZone } from '../../core/print/paged-script';
import { importTextContent } from '../import/import-file';
import { readImportFile } from '../import/read-import';
import { warmUpImport } from '../import/warm-up';
import type { StoredAsset } from '../store/assets';
import { asBuffer } from './task-protocol';

/** A report as an export in a worker reads it: the photos it shows travel with it. */
export interface ExportData {
  meta: ReportMeta;
  document: EditorStateJSON;
  assets: StoredAsset[];
}

/**
 * The work that runs in background workers, never on the thread that answers the window:
 * reading an import, sizing photos for print, building a .docx, labelling a PDF's pages, and the warm-up
 * import at start.
 */
export const heavyTasks = {
  readImport: (
    { path, parallelism }: { path: string; parallelism?: number },
    emit: (photos: { done: number; total: number }) => void,
  ) =>
    readImportFile(path, {
      ...(parallelism !== undefined && { parallelism }),
      onPhotos: (done, total) => emit({ done, total }),
    }),
  importText: async ({ text }: { text: string }) => importTextContent(text),
  sizePhotoForPrint: ({ bytes, name }: { bytes: Uint8Array; name: string }) => sizePhotoForPrint(asBuffer(bytes), name),
  exportDocx: (
    {
      data,
      path,
      options,
    }: { data: ExportData; path: string; options: Pick<DocxExportOptions, 'template' | 'tocLevels' | 'estimatePages'> },
    emit: (stage: ExportStage) => void,
  ) => {
    const photos = new Map(data.assets.map((asset) => [asset.assetKey, { ...asset, bytes: asBuffer(asset.bytes) }]));
    const source = {
      meta: data.meta,
      document: data.document,
      asset: (assetKey: string) => photos.get(assetKey) ?? null,
    };
    return exportDocx(source, path, { ...options, onStage: (stage) => emit(stage) });
  },
  pageLabels: ({ pdf, zones }: { pdf: Uint8Array; zones: PageZone[] }) => withPageLabels(pdf, zones),
  warmUp: async (_input: null) => warmUpImport(),
};

export type HeavyTasks = typeof heavyTasks;
