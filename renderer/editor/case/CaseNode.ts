import { $applyNodeReplacement, type DOMExportOutput, ElementNode, type LexicalNode, type SerializedElementNode } from 'lexical';
import { NODE } from '../../../core/document/nodes';

export type SerializedCaseNode = SerializedElementNode;

/**
 * A case study (案例): a framed container whose first child is its title line and whose
 * other children are body blocks. It is a shadow root, so block insertion (figures, tables,
 * lists) lands inside it as it would at the top level. Its number 【案例N】 is never stored.
 */
export class CaseNode extends ElementNode {
  static override getType(): string {
    return NODE.case;
  }

  static override clone(node: CaseNode): CaseNode {
    return new CaseNode(node.__key);
  }

  static override importJSON(serialized: SerializedCaseNode): CaseNode {
    return $createCaseNode().updateFromJSON(serialized);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('section');
    dom.className = 'rp-case';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('section');
    element.setAttribute('data-nianbao', 'case');
    return { element };
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }
}

export function $createCaseNode(): CaseNode {
  return $applyNodeReplacement(new CaseNode());
}

export function $isCaseNode(node: LexicalNode | null | undefined): node is CaseNode {
  return node instanceof CaseNode;
}
