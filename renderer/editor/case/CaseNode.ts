import { $applyNodeReplacement, type LexicalNode, type SerializedElementNode } from 'lexical';
import { NODE } from '../../../core/document/nodes';
import { type BlockDomSpec, ReportElementNode } from '../report-element-node';

export type SerializedCaseNode = SerializedElementNode;

/**
 * A case study (案例): a framed container whose first child is its title line and whose
 * other children are body blocks. It is a shadow root, so block insertion (figures, tables,
 * lists) lands inside it as it would at the top level. Its number 【案例N】 is never stored.
 */
export class CaseNode extends ReportElementNode {
  override domSpec(): BlockDomSpec {
    return { tag: 'section', className: 'rp-case' };
  }

  static override getType(): string {
    return NODE.case;
  }

  static override clone(node: CaseNode): CaseNode {
    return new CaseNode(node.__key);
  }

  static override importJSON(serialized: SerializedCaseNode): CaseNode {
    return $createCaseNode().updateFromJSON(serialized);
  }

  override isShadowRoot(): boolean {
    return true;
  }

  override canBeEmpty(): boolean {
    return false;
  }
}

export function $createCaseNode(): CaseNode {
  return $applyNodeReplacement(new CaseNode());
}

export function $isCaseNode(node: LexicalNode | null | undefined): node is CaseNode {
  return node instanceof CaseNode;
}
