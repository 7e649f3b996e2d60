import { type EditorStateJSON, emptyDocument } from './document/editor-json';
import { type ReportTree, type ReportTreeOptions, allBlocks, buildReportTree } from './report-tree';
import { countChars } from './text-count';

export interface ReportStats {
  /** Number of headings at levels 1..4. */
  headings: [number, number, number, number];
  cases: number;
  figures: number;
  figuresWithImage: number;
  tables: number;
  /** Non-empty body paragraphs, in cases too (list items and captions not included). */
  paragraphs: number;
  /** Characters of all text (headings, body, case titles, captions, tables), CJK each as one. */
  chars: number;
}

export function reportStats(tree: ReportTree): ReportStats {
  const headings: ReportStats['headings'] = [0, 0, 0, 0];
  for (const h of tree.headings) headings[h.level - 1]! += 1;
  let paragraphs = 0;
  let chars = 0;
  for (const block of allBlocks(tree)) {
    switch (block.kind) {
      case 'paragraph': {
        const n = countChars(block.text);
        chars += n;
        if (n > 0) paragraphs += 1;
        break;
      }
      case 'heading':
      case 'stray-table-caption':
        chars += countChars(block.text);
        break;
      case 'list':
        for (const item of block.items) chars += countChars(item.text);
        break;
      case 'case':
        chars += countChars(block.title);
        break;
      case 'figure':
        chars += countChars(block.caption);
        break;
      case 'table':
        chars += countChars(block.caption) + block.rows.flat().reduce((sum, cell) => sum + countChars(cell.text), 0);
        break;
      default:
        break;
    }
  }
  return {
    headings,
    cases: tree.cases.length,
    figures: tree.figures.length,
    figuresWithImage: tree.figures.filter((f) => f.image !== null).length,
    tables: tree.tables.length,
    paragraphs,
    chars,
  };
}

/** Stats of a stored document (an empty one when nothing was saved yet), numbered as the report says. */
export function documentStats(
  doc: EditorStateJSON | null | undefined,
  options: Partial<ReportTreeOptions>,
): ReportStats {
  return reportStats(buildReportTree(doc ?? emptyDocument(), options));
}
