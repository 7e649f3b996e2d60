import { describe, expect, it } from 'vitest';
import { displayWidth, wrapWidth } from '../../core/import/line-unwrap';
import { syntheticReport } from '../fixtures/synthetic-report';
import { hardWrapped, withPageEnds } from './printed-lines';
import { expectSameOutline, textOutline } from './text-outline';

const numberings = ['chinese', 'decimal'] as const;

describe.each(numberings)(
  'text hard-wrapped at every printed line (copied out of a PDF viewer), %s numbers',
  (numbering) => {
    const report = syntheticReport(numbering);
    const clean = textOutline(report.text);

    it.each([76, 60])(
      'is put back into the report’s paragraphs, headings, cases and figures (%i units a line)',
      (width) => {
        const wrapped = textOutline(hardWrapped(report.text, width));
        expectSameOutline(wrapped.shape, clean.shape, 3);
        expect(wrapped.result.notes.filter((n) => n.kind === 'lines-unwrapped')).toHaveLength(1);
      },
    );

    it('is put back together with page numbers and running headers between its lines too', () => {
      // About every 30th line of the wrapped report ends a page: the page number, then the next page's running header.
      const lines = hardWrapped(report.text, 60).split('\n');
      const paged = withPageEnds(lines, { every: 30, from: 40, furniture: (n) => [String(n), report.cover[0]!] }).join(
        '\n',
      );
      const withPages = textOutline(paged).shape;
      expect(withPages).toEqual(textOutline(lines.join('\n')).shape);
      expectSameOutline(withPages, clean.shape, 3);
    });

    it('is told from text with a paragraph a line, which is left as it is', () => {
      const lines = report.text.split('\n').filter((l) => l.trim());
      expect(wrapWidth(lines.map(displayWidth))).toBeNull();
      expect(wrapWidth(hardWrapped(report.text, 76).split('\n').map(displayWidth))).toBeGreaterThanOrEqual(72);
      expect(clean.result.notes.map((n) => n.kind)).not.toContain('lines-unwrapped');
    });
  },
);
