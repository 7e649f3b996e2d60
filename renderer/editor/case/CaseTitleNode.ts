import {
  $applyNodeReplacement,
  type LexicalNode,
  type ParagraphNode,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';
import { NODE } from '../../../core/document/nodes';
import { $lineAfter } from '../line-after';
import { type BlockDomSpec, ReportElementNode } from '../report-element-node';

export type SerializedCaseTitleNode = SerializedElementNode;

/** The title line of a case; shown after its live label 【案例N】. */
export class CaseTitleNode extends ReportElementNode {
  override domSpec(): BlockDomSpec {
    return { tag: 'div', className: 'rp-case-title' };
  }

  static override getType(): string {
    return NODE.caseTitle;
  }

  static override clone(node: CaseTitleNode): CaseTitleNode {
    return new CaseTitleNode(node.__key);
  }

  static override importJSON(serialized: SerializedCaseTitleNode): CaseTitleNode {
    return $createCaseTitleNode().updateFromJSON(serialized);
  }

  /** Enter in the title goes on in the case's body line (a new case has one), never a second title. */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ParagraphNode {
    return $lineAfter(this, restoreSelection);
  }

  /** Backspace at the start of the title must not merge it into whatever precedes the case. */
  override collapseAtStart(): boolean {
    return true;
  }
}

export function $createCaseTitleNode(): CaseTitleNode {
  return $applyNodeReplacement(new CaseTitleNode());
}

export function $isCaseTitleNode(node: LexicalNode | null | undefined): node is CaseTitleNode {
  return node instanceof CaseTitleNode;
}
