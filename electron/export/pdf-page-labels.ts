import { PDFDocument, PDFHexString, PDFName, PDFNumber } from 'pdf-lib';
import type { PageZone } from '../../core/print/paged-script';
import { zh } from '../../core/zh';

/**
 * Gives the PDF page labels that match its printed numbers (the cover named 封面, front
 * matter I, II…, the body from 1), so a viewer's page box and "go to page" use the numbers
 * the reader sees. Chromium writes none. Objects are kept uncompressed, as Chromium wrote them.
 * This is the slow way (pdf-lib reads and writes the whole file); appendPageLabels is tried first.
 */
export async function withPageLabels(pdf: Uint8Array, zones: readonly PageZone[]): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const ranges = zoneStarts(zones);
  if (ranges.length === 0) return pdf;
  const nums = ranges.flatMap(({ start, zone }) => [PDFNumber.of(start), doc.context.obj(labelStyle(zone))]);
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/**
 * The same labels as an incremental update (PDF 32000-1 §7.5.6): the catalog written again
 * with /PageLabels after the untouched file, with its own xref section and trailer. A few
 * milliseconds instead of parsing and re-serialising megabytes. Null when the file is not laid
 * out as Chromium writes it (a classic xref table, the catalog a plain dictionary without labels),
 * so the caller falls back to withPageLabels.
 */
export function appendPageLabels(pdf: Uint8Array, zones: readonly PageZone[]): Uint8Array | null {
  const ranges = zoneStarts(zones);
  if (ranges.length === 0) return pdf;
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const end = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!end) return null;
  const xrefAt = Number(end[1]);
  if (!text.startsWith('xref', xrefAt)) return null;
  const trailerAt = text.indexOf('trailer', xrefAt);
  const trailer = trailerAt < 0 ? null : /^trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(trailerAt));
  const root = trailer && /\/Root\s+(\d+)\s+(\d+)\s+R/.exec(trailer[1]!);
  if (!trailer || !root) return null;
  const [number, generation] = [Number(root[1]), Number(root[2])];
  const catalogAt = objectOffset(text.slice(xrefAt, trailerAt), number);
  if (catalogAt === null) return null;
  const catalog = new RegExp(`^${number}\\s+${generation}\\s+obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(
    text.slice(catalogAt, catalogAt + 64 * 1024),
  );
  if (!catalog || /\/PageLabels\b/.test(catalog[1]!)) return null;

  const nums = ranges.map(({ start, zone }) => `${start} ${labelText(zone)}`).join(' ');
  const object = `${number} ${generation} obj\n<< /PageLabels << /Nums [${nums}] >>${catalog[1]}>>\nendobj\n`;
  const objectAt = pdf.byteLength + 1;
  const newXrefAt = objectAt + object.length;
  const entry = `${String(objectAt).padStart(10, '0')} ${String(generation).padStart(5, '0')} n \n`;
  const oldTrailer = trailer[1]!.replace(/\/Prev\s+\d+/, '');
  const update =
    `\n${object}xref\n${number} 1\n${entry}` +
    `trailer\n<<${oldTrailer}/Prev ${xrefAt}\n>>\nstartxref\n${newXrefAt}\n%%EOF\n`;
  const out = new Uint8Array(pdf.byteLength + update.length);
  out.set(pdf);
  out.set(Buffer.from(update, 'latin1'), pdf.byteLength);
  return out;
}

/** Where object `number` starts, from a classic xref table's subsections (null when free or absent). */
function objectOffset(table: string, number: number): number | null {
  const lines = table.split(/\r?\n|\r/).slice(1);
  for (let i = 0; i < lines.length; ) {
    const head = /^(\d+)\s+(\d+)\s*$/.exec(lines[i]!.trim());
    if (!head) return null;
    const [first, count] = [Number(head[1]), Number(head[2])];
    if (number >= first && number < first + count) {
      const entry = /^(\d{10})\s+\d{5}\s+n/.exec(lines[i + 1 + number - first] ?? '');
      return entry ? Number(entry[1]) : null;
    }
    i += 1 + count;
  }
  return null;
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

/** labelStyle as PDF source text, for the incremental update. */
function labelText(zone: PageZone): string {
  const style = labelStyle(zone);
  return `<<${Object.entries(style)
    .map(([key, value]) => ` /${key} ${value.toString()}`)
    .join('')} >>`;
}
