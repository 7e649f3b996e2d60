import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { CaseNode } from './case/CaseNode';
import { FigureChartNode } from './chart/FigureChartNode';
import { CaseTitleNode } from './case/CaseTitleNode';
import { DataFieldNode } from './data-field/DataFieldNode';
import { FigureCaptionNode } from './figure/FigureCaptionNode';
import { FigureImageNode } from './figure/FigureImageNode';
import { FigureNode } from './figure/FigureNode';
import { FigureRowNode } from './figure/FigureRowNode';
import { PageBreakNode } from './page-break/PageBreakNode';
import { WritingPromptNode } from './prompt/WritingPromptNode';
import { TableCaptionNode } from './table/TableCaptionNode';

/** Every node type the report editor knows; the document JSON may contain only these. */
export const reportNodes: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  CaseNode,
  CaseTitleNode,
  FigureNode,
  FigureImageNode,
  FigureChartNode,
  FigureCaptionNode,
  FigureRowNode,
  TableCaptionNode,
  PageBreakNode,
  WritingPromptNode,
  DataFieldNode,
];

/** Node types a stored document may contain: ours plus Lexical's own. */
const knownTypes = new Set<string>([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  ...reportNodes.map((klass) => klass.getType()),
]);

/**
 * The first node type this build does not know, if any. Lexical would silently drop such a node
 * and the next autosave would erase it from the file; the editor refuses the report instead.
 */
export function unknownNodeType(node: SerializedNodeJSON): string | null {
  if (!knownTypes.has(node.type)) return node.type;
  for (const child of node.children ?? []) {
    const unknown = unknownNodeType(child);
    if (unknown) return unknown;
  }
  return null;
}
