import { $applyNodeReplacement, type DOMExportOutput, type LexicalNode, type SerializedLexicalNode } from 'lexical';
import type { JSX } from 'react';
import { NODE } from '../../../core/document/nodes';
import { zh } from '../../../core/zh';
import { BlockDecoratorNode } from '../block-decorator-node';

export type SerializedPageBreakNode = SerializedLexicalNode;

/** 分页符: the next block starts a new page in the PDF and the .docx. */
export class PageBreakNode extends BlockDecoratorNode {
  static override getType(): string {
    return NODE.pageBreak;
  }

  static override clone(node: PageBreakNode): PageBreakNode {
    return new PageBreakNode(node.__key);
  }

  static override importJSON(serialized: SerializedPageBreakNode): PageBreakNode {
    return $createPageBreakNode().updateFromJSON(serialized);
  }

  override blockClassName(): string {
    return 'rp-page-break';
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('div');
    element.style.breakAfter = 'page';
    return { element };
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
