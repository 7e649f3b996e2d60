import { type ReportTree, headingsOf } from './report-tree';
import { countChars } from './text-count';

export interface ReportStats {
  /** Number of headings at levels 1..4. */
  headings: [number, number, number, number];
  cases: number;
  figures: number;
  figuresWithImage: number;
  tables: number;
  /** Non-empty body paragraphs (list items not included). */
  paragraphs: number;
  /** Characters of text, CJK each as one (see countChars). */
  chars: number;
}

export function reportStats(tree: ReportTree): ReportStats {
  const headings: ReportStats['headings'] = [0, 0, 0, 0];
  for (const h of headingsOf(tree)) headings[h.level - 1]! += 1;
  let paragraphs = 0;
  let chars = 0;
  for (const block of tree.blocks) {
    if (block.kind === 'list') {
      for (const item of block.items) chars += countChars(item);
      continue;
    }
    const n = countChars(block.text);
    chars += n;
    if (block.kind === 'paragraph' && n > 0) paragraphs += 1;
  }
  return { headings, cases: 0, figures: 0, figuresWithImage: 0, tables: 0, paragraphs, chars };
}
