import type { PrintTemplate } from '../../core/print/templates';
import { type WordBox, pdfWordBoxes, textLines } from './pdf-boxes';
import { folioOf, pdfPages } from './pdf-tools';

export const PT_PER_MM = 72 / 25.4;

/** A body page's text lines inside the type area, and its printed number. */
export interface BodyPage {
  folio: string;
  lines: WordBox[][];
}

/** The pages numbered 1, 2… (not the cover, 前言 or 目录) and their lines inside the type area. */
export function bodyPages(pdf: string, t: PrintTemplate): BodyPage[] {
  const texts = pdfPages(pdf);
  const top = t.margin.top * PT_PER_MM;
  const bottom = (297 - t.margin.bottom) * PT_PER_MM;
  return pdfWordBoxes(pdf)
    .map((words, i) => ({
      lines: textLines(words.filter((w) => w.yMax > top && w.yMax <= bottom)),
      folio: folioOf(texts[i]!) ?? '',
    }))
    .filter((p) => /^\d+$/.test(p.folio) && p.lines.length > 0);
}

/** Pages whose last text line sits within half a line of the type area's foot. */
export function fullPages(pages: readonly BodyPage[], t: PrintTemplate): BodyPage[] {
  const bottom = (297 - t.margin.bottom) * PT_PER_MM;
  const pitch = (297 - t.margin.top - t.margin.bottom) / t.linesPerPage;
  return pages.filter((p) => bottom - p.lines.at(-1)![0]!.yMax < 0.5 * pitch * PT_PER_MM);
}

/** A paragraph's middle lines: they start at the left margin, as the line after them does. */
export function middleLines(pages: readonly BodyPage[], t: PrintTemplate): WordBox[][] {
  const left = t.margin.left * PT_PER_MM;
  const atLeft = (line: readonly WordBox[]) => Math.abs(line[0]!.xMin - left) < 1;
  return pages.flatMap((p) =>
    p.lines.filter((line, i) => atLeft(line) && i + 1 < p.lines.length && atLeft(p.lines[i + 1]!)),
  );
}

export const lineText = (line: readonly WordBox[]) => line.map((w) => w.text).join('');

/** Baseline to baseline of neighbouring lines set in one font, in mm. */
export function linePitches(page: BodyPage): number[] {
  const lines = page.lines.map((l) => ({ bottom: l[0]!.yMax, height: l[0]!.yMax - l[0]!.yMin }));
  return lines
    .slice(1)
    .flatMap((line, i) =>
      Math.abs(line.height - lines[i]!.height) > 0.1 ? [] : [(line.bottom - lines[i]!.bottom) / PT_PER_MM],
    );
}

/** From a full line's first glyph's left edge to its last one's right: (n − 1) pitches and one glyph, in mm. */
export function charPitch(line: readonly WordBox[], glyphPt: number): number {
  const n = [...lineText(line)].length;
  return (line.at(-1)!.xMax - line[0]!.xMin - glyphPt) / (n - 1) / PT_PER_MM;
}
