import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { CaseNode } from './case/CaseNode';
import { CaseTitleNode } from './case/CaseTitleNode';
import { FigureCaptionNode } from './figure/FigureCaptionNode';
import { FigureImageNode } from './figure/FigureImageNode';
import { FigureNode } from './figure/FigureNode';
import { FigureRowNode } from './figure/FigureRowNode';
import { PageBreakNode } from './page-break/PageBreakNode';
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
  FigureCaptionNode,
  FigureRowNode,
  TableCaptionNode,
  PageBreakNode,
];
