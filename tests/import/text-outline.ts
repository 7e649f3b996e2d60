import { expect } from 'vitest';
import { importText } from '../../core/import/text-import';
import { buildReportTree } from '../../core/report-tree';

/** What a text import recovered: its result, and the outline the seed's tests compare. */
export function textOutline(text: string) {
  const result = importText(text);
  const tree = buildReportTree(result.document);
  return {
    result,
    shape: {
      headings: tree.headings.map((h) => `${h.level} ${h.text}`),
      cases: tree.cases.map((c) => c.title),
      figures: tree.figures.map((f) => f.caption),
      paragraphs: tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'case' ? b.body.flatMap((c) => (c.kind === 'paragraph' ? [c.text] : [])) : [])),
    },
  };
}

type Shape = ReturnType<typeof textOutline>['shape'];

/**
 * `back` has every heading, case and caption of `clean`, and every paragraph of it whole (white
 * space aside): none cut. One whose last line was exactly full may have been joined to the next
 * (at most `joined` of them), as no line break tells those apart.
 */
export function expectSameOutline(back: Shape, clean: Shape, joined: number): void {
  expect(back.headings).toEqual(clean.headings);
  expect(back.cases).toEqual(clean.cases);
  expect(back.figures).toEqual(clean.figures);
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const paragraphs = back.paragraphs.map(squeeze);
  for (const p of clean.paragraphs) expect(paragraphs.some((w) => w.includes(squeeze(p)))).toBe(true);
  expect(clean.paragraphs.length - back.paragraphs.length).toBeLessThanOrEqual(joined);
}
