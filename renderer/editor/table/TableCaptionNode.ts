import { $isTableNode } from '@lexical/table';
import { $createParagraphNode, $applyNodeReplacement, type DOMExportOutput, ElementNode, type LexicalNode, type ParagraphNode, type RangeSelection, type SerializedElementNode } from 'lexical';
import { NODE } from '../../../core/document/nodes';

export type SerializedTableCaptionNode = SerializedElementNode;

/** The caption above a table (表N …); it captions the table that follows it. */
export class TableCaptionNode extends ElementNode {
  static override getType(): string {
    return NODE.tableCaption;
  }

  static override clone(node: TableCaptionNode): TableCaptionNode {
    return new TableCaptionNode(node.__key);
  }

  static override importJSON(serialized: SerializedTableCaptionNode): TableCaptionNode {
    return $createTableCaptionNode().updateFromJSON(serialized);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('p');
    dom.className = 'rp-table-caption';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('p');
    element.setAttribute('data-nianbao', 'table-caption');
    return { element };
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

  override canIndent(): boolean {
    return false;
  }
}

export function $createTableCaptionNode(): TableCaptionNode {
  return $applyNodeReplacement(new TableCaptionNode());
}

export function $isTableCaptionNode(node: LexicalNode | null | undefined): node is TableCaptionNode {
  return node instanceof TableCaptionNode;
}
