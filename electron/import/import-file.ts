import { open, readFile, stat } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { foldNotes, note } from '../../core/import/import-notes';
import { linkedPictureNote } from '../../core/import/linked-pictures';
import { type ImportResult, recognise } from '../../core/import/recognise';
import { markdownBlocks } from '../../core/import/markdown-blocks';
import { runsText } from '../../core/import/inline-runs';
import { checkPhotos } from '../../core/import/report-size';
import { joinPageSeams, pdfConversion } from '../../core/import/pdf-conversion';
import type { SourceBlock } from '../../core/import/source-blocks';
import { importMarkdown, importText } from '../../core/import/text-import';
import { type DocxOptions, type AddPhoto, docxBlocks } from './docx-blocks';
import { readMarkdownImages } from './markdown-images';
import { decodeText } from './text-decode';
import { type OfficeSearch, findSoffice, withDocxFromOffice } from './office-convert';
import { importPdfFile } from './pdf-import';
import { ZipArchive } from './zip-archive';
import { FileBytes, type ZipBytes } from './zip-bytes';

export const MAX_DOCX_BYTES = 200 * 1024 * 1024;
export const MAX_TEXT_BYTES = 20 * 1024 * 1024;
export const MAX_PDF_BYTES = 200 * 1024 * 1024;
export const importExtensions = ['.docx', '.pdf', '.doc', '.wps', '.txt', '.md'] as const;
/** Word 97–2003 and WPS files: imported through LibreOffice where it is installed. */
const LEGACY_EXTENSIONS = ['.doc', '.wps'];

export interface FileImport extends ImportResult {
  format: 'docx' | 'pdf' | 'legacy-word' | 'text' | 'markdown';
  /** How a text file was decoded (GB18030 for older Windows files). */
  encoding?: string;
}

/**
 * `parallelism`: photos stored at once during the import; `onPhotos` tells a waiting user how
 * far it is; `officeSearch`: where LibreOffice is looked for (tests point it at an empty PATH).
 */
export type ImportOptions = DocxOptions & { officeSearch?: OfficeSearch };

/**
 * Reads a .docx, .pdf, .doc/.wps (through LibreOffice), .txt or .md file into a report document;
 * photos go to `addPhoto`. Throws ReportError.
 */
export async function importFile(path: string, addPhoto: AddPhoto, options: ImportOptions = {}): Promise<FileImport> {
  const ext = extname(path).toLowerCase();
  if (!(importExtensions as readonly string[]).includes(ext)) throw new ReportError('IMPORT_UNSUPPORTED', ext || path);
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new ReportError(code === 'ENOENT' ? 'NOT_FOUND' : 'IO', (err as Error).message);
  }
  if (size === 0) throw new ReportError('IMPORT_EMPTY', path);
  const [limit, tooLarge] = sizeLimit(ext);
  if (size > limit) throw new ReportError(tooLarge, `${size} bytes > ${limit}`);
  if (ext === '.docx') return { ...withFoldedNotes(await importDocxFile(path, addPhoto, options)), format: 'docx' };
  if (ext === '.pdf') return { ...withFoldedNotes(await importPdfFile(path, addPhoto)), format: 'pdf' };
  if (LEGACY_EXTENSIONS.includes(ext))
    return { ...withFoldedNotes(await importLegacyWord(path, addPhoto, options)), format: 'legacy-word' };
  const { text, encoding } = decodeText(await readFile(path));
  if (ext !== '.md') return { ...importTextContent(text, path), encoding };
  // Its pictures are files beside it, read in before the structure is recognised: not one if there are too many.
  const markdown = markdownBlocks(someText(text, path));
  checkPhotos(new Set(markdown.blocks.flatMap((block) => (block.kind === 'images' ? (block.links ?? []) : []))).size);
  const blocks = await readMarkdownImages(markdown.blocks, dirname(path), addPhoto);
  return { ...withFoldedNotes(importMarkdown({ ...markdown, blocks })), format: 'markdown', encoding };
}

function sizeLimit(ext: string): [number, 'IMPORT_DOCX_TOO_LARGE' | 'IMPORT_PDF_TOO_LARGE' | 'IMPORT_TEXT_TOO_LARGE'] {
  if (ext === '.pdf') return [MAX_PDF_BYTES, 'IMPORT_PDF_TOO_LARGE'];
  return ext === '.docx' || LEGACY_EXTENSIONS.includes(ext)
    ? [MAX_DOCX_BYTES, 'IMPORT_DOCX_TOO_LARGE']
    : [MAX_TEXT_BYTES, 'IMPORT_TEXT_TOO_LARGE'];
}

/**
 * A .doc or .wps, converted to .docx by LibreOffice and imported as one. Its photos are all
 * stored now: the converted file is gone once the import returns, so none can be read later.
 */
async function importLegacyWord(
  path: string,
  addPhoto: AddPhoto,
  { officeSearch, later: _later, ...options }: ImportOptions,
): Promise<ImportResult> {
  const head = Buffer.alloc(64);
  const file = await open(path, 'r');
  try {
    await file.read(head, 0, head.length, 0);
  } finally {
    await file.close();
  }
  if (!isWordFile(head))
    throw new ReportError(
      'IMPORT_LEGACY_DAMAGED',
      `${extname(path)} without the signature of an OLE, RTF, HTML or zip file`,
    );
  const soffice = findSoffice(officeSearch);
  if (!soffice)
    throw new ReportError(
      'IMPORT_LEGACY_NO_OFFICE',
      `${extname(path)} needs LibreOffice (soffice), which was not found`,
    );
  const result = await withDocxFromOffice(path, soffice, (docx) => importDocxFile(docx, addPhoto, options));
  return { ...result, notes: [note('converted-from-legacy-word', '', extname(path).toLowerCase()), ...result.notes] };
}

/**
 * What Word and WPS save under .doc or .wps: their OLE compound file, and also RTF, a web page
 * (HTML, MHT) or a .docx given the old name. LibreOffice would read anything else as plain text.
 */
function isWordFile(head: Buffer): boolean {
  if (head.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE) || head.readUInt32LE(0) === 0x04034b50) return true;
  const text = head
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart();
  return text.startsWith('{\\rtf') || text.startsWith('<') || /^MIME-Version:/i.test(text);
}

/** Plain text read from a file, or pasted in (out of a PDF, a web page): `source` names it in an error. */
export function importTextContent(text: string, source = 'pasted text'): FileImport {
  return { ...withFoldedNotes(importText(someText(text, source))), format: 'text' };
}

/** An import's notes, as many of each kind as a report keeps (foldNotes): every import ends here once. */
function withFoldedNotes(result: ImportResult): ImportResult {
  return { ...result, notes: foldNotes(result.notes) };
}

/** `text`, unless it is empty or white space only: then there is nothing to import from `source`. */
function someText(text: string, source: string): string {
  if (text.trim() === '') throw new ReportError('IMPORT_EMPTY', source);
  return text;
}

/** A .docx read where needed, not whole: its photos, most of its bytes, are read after the report opens. */
async function importDocxFile(path: string, addPhoto: AddPhoto, options: ImportOptions): Promise<ImportResult> {
  let file: FileBytes;
  try {
    file = FileBytes.open(path);
  } catch (err) {
    throw new ReportError('IO', (err as Error).message);
  }
  try {
    return await importDocxBytes(file, addPhoto, options);
  } finally {
    file.close();
  }
}

export async function importDocxBytes(
  bytes: ZipBytes,
  addPhoto: AddPhoto,
  options: ImportOptions = {},
): Promise<ImportResult> {
  // "PK\x03\x04": every .docx is a zip; anything else was renamed, or is one of Word's OLE files.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw notADocx(bytes.subarray(0, bytes.length));
  const archive = ZipArchive.open(bytes);
  const { blocks, inlinedNotes, counts, styledNumbering, linked, unreadableParts, textSalvaged, unwrapped } =
    await docxBlocks(archive, addPhoto, options);
  // A .docx converted from a PDF, or holding text pasted out of one, has the PDF's page ends in it.
  const pdf = pdfConversion(blocks);
  // Where a PDF's text is only pasted in, the rest is its Word author's: only its seams are joined.
  const source = pdf.pdfText === 'pasted-in-part' ? joinPageSeams(blocks, pdf.seams) : { blocks, notes: [] };
  const recognised = recognise(source.blocks, { repairText: pdf.pdfText === 'converted' || pdf.pdfText === 'pasted' });
  // Typed numbers say the source's style; where none were typed, Word's own heading numbering may.
  const result =
    recognised.numbering.headings === null && styledNumbering
      ? { ...recognised, numbering: { ...recognised.numbering, ...styledNumbering } }
      : recognised;
  const docxNotes = [
    ...inlinedNotes.map((text) => note('footnote-inlined', text)),
    ...linked.map((link) => linkedPictureNote('image-linked', blocks, link)),
    ...(counts.charts ? [note('charts-not-imported', '', String(counts.charts))] : []),
    ...(counts.revisions ? [note('revisions-accepted', '', String(counts.revisions))] : []),
    ...(counts.comments ? [note('comments-left-out', '', String(counts.comments))] : []),
    ...(counts.picturesMissed ? [note('pictures-not-imported', '', String(counts.picturesMissed))] : []),
    ...(counts.hiddenRuns ? [note('hidden-text-left-out', '', String(counts.hiddenRuns))] : []),
    ...(counts.equations ? [note('equations-left-out', '', String(counts.equations))] : []),
    ...(counts.symbols ? [note('symbols-left-out', '', String(counts.symbols))] : []),
    ...(counts.signatures ? [note('signatures-left-out', '', String(counts.signatures))] : []),
  ];
  // What was wrong with the file itself comes first: it says why the notes after it follow.
  const damage = [
    ...(textSalvaged
      ? [note(textSalvaged === 'cut' ? 'docx-text-cut' : 'docx-text-damaged', lastParagraph(blocks))]
      : []),
    ...(archive.partial && textSalvaged !== 'cut' ? [note('docx-incomplete', '')] : []),
    ...(unreadableParts.length
      ? [
          note(
            'docx-parts-unreadable',
            '',
            unreadableParts.map((part) => zh.importing.sideParts[part] ?? part).join('、'),
          ),
        ]
      : []),
    ...(counts.picturesNotFound ? [note('pictures-not-found', '', String(counts.picturesNotFound))] : []),
    ...(counts.brokenListLinks ? [note('list-style-missing', '', String(counts.brokenListLinks))] : []),
  ];
  // That it holds a PDF's text says why the notes on the PDF's page ends follow.
  const fromPdf = pdf.pdfText
    ? [note(PDF_NOTES[pdf.pdfText], pdf.example ?? '', String(pdf.cuts)), ...source.notes]
    : [];
  const unwrappedNote = unwrapped.example ? [note('lines-unwrapped', unwrapped.example, String(unwrapped.joined))] : [];
  return { ...result, notes: [...damage, ...fromPdf, ...unwrappedNote, ...result.notes, ...docxNotes] };
}

const PDF_NOTES = {
  converted: 'converted-from-pdf',
  pasted: 'pasted-from-pdf',
  'pasted-in-part': 'pasted-from-pdf-in-part',
} as const;

/** The text of the last paragraph among `blocks`: where a file cut short in its text stops. */
function lastParagraph(blocks: readonly SourceBlock[]): string {
  const last = blocks.findLast((block) => block.kind === 'para');
  return last ? runsText(last.runs) : '';
}

/** The OLE compound file signature: Word 97–2003 documents, and .docx files saved with a password. */
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** The stream a password-protected .docx keeps its encrypted zip in, named in UTF-16 in the OLE directory. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Why a .docx is not a zip, in the terms its user can act on. */
function notADocx(bytes: Buffer): ReportError {
  if (!bytes.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE))
    return new ReportError('IMPORT_NOT_DOCX', 'no zip signature');
  if (bytes.includes(ENCRYPTED_PACKAGE))
    return new ReportError('IMPORT_ENCRYPTED', 'OLE file with an EncryptedPackage stream');
  return new ReportError('IMPORT_OLD_DOC', 'OLE compound file');
}
