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

/** A body line's baseline against the line grid of the first body line on its page. */
export interface LineOffset {
  folio: string;
  text: string;
  /** How far off the nearest grid line, in mm. */
  offMm: number;
  /** Below something else on its page (a photo, caption, table or heading). */
  afterOther: boolean;
}

/**
 * Every body line's distance from its page's line grid. Body lines: the commonest text height
 * (a heading's face sits its glyphs differently; captions and table text are smaller), starting
 * on one of the body's character columns (text in a case frame starts 4 mm in and sits a little
 * off the grid; the frame as a whole takes whole lines).
 */
export function bodyLineOffsets(pages: readonly BodyPage[], t: PrintTemplate): LineOffset[] {
  const body = Number(mode(pages.flatMap((p) => p.lines.flat()).map((w) => (w.yMax - w.yMin).toFixed(1))));
  const linePitch = (297 - t.margin.top - t.margin.bottom) / t.linesPerPage;
  const columnPitch = (210 - t.margin.left - t.margin.right) / (t.charsPerLine ?? 1);
  const left = t.margin.left * PT_PER_MM;
  const onBodyColumn = (line: readonly WordBox[]) => {
    const chars = (line[0]!.xMin - left) / PT_PER_MM / columnPitch;
    return Math.abs(chars - Math.round(chars)) * columnPitch < 0.5;
  };
  const isBody = (line: readonly WordBox[]) =>
    Math.abs(line[0]!.yMax - line[0]!.yMin - body) < 0.1 && onBodyColumn(line);
  return pages.flatMap((page) => {
    const first = page.lines.find(isBody);
    return page.lines.flatMap((line, k) => {
      if (!first || !isBody(line)) return [];
      const slot = (line[0]!.yMax - first[0]!.yMax) / PT_PER_MM / linePitch;
      return [
        {
          folio: page.folio,
          text: lineText(line),
          offMm: Math.abs(slot - Math.round(slot)) * linePitch,
          afterOther: page.lines.slice(0, k).some((l) => !isBody(l)),
        },
      ];
    });
  });
}

function mode(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
