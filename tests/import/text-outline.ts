import { expect } from 'vitest';
import { displayWidth, wrapWidth } from '../../core/import/line-unwrap';
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
    paragraphs: tree.blocks.flatMap((b) =>
      b.kind === 'paragraph'
        ? [b.text]
        : b.kind === 'case'
          ? b.body.flatMap((c) => (c.kind === 'paragraph' ? [c.text] : []))
          : [],
    ),
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
 * space aside): none cut. One whose last line was exactly full may have been joined to the next,
 * as no line break tells those apart: at most `joined` of them, or only those listed (each joined
 * paragraph of `back` is then checked). `same` says what else of the text the PDF changed (spaces
 * it put beside digits, punctuation a layout hung in the margin).
 */
export function expectSameOutline(
  back: Shape,
  clean: Shape,
  joined: number | readonly string[],
  same: (s: string) => string = (s) => s,
): void {
  expect(back.headings.map(same)).toEqual(clean.headings.map(same));
  expect(back.cases.map(same)).toEqual(clean.cases.map(same));
  expect(back.figures.map(same)).toEqual(clean.figures.map(same));
  const squeeze = (s: string) => same(s).replace(/\s+/g, '');
  const paragraphs = back.paragraphs.map(squeeze);
  for (const p of clean.paragraphs) expect(paragraphs.some((w) => w.includes(squeeze(p)))).toBe(true);
  if (typeof joined === 'number') {
    expect(clean.paragraphs.length - back.paragraphs.length).toBeLessThanOrEqual(joined);
    return;
  }
  // Each paragraph joined to the next (all but the last of those one paragraph of `back` holds) was one allowed.
  const joinable = new Set(joined.map(squeeze));
  const wrongly = paragraphs.flatMap((w) =>
    clean.paragraphs
      .map(squeeze)
      .filter((p) => w.includes(p))
      .slice(0, -1),
  );
  expect(wrongly.filter((p) => !joinable.has(p))).toEqual([]);
}

/** A page's number as printed (— 25 —, — II —), a line of its own in copied text. */
const FOLIO = /^\s*—\s*[0-9IVX]+\s*—\s*$/;

/**
 * Those of `paragraphs` (but the last) that end on a full printed line of `copied`, text copied
 * out of a PDF: a line within `slack` (half-width units) of its text's line width, which nothing
 * tells from one going on in the next line. Those may be joined to the paragraph after; any other
 * join is a mistake. A paragraph's end is found by its first and last characters, white space and
 * what `same` drops aside.
 */
export function endingOnFullLines(
  copied: string,
  paragraphs: readonly string[],
  { same = (s: string) => s, slack }: { same?: (s: string) => string; slack: number },
): string[] {
  const lines = copied.split('\n');
  const width = wrapWidth(lines.map(displayWidth));
  if (width === null) return [];
  const squeeze = (s: string) => same(s).replace(/\s+/g, '');
  let text = '';
  const lineAt: number[] = [];
  lines.forEach((line, i) => {
    // A folio (— 25 —) between a paragraph's last lines would part its tail.
    const squeezed = FOLIO.test(line) ? '' : squeeze(line);
    text += squeezed;
    for (let k = 0; k < squeezed.length; k += 1) lineAt.push(i);
  });
  let from = 0;
  return paragraphs.slice(0, -1).filter((p) => {
    // Found by its head, then its tail no nearer than its length: reports repeat their closing
    // phrases (为区域产业发展提供了有力的人才支撑), also inside a paragraph that ends on another.
    const whole = squeeze(p);
    const [head, tail] = [whole.slice(0, 12), whole.slice(-12)];
    const start = text.indexOf(head, from);
    if (start < 0) return false;
    const at = text.indexOf(tail, start + whole.length - tail.length);
    if (at < 0) return false;
    from = at + tail.length;
    return displayWidth(lines[lineAt[from - 1]!]!) >= width - slack;
  });
}
