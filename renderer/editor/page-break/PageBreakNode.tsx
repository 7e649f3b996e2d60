import { $applyNodeReplacement, DecoratorNode, type DOMExportOutput, type LexicalNode, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import { NODE } from '../../../core/document/nodes';
import { zh } from '../../../core/zh';

export type SerializedPageBreakNode = SerializedLexicalNode;

/** 分页符: the next block starts a new page in the PDF and the .docx. */
export class PageBreakNode extends DecoratorNode<JSX.Element> {
  static override getType(): string {
    return NODE.pageBreak;
  }

  static override clone(node: PageBreakNode): PageBreakNode {
    return new PageBreakNode(node.__key);
  }

  static override importJSON(serialized: SerializedPageBreakNode): PageBreakNode {
    return $createPageBreakNode().updateFromJSON(serialized);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'rp-page-break';
    dom.contentEditable = 'false';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('div');
    element.style.breakAfter = 'page';
    return { element };
  }

  override isInline(): false {
    return false;
  }

  override decorate(): JSX.Element {
    return <span>{zh.insert.pageBreakLabel}</span>;
  }
}

export function $createPageBreakNode(): PageBreakNode {
  return $applyNodeReplacement(new PageBreakNode());
}

export function $isPageBreakNode(node: LexicalNode | null | undefined): node is PageBreakNode {
  return node instanceof PageBreakNode;
}
