import { $isTableNode } from '@lexical/table';
import {
  $createParagraphNode,
  $applyNodeReplacement,
  type DOMConversionMap,
  type LexicalNode,
  type ParagraphNode,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';
import { NODE } from '../../../core/document/nodes';
import { type BlockDomSpec, ReportElementNode } from '../report-element-node';

export type SerializedTableCaptionNode = SerializedElementNode;

/** The caption above a table (表N …); it captions the table that follows it. */
export class TableCaptionNode extends ReportElementNode {
  override domSpec(): BlockDomSpec {
    return { tag: 'p', className: 'rp-table-caption' };
  }

  static override getType(): string {
    return NODE.tableCaption;
  }

  static override clone(node: TableCaptionNode): TableCaptionNode {
    return new TableCaptionNode(node.__key);
  }

  static override importJSON(serialized: SerializedTableCaptionNode): TableCaptionNode {
    return $createTableCaptionNode().updateFromJSON(serialized);
  }

  /** The caption as the editor copies it, and as paste/pasted-table-captions.ts marks a pasted table's. */
  static override importDOM(): DOMConversionMap {
    return {
      p: (element) =>
        element.getAttribute('data-nianbao') === NODE.tableCaption
          ? { conversion: () => ({ node: $createTableCaptionNode() }), priority: 2 }
          : null,
    };
  }

  /** Enter goes into the table's first cell when there is one, else to a new paragraph. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ParagraphNode | null {
    const next = this.getNextSibling();
    if ($isTableNode(next)) {
      next.selectStart();
      return null;
    }
    const paragraph = $createParagraphNode();
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }
}

export function $createTableCaptionNode(): TableCaptionNode {
  return $applyNodeReplacement(new TableCaptionNode());
}

export function $isTableCaptionNode(node: LexicalNode | null | undefined): node is TableCaptionNode {
  return node instanceof TableCaptionNode;
}
