import { basename, extname } from 'node:path';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { type ImportNote, appendNotes } from '../../core/import/import-notes';
import { notesAbout } from '../../core/import/note-places';
import { checkReportSize, documentSize, sizeWith } from '../../core/import/report-size';
import type { ReportMetaInput } from '../../core/report-meta';
import { zh } from '../../core/zh';
import { referencedAssets } from '../assets/asset-gc';
import type { StoredAsset } from '../store/assets';
import type { PhotoToRead } from '../store/photos-to-read';
import { ReportFile } from '../store/report-file';
import { importTextInBackground, readImportInBackground } from '../background/heavy-work';
import type { FileImport, ImportOptions } from './import-file';

/** How a file is read for import: photos stored at once, and how far that is (a waiting user is told). */
export type ReadOptions = Pick<ImportOptions, 'parallelism' | 'onPhotos'>;

export interface ImportedReport {
  file: ReportFile;
  result: FileImport;
}

/**
 * Imports `input` into a new report at `output`. Everything is read first (in a background
 * worker: readImportFile), and the report is
 * built with its document and photos in one go (ReportFile.create), so a bad input or a failed
 * write leaves nothing behind. A .docx's JPEG and PNG photos are listed in it to read out of
 * the source once it is open, and photos kept as imported are sized for print: PhotoSizer.
 */
export async function importToNewReport(
  input: string,
  output: string,
  given: Partial<ReportMetaInput>,
  options: ReadOptions & { overwrite?: boolean } = {},
): Promise<ImportedReport> {
  const { result, assets, photosToRead } = await readImportInBackground(input, options);
  const meta = { ...metaFromSource(result, given, basename(input, extname(input))), importNotes: result.notes };
  const shown = shownIn(result.document);
  const content = { document: result.document, assets: assets.filter(shown), photosToRead: photosToRead.filter(shown) };
  const file = await ReportFile.create(output, meta, { overwrite: options.overwrite ?? false, content });
  return { file, result };
}

/**
 * The new report's meta: what the caller gave explicitly wins, then what the source's cover
 * says (title, "(2025年)", issuer, "2025年12月") and how it numbered, then defaults.
 */
export function metaFromSource(
  result: Pick<FileImport, 'cover' | 'numbering'>,
  given: Partial<ReportMetaInput>,
  fileName: string,
): ReportMetaInput {
  const cover = result.cover;
  const issuer = given.issuer ?? cover?.issuer ?? '';
  return {
    // Numbered as the source was: 一、（一） stays Chinese, 图2-3 stays per chapter.
    ...(result.numbering.headings && { headingNumbering: result.numbering.headings }),
    ...(result.numbering.chapters && { chapterLabel: result.numbering.chapters }),
    ...(result.numbering.figures && { figureNumbering: result.numbering.figures }),
    ...(result.numbering.cases && { caseNumbering: result.numbering.cases }),
    ...given,
    title: (given.title ?? cover?.title ?? fileName).slice(0, 200),
    organisation: given.organisation ?? issuer,
    year: given.year ?? cover?.year ?? new Date().getFullYear(),
    kind: given.kind ?? cover?.kind ?? 'school',
    issuer,
    issuedOn: given.issuedOn ?? cover?.issuedOn ?? '',
  };
}

/**
 * 插入文件 and 粘贴文字, first step: a file, or pasted text, read for insertion into the open
 * report. Nothing is written yet: the photos are held here (a .docx's JPEGs and PNGs by their
 * place in it only) until `insertRead` takes the blocks the user chose (all, or some of the
 * cases), so a bad input, or cases not picked, add nothing.
 */
export interface ReadImport {
  /** Top-level document blocks (core/document/nodes.ts shapes). */
  blocks: SerializedNodeJSON[];
  result: FileImport;
  photos: ReadonlyMap<string, StoredAsset>;
  /** A .docx's JPEG and PNG photos, sized from their first bytes, to read out of it once inserted. */
  photosToRead: readonly PhotoToRead[];
}

export async function readForInsert(
  source: { path: string } | { text: string },
  options: ReadOptions = {},
): Promise<ReadImport> {
  const read =
    'path' in source
      ? await readImportInBackground(source.path, options)
      : { result: await importTextInBackground(source.text), assets: [], photosToRead: [] };
  const imported = read.result;
  // The open report keeps its own title: a cover is left out, not used.
  const result = {
    ...imported,
    notes: imported.notes.map((n) => (n.kind === 'cover-moved' ? { ...n, message: zh.importing.coverLeftOut } : n)),
  };
  const photos = new Map(read.assets.map((asset) => [asset.assetKey, asset]));
  return { blocks: result.document.root.children ?? [], result, photos, photosToRead: read.photosToRead };
}

export interface InsertedImport {
  /** The blocks for the editor to insert at the cursor: all that was read, or those picked. */
  blocks: SerializedNodeJSON[];
  /** The notes kept in the report's meta.importNotes: all, or those about the picked blocks. */
  notes: ImportNote[];
}

/**
 * Second step: stores the photos `blocks[pick]` (all blocks without `pick`) show in `file`, or
 * lists them to read out of their source, where PhotoSizer reads them and sizes them for print; and
 * appends the notes about them to its meta.importNotes, where the 体检 panel shows them. The
 * document itself is not written here: the editor inserts the blocks at the cursor and saves
 * as it always does.
 */
export function insertRead(file: ReportFile, read: ReadImport, pick?: readonly number[]): InsertedImport {
  const blocks = pick ? pick.flatMap((i) => read.blocks[i] ?? []) : read.blocks;
  // The report with them in must stay within a report's limits, as an imported one does.
  checkReportSize(sizeWith(documentSize(file.document?.json.root.children ?? []), documentSize(blocks)));
  const notes = pick ? notesAbout(read.result.notes, blocks) : read.result.notes;
  const shown = shownIn(blocks);
  file.putAssets([...read.photos.values()].filter(shown), read.photosToRead.filter(shown));
  if (notes.length) file.updateMeta({ ...file.meta, importNotes: appendNotes(file.meta.importNotes, notes) });
  return { blocks, notes };
}

/** Whether `content` (a document, or blocks) shows a photo: a cover's pictures were left out with it. */
function shownIn(content: unknown): (photo: { assetKey: string }) => boolean {
  const shown = referencedAssets(JSON.stringify(content));
  return (photo) => shown.has(photo.assetKey);
}
