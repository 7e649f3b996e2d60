import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import type { PageZone } from '../../core/print/paged-script';
import { zh } from '../../core/zh';

/**
 * Gives the PDF page labels that match its printed numbers (the cover named 封面, front
 * matter I, II…, the body from 1), so a viewer's page box and "go to page" use the numbers
 * the reader sees. Chromium writes none. Objects are kept uncompressed, as Chromium wrote them.
 */
export async function withPageLabels(pdf: Uint8Array, zones: readonly PageZone[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const ranges = zoneStarts(zones);
  if (ranges.length === 0) return pdf;
  const nums = ranges.flatMap(({ start, zone }) => [PDFNumber.of(start), doc.context.obj(labelStyle(zone))]);
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/** Where each run of pages of one zone starts (0-based page index). */
export function zoneStarts(zones: readonly PageZone[]): { start: number; zone: PageZone }[] {
  return zones.flatMap((zone, start) => (start === 0 || zones[start - 1] !== zone ? [{ start, zone }] : []));
}

function labelStyle(zone: PageZone): Record<string, PDFName | PDFHexString> {
  // A name and no number, as the printed cover carries none.
  if (zone === 'cover') return { P: PDFHexString.fromText(zh.print.coverLabel) };
  return { S: PDFName.of(zone === 'front' ? 'R' : 'D') };
}
