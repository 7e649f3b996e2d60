import { headingLabel } from '../../core/print/print-html';
import type { HeadingBlock } from '../../core/report-tree';
import { expect } from 'vitest';
import { folioOf, pdfPages, squash } from './pdf-tools';

/** A 目录 entry as printed, and the printed number of the page its heading lands on. */
export interface TocEntryCheck {
  heading: string;
  listed: string | null;
  landed: string | null;
}

/**
 * Each heading's 目录 number, read from the PDF's 目录 pages, beside the folio of the page where the
 * heading is set (the first page after the 目录 holding its label at a line's start).
 */
export function tocEntries(pdf: string, headings: readonly HeadingBlock[]): TocEntryCheck[] {
  const raw = pdfPages(pdf);
  const lines = raw.map((p) => p.split('\n').map(squash));
  const tocStart = lines.findIndex((page) => page.some((l) => l === '目录'));
  let tocEnd = tocStart;
  while (tocEnd + 1 < raw.length && !/^\d+$/.test(folioOf(raw[tocEnd + 1]!) ?? '')) tocEnd += 1;
  const tocLines = lines.slice(tocStart, tocEnd + 1).flat();
  let from = tocEnd + 1;
  return headings.map((h) => {
    const label = squash(headingLabel(h));
    const entry = tocLines.find((l) => l.startsWith(label) && /\d+$/.test(l.slice(label.length)));
    const listed = entry ? (/(\d+)$/.exec(entry.slice(label.length))?.[1] ?? null) : null;
    let landed: string | null = null;
    for (let i = from; i < raw.length; i += 1) {
      if (lines[i]!.some((l) => l.startsWith(label))) {
        landed = folioOf(raw[i]!);
        from = i;
        break;
      }
    }
    return { heading: headingLabel(h), listed, landed };
  });
}

/** The cover without a folio, 前言 and 目录 counting I, II…, the body 1, 2… (as the PDF's page labels). */
export function expectFrontMatterRomanBodyFromOne(pdf: string): void {
  const numbered = pdfPages(pdf)
    .map(folioOf)
    .filter((f) => f !== null);
  const body = numbered.findIndex((f) => /^\d+$/.test(f));
  expect(body, 'pages before the body').toBeGreaterThan(0);
  expect(numbered.slice(0, body)).toEqual(['I', 'II', 'III', 'IV', 'V'].slice(0, body));
  expect(numbered.slice(body)).toEqual(numbered.slice(body).map((_, i) => String(i + 1)));
}
