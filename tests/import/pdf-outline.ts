import type { ReportTree } from '../../core/report-tree';

/** What a reader sees of a report's structure: headings per level, cases, figures with and without a photo, its characters. */
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
