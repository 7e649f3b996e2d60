import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapWidth } from '../../core/import/line-unwrap';
import { hardWrapped } from './printed-lines';
import { expectSameOutline, textOutline } from './text-outline';

const seed = readFileSync(new URL('../../../shared/seed/changji-2025-report.txt', import.meta.url), 'utf8');

describe('text hard-wrapped at every printed line (copied out of a PDF viewer)', () => {
  const clean = textOutline(seed);

  it.each([76, 60])('is put back into the seed’s paragraphs, headings, cases and figures (%i half-width units a line)', (width) => {
    const wrapped = textOutline(hardWrapped(seed, width));
    expectSameOutline(wrapped.shape, clean.shape, 3);
    expect(wrapped.result.notes.filter((n) => n.kind === 'lines-unwrapped')).toHaveLength(1);
  });

  it('is put back together with page numbers and running headers between its lines too', () => {
    // Every 30th line of the wrapped seed ends a page: the page number, then the next page's running header.
    const lines = hardWrapped(seed, 60).split('\n');
    const paged = lines.flatMap((line, i) => (i > 40 && i % 30 === 0 ? [line, String(i / 30), '昌吉州中等职业教育 质量年度报告'] : [line])).join('\n');
    const withPages = textOutline(paged).shape;
    expect(withPages).toEqual(textOutline(lines.join('\n')).shape);
    expectSameOutline(withPages, clean.shape, 3);
  });

  it('is told from text with a paragraph a line, which is left as it is', () => {
    const lines = seed.split('\n').filter((l) => l.trim());
    expect(wrapWidth(lines.map(displayWidth))).toBeNull();
    expect(wrapWidth(hardWrapped(seed, 76).split('\n').map(displayWidth))).toBeGreaterThanOrEqual(72);
    expect(clean.result.notes.map((n) => n.kind)).not.toContain('lines-unwrapped');
  });
});
