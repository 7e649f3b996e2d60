import { expect } from 'vitest';
import type { ImportResult } from '../../core/import/recognise';
import { importText } from '../../core/import/text-import';
import { type BodyBlock, type FigureBlock, type ReportTree, buildReportTree } from '../../core/report-tree';

/** What a text import recovered: its result, and the outline the seed's tests compare. */
export function textOutline(text: string) {
  const result = importText(text);
  return { result, shape: outlineShape(result) };
}

/** The outline of what an import recovered: headings, case titles, captions, paragraphs. */
export function outlineShape(result: ImportResult) {
  const tree = buildReportTree(result.document);
  return {
    headings: tree.headings.map((h) => `${h.level} ${h.text}`),
    cases: tree.cases.map((c) => c.title),
    figures: tree.figures.map((f) => f.caption),
    paragraphs: tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'case' ? b.body.flatMap((c) => (c.kind === 'paragraph' ? [c.text] : [])) : [])),
  };
}

/** Where the figures stand: the numbers of each row of photos side by side, and of each case's photos. */
export function figureLayout(tree: ReportTree): { rows: number[][]; caseFigures: Record<string, number[]> } {
  const figures = (blocks: readonly BodyBlock[]) =>
    blocks.flatMap((b): FigureBlock[] => (b.kind === 'figure' ? [b] : b.kind === 'figure-row' ? b.figures : []));
  const numbers = (blocks: readonly BodyBlock[]) => figures(blocks).map((f) => f.number);
  const rows = tree.blocks
    .flatMap((b): BodyBlock[] => (b.kind === 'case' ? b.body : b.kind === 'heading' ? [] : [b]))
    .flatMap((b) => (b.kind === 'figure-row' ? [b.figures.map((f) => f.number)] : []));
  return { rows, caseFigures: Object.fromEntries(tree.cases.map((c) => [String(c.number), numbers(c.body)])) };
}

type Shape = ReturnType<typeof outlineShape>;

/**
 * `back` has every heading, case and caption of `clean`, and every paragraph of it whole (white
 * space aside): none cut. One whose last line was exactly full may have been joined to the next
 * (at most `joined` of them), as no line break tells those apart. `same` says what else of the
 * text the PDF changed (spaces it put beside digits, punctuation a layout hung in the margin).
 */
export function expectSameOutline(back: Shape, clean: Shape, joined: number, same: (s: string) => string = (s) => s): void {
  expect(back.headings.map(same)).toEqual(clean.headings.map(same));
  expect(back.cases.map(same)).toEqual(clean.cases.map(same));
  expect(back.figures.map(same)).toEqual(clean.figures.map(same));
  const squeeze = (s: string) => same(s).replace(/\s+/g, '');
  const paragraphs = back.paragraphs.map(squeeze);
  for (const p of clean.paragraphs) expect(paragraphs.some((w) => w.includes(squeeze(p)))).toBe(true);
  expect(clean.paragraphs.length - back.paragraphs.length).toBeLessThanOrEqual(joined);
}
