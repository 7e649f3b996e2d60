import { describe, expect, it } from 'vitest';
import { importText } from '../../core/import/text-import';
import { type BodyBlock, buildReportTree } from '../../core/report-tree';
import { syntheticReport } from '../fixtures/synthetic-report';
import { figureLayout } from './text-outline';

const perLevel = (headings: readonly { level: number }[]) =>
  [1, 2, 3].map((l) => headings.filter((h) => h.level === l).length);

describe('the synthetic report (tests/fixtures/synthetic-report.ts)', () => {
  it('has the seed’s shape: 9 chapters, 25 sections, 13 subsections, 24 cases, 53 figures, 30,000 characters', () => {
    const { outline, text, pageBreaks } = syntheticReport();
    expect(perLevel(outline.headings)).toEqual([9, 25, 13]);
    expect(outline.cases).toHaveLength(24);
    expect(outline.figures).toHaveLength(53);
    expect(outline.figureRows.length).toBeGreaterThanOrEqual(5);
    expect(text.length).toBeGreaterThan(28_000);
    expect([...text].filter((ch) => /[\u4e00-\u9fff]/.test(ch)).length).toBeGreaterThan(25_000);
    expect(pageBreaks.length).toBeGreaterThan(30);
    expect(syntheticReport().text).toBe(text);
  });
});

describe.each(['chinese', 'decimal'] as const)('import of the synthetic report, %s heading numbers', (numbering) => {
  const report = syntheticReport(numbering);
  const { outline } = report;
  const result = importText(report.text);
  const tree = buildReportTree(result.document);
  const bodyOf = (blocks: readonly BodyBlock[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

  it('recovers every heading at its level, in order, without its typed number or full stop', () => {
    expect(tree.headings.map((h) => ({ level: h.level, text: h.text }))).toEqual(outline.headings);
    expect(perLevel(tree.headings)).toEqual([9, 25, 13]);
  });

  it('finds the 24 cases with their titles, and the 53 captions as figures waiting for their photos', () => {
    expect(tree.cases.map((c) => c.title)).toEqual(outline.cases);
    expect(tree.figures.map((f) => f.caption)).toEqual(outline.figures);
    expect(tree.figures.every((f) => f.image === null)).toBe(true);
  });

  it('puts captions typed on one line into figure rows, and each case’s photos and text in its case', () => {
    expect(figureLayout(tree)).toEqual({ rows: outline.figureRows, caseFigures: outline.caseFigures });
    const paragraphsOf = Object.fromEntries(tree.cases.map((c) => [String(c.number), bodyOf(c.body).length]));
    expect(paragraphsOf).toEqual(outline.caseParagraphs);
  });

  it('gives back every paragraph whole, each cut by a page end joined again, and numbered items as lists', () => {
    const paragraphs = tree.blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b.text] : b.kind === 'case' ? bodyOf(b.body) : [],
    );
    expect(paragraphs).toEqual(outline.paragraphs);
    expect(tree.blocks.filter((b) => b.kind === 'list').map((l) => l.items.length)).toEqual(outline.lists);
  });

  it('notes what it repaired and the source’s own slips, each kind as often as the text has it', () => {
    const counts: Record<string, number> = {};
    for (const n of result.notes) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
    expect(counts).toEqual(report.notes);
    const texts = (kind: string) => result.notes.filter((n) => n.kind === kind).map((n) => n.text);
    expect(texts('heading-number-duplicate')).toEqual([report.repeatedHeadingLine]);
    expect(texts('case-label-non-standard')).toEqual([report.nonStandardCaseLine]);
    expect(result.title).toBe(report.coverInfo.title);
    expect(result.cover).toEqual(report.coverInfo);
    expect(result.numbering.headings).toBe(numbering);
  });
});
