import { expect } from 'vitest';
import type { EditorStateJSON } from '../../core/document/editor-json';
import { type ReportTree, buildReportTree } from '../../core/report-tree';

/**
 * What a reader sees of a report's structure: headings per level, cases, figures with and without a photo, its
 * characters.
 */
export function pdfOutline(tree: ReportTree) {
  const bodies = tree.blocks.flatMap((b) => (b.kind === 'case' ? b.body : [b]));
  const texts = [
    ...tree.headings.map((h) => h.text),
    ...tree.cases.map((c) => c.title),
    ...tree.figures.map((f) => f.caption),
    ...bodies.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items.map((i) => i.text) : [])),
  ];
  return {
    headingsPerLevel: [1, 2, 3, 4].map((level) => tree.headings.filter((h) => h.level === level).length),
    headings: tree.headings.map((h) => `${h.level} ${h.text}`),
    cases: tree.cases.map((c) => c.title),
    figures: tree.figures.map((f) => f.caption),
    photos: tree.figures.filter((f) => f.image !== null).length,
    rows: bodies.filter((b) => b.kind === 'figure-row').length,
    /** Characters of text, white space aside (a PDF keeps no trace of a space typed at a line's end). */
    chars: texts.join('').replace(/\s/g, '').length,
  };
}

/** Whether `a` is within `share` (0.01: 1%) of `b`. */
export const within = (a: number, b: number, share: number) => Math.abs(a - b) <= b * share;

/**
 * A text as it reads back out of a PDF: a space typed between Latin and Chinese (2024 年, as
 * the seed has it, copied out of a PDF itself) prints as the room autospacing leaves there,
 * and reads back as autospacing, without it (core/import/pdf-lines.ts).
 */
const autospaced = (text: string) =>
  text.replace(/(?<=[A-Za-z0-9]) (?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff]) (?=[A-Za-z0-9])/g, '');

/**
 * A report printed to PDF and imported back (`back`) has the printed one's structure: its
 * headings at their levels, its cases, its figures each with a photo, in rows as they were, and
 * its text within 1%. Returns the printed one's outline, for the caller's own counts.
 */
export function expectPrintedStructure(back: EditorStateJSON, printed: EditorStateJSON): ReturnType<typeof pdfOutline> {
  const before = pdfOutline(buildReportTree(printed));
  const after = pdfOutline(buildReportTree(back));
  expect(after.headingsPerLevel).toEqual(before.headingsPerLevel);
  // "2 规模和结构": the level, then the heading's text.
  expect(after.headings).toEqual(before.headings.map((h) => h.replace(/(?<=^\d )(.*)$/, autospaced)));
  expect(after.cases).toEqual(before.cases.map(autospaced));
  expect(after.figures).toEqual(before.figures.map(autospaced));
  expect(after.photos).toBe(before.figures.length);
  expect(after.rows).toBe(before.rows);
  expect(within(after.chars, before.chars, 0.01), `${after.chars} characters back of ${before.chars}`).toBe(true);
  return before;
}
