import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../core/import/line-unwrap';
import { unwrapPastedText } from '../../core/import/pasted-text';
import { syntheticReport } from '../fixtures/synthetic-report';
import { printedLines } from './printed-lines';

const report = syntheticReport().text;
const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Paragraphs hard-wrapped at a printed line's width, as a PDF viewer copies them. */
const wrapped = (paragraphs: readonly string[], width: number) =>
  paragraphs.flatMap((p) => printedLines(p, width)).join('\n');

describe('text pasted (Ctrl+V) out of a PDF viewer', () => {
  // A paragraph whose last printed line is full cannot be told from one going on in the next: none such here.
  const lastLineShort = (p: string) => displayWidth(printedLines(p, 68).at(-1)!) < 68 - 4;
  const paragraphs = report
    .split('\n')
    .filter((l) => l.length > 120 && /。$/.test(l) && lastLineShort(l))
    .slice(0, 4);

  it('comes back as its paragraphs, the printed lines joined', () => {
    expect(paragraphs).toHaveLength(4);
    // A space where a printed line broke is lost, in any PDF copy.
    expect(unwrapPastedText(wrapped(paragraphs, 68))?.map(squeeze)).toEqual(paragraphs.map(squeeze));
  });

  it('is repaired on the way (look-alikes), and left to paste as it is when there is nothing to repair', () => {
    expect(unwrapPastedText(wrapped(paragraphs, 68).replace(/一/g, '⼀'))?.map(squeeze)).toEqual(
      paragraphs.map(squeeze),
    );
    expect(unwrapPastedText(paragraphs.join('\n'))).toBeNull();
    expect(unwrapPastedText('学校现有在校生3200人。')).toBeNull();
  });
});
