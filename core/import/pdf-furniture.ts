import type { PdfPage, PdfPicture } from './pdf-layout';
import type { PdfLine } from './pdf-lines';
import { PAGE_MARK } from './page-furniture';

/** Lines this near a page's top or foot (as a fraction of its height) may be its header or footer. */
const MARGIN_BAND = 0.12;
/** A line repeated at the same place on this many pages is a running header or footer. */
const MIN_REPEATS = 3;
/** The note names this many of the lines left out. */
const NOTE_EXAMPLES = 4;
const BARE_FOLIO = /^(?:\d{1,4}|[IVXLC]{1,7}|[ivxlc]{1,7})$/;

/**
 * Page numbers and running headers and footers, as printed: lines in a page's top or bottom
 * margin that are a page number ("— 3 —", "第3页", "III"), or that stand at the same place on
 * three pages or more (numbers aside, as "报告 3" and "报告 4" are one). Geometry is the
 * evidence here: a line of the body never stands in the margin of page after page.
 */
export function dropPrintedFurniture(
  pages: readonly PdfLine[][],
  sizes: readonly Pick<PdfPage, 'height'>[],
): { lines: PdfLine[][]; dropped: string[] } {
  const inBand = (line: PdfLine, page: number) => {
    const height = sizes[page]?.height ?? 842;
    return line.y < height * MARGIN_BAND || line.y - line.size > height * (1 - MARGIN_BAND);
  };
  const shape = (line: PdfLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const key = (line: PdfLine) => `${Math.round(line.y / 4)}|${shape(line)}`;
  const repeats = new Map<string, number>();
  pages.forEach((lines, page) => {
    for (const k of new Set(lines.filter((l) => inBand(l, page)).map(key))) repeats.set(k, (repeats.get(k) ?? 0) + 1);
  });
  // Each kind once, as first printed ("— 1 —" stands for all the page numbers).
  const dropped = new Map<string, string>();
  const lines = pages.map((lines, page) =>
    lines.filter((line) => {
      if (!inBand(line, page)) return true;
      const text = line.text.replace(/\s+/g, ' ').trim();
      const furniture =
        PAGE_MARK.test(text.replace(/\s+/g, '')) ||
        BARE_FOLIO.test(text) ||
        (repeats.get(key(line)) ?? 0) >= MIN_REPEATS;
      if (furniture && !dropped.has(shape(line))) dropped.set(shape(line), text);
      return !furniture;
    }),
  );
  return { lines, dropped: [...dropped.values()].slice(0, NOTE_EXAMPLES) };
}

/**
 * One picture standing at the same place in the same size on three pages or more: a logo in the
 * page header, a band along the foot. It is the pages' decoration, not a photo of the report
 * (photos on different pages may well stand at one place, each its own picture).
 */
export function dropRepeatedPictures(pages: readonly PdfPage[]): { pictures: PdfPicture[][]; dropped: number } {
  const key = (p: PdfPicture) =>
    p.image ? `${p.image.assetKey}@${[p.x, p.y, p.width, p.height].map((v) => Math.round(v / 2)).join(',')}` : null;
  const repeats = new Map<string, number>();
  for (const page of pages)
    for (const k of new Set(page.pictures.flatMap((p) => key(p) ?? []))) repeats.set(k, (repeats.get(k) ?? 0) + 1);
  let dropped = 0;
  const pictures = pages.map((page) =>
    page.pictures.filter((p) => {
      const k = key(p);
      const repeated = k !== null && (repeats.get(k) ?? 0) >= MIN_REPEATS;
      if (repeated) dropped += 1;
      return !repeated;
    }),
  );
  return { pictures, dropped };
}
