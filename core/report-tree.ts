import { type EditorStateJSON, type SerializedNodeJSON, nodeText } from './document/editor-json';
import { HeadingCounter, type HeadingLevel, type HeadingNumberingStyle, formatHeadingNumber } from './numbering';

/**
 * The report tree: document JSON resolved into numbered blocks in reading order. Print HTML,
 * DOCX, the checker and statistics read this, never raw editor JSON, so every output numbers
 * and words things identically.
 */
export type ReportBlock =
  | { kind: 'heading'; index: number; level: HeadingLevel; path: number[]; label: string; text: string }
  | { kind: 'paragraph'; index: number; text: string }
  | { kind: 'list'; index: number; ordered: boolean; items: string[] };

export interface ReportTree {
  blocks: ReportBlock[];
}

export interface ReportTreeOptions {
  headingNumbering: HeadingNumberingStyle;
}

const defaultOptions: ReportTreeOptions = { headingNumbering: 'decimal' };

export function headingLevelOf(node: SerializedNodeJSON): HeadingLevel | null {
  if (node.type !== 'heading' || typeof node.tag !== 'string') return null;
  const level = Number(node.tag.slice(1));
  return level >= 1 && level <= 4 ? (level as HeadingLevel) : null;
}

export function buildReportTree(doc: EditorStateJSON, options: ReportTreeOptions = defaultOptions): ReportTree {
  const counter = new HeadingCounter();
  const blocks: ReportBlock[] = [];
  for (const node of doc.root.children ?? []) {
    const index = blocks.length;
    const level = headingLevelOf(node);
    if (level !== null) {
      const path = counter.next(level);
      blocks.push({ kind: 'heading', index, level, path, label: formatHeadingNumber(path, options.headingNumbering), text: nodeText(node) });
    } else if (node.type === 'list') {
      blocks.push({ kind: 'list', index, ordered: node.listType === 'number', items: (node.children ?? []).map(nodeText) });
    } else {
      // paragraph, quote, and any block type this build does not know: keep its text.
      blocks.push({ kind: 'paragraph', index, text: nodeText(node) });
    }
  }
  return { blocks };
}

export function headingsOf(tree: ReportTree): Extract<ReportBlock, { kind: 'heading' }>[] {
  return tree.blocks.filter((b): b is Extract<ReportBlock, { kind: 'heading' }> => b.kind === 'heading');
}
