import { readFile } from 'node:fs/promises';
import { ReportError } from '../../core/errors';
import { pdfBlocks } from '../../core/import/pdf-blocks';
import { type ImportResult, recognise } from '../../core/import/recognise';
import type { AddPhoto } from './docx-blocks';
import { readPdfPages } from './pdf-reader';

/** Fewer characters than this per page, on average, is a scan (pictures of pages), not a PDF with text. */
const MIN_CHARS_PER_PAGE = 20;

/**
 * A PDF with text (last year's published report) → a report document: pages read with their
 * positions (pdf-reader.ts), laid out into paragraphs, pictures and case boxes
 * (core/import/pdf-blocks.ts), then recognised as every source is. A scan is refused.
 */
export async function importPdfBytes(bytes: Uint8Array, addPhoto: AddPhoto): Promise<ImportResult> {
  if (!Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-'))
    throw new ReportError('IMPORT_PDF_DAMAGED', 'not a PDF: no %PDF- header');
  const pages = await readPdfPages(bytes, addPhoto);
  const chars = pages.reduce((n, p) => n + p.pieces.reduce((m, piece) => m + piece.text.trim().length, 0), 0);
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.length))
    throw new ReportError(
      'IMPORT_PDF_SCANNED',
      `a scan: ${chars} characters of text on ${pages.length} pages (no OCR here)`,
    );
  const { blocks, notes } = pdfBlocks(pages);
  const result = recognise(blocks, { repairText: false });
  return { ...result, notes: [...notes, ...result.notes] };
}

export async function importPdfFile(path: string, addPhoto: AddPhoto): Promise<ImportResult> {
  return importPdfBytes(new Uint8Array(await readFile(path)), addPhoto);
}
