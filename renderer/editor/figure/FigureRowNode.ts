import { $applyNodeReplacement, type LexicalNode, type SerializedElementNode } from 'lexical';
import { NODE } from '../../../core/document/nodes';
import { type BlockDomSpec, ReportElementNode } from '../report-element-node';

export type SerializedFigureRowNode = SerializedElementNode;

export const MIN_ROW_FIGURES = 2;
export const MAX_ROW_FIGURES = 3;

/** Two or three figures side by side, each with its own caption. */
export class FigureRowNode extends ReportElementNode {
  override domSpec(): BlockDomSpec {
    return { tag: 'div', className: 'rp-figure-row' };
  }

  static override getType(): string {
    return NODE.figureRow;
  }

  static override clone(node: FigureRowNode): FigureRowNode {
    return new FigureRowNode(node.__key);
  }

  static override importJSON(serialized: SerializedFigureRowNode): FigureRowNode {
    return $createFigureRowNode().updateFromJSON(serialized);
  }

  override canBeEmpty(): boolean {
    return false;
  }
}

export function $createFigureRowNode(): FigureRowNode {
  return $applyNodeReplacement(new FigureRowNode());
}

export function $isFigureRowNode(node: LexicalNode | null | undefined): node is FigureRowNode {
  return node instanceof FigureRowNode;
}
