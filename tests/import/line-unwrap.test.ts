import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapWidth } from '../../core/import/line-unwrap';
import { importText } from '../../core/import/text-import';
import { buildReportTree } from '../../core/report-tree';

const seed = readFileSync(new URL('../../../shared/seed/changji-2025-report.txt', import.meta.url), 'utf8');

/** The seed as a PDF viewer copies it: a line break wherever a printed line ends, `width` half-width units wide. */
function hardWrapped(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let cur = '';
      for (const ch of line) {
        if (displayWidth(cur + ch) > width) [out[out.length], cur] = [cur, ''];
        cur += ch;
      }
      return [...out, cur];
    })
    .join('\n');
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
function shape(text: string) {
  const result = importText(text);
  const tree = buildReportTree(result.document);
  const paragraphs = tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.kind === 'case' ? b.body.flatMap((c) => (c.kind === 'paragraph' ? [c.text] : [])) : []));
  return { result, headings: tree.headings.map((h) => `${h.level} ${h.text}`), cases: tree.cases.map((c) => c.title), figures: tree.figures.map((f) => f.caption), paragraphs };
}

describe('text hard-wrapped at every printed line (copied out of a PDF viewer)', () => {
  const clean = shape(seed);

  it.each([76, 60])('is put back into the seed’s paragraphs, headings, cases and figures (%i half-width units a line)', (width) => {
    const wrapped = shape(hardWrapped(seed, width));
    expect(wrapped.headings).toEqual(clean.headings);
    expect(wrapped.cases).toEqual(clean.cases);
    expect(wrapped.figures).toEqual(clean.figures);
    // No paragraph is split; one whose last line happened to be full may join the next (at most 3 here).
    const joined = wrapped.paragraphs.map(squeeze);
    for (const p of clean.paragraphs) expect(joined.some((w) => w.includes(squeeze(p)))).toBe(true);
    expect(clean.paragraphs.length - wrapped.paragraphs.length).toBeLessThanOrEqual(3);
    expect(wrapped.result.notes.filter((n) => n.kind === 'lines-unwrapped')).toHaveLength(1);
  });

  it('is put back together with page numbers and running headers between its lines too', () => {
    // Every 30th line of the wrapped seed ends a page: the page number, then the next page's running header.
    const lines = hardWrapped(seed, 60).split('\n');
    const paged = lines.flatMap((line, i) => (i > 40 && i % 30 === 0 ? [line, String(i / 30), '昌吉州中等职业教育 质量年度报告'] : [line])).join('\n');
    const withPages = shape(paged);
    const without = shape(lines.join('\n'));
    expect(withPages.headings).toEqual(clean.headings);
    expect(withPages.cases).toEqual(clean.cases);
    expect(withPages.figures).toEqual(clean.figures);
    expect(withPages.paragraphs).toEqual(without.paragraphs);
  });

  it('is told from text with a paragraph a line, which is left as it is', () => {
    const lines = seed.split('\n').filter((l) => l.trim());
    expect(wrapWidth(lines.map(displayWidth))).toBeNull();
    expect(wrapWidth(hardWrapped(seed, 76).split('\n').map(displayWidth))).toBeGreaterThanOrEqual(72);
    expect(clean.result.notes.map((n) => n.kind)).not.toContain('lines-unwrapped');
  });
});
