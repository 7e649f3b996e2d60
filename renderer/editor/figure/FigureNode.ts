import { $applyNodeReplacement, type DOMConversionMap, type LexicalNode, type SerializedElementNode } from 'lexical';
import { NODE } from '../../../core/document/nodes';
import { type BlockDomSpec, ReportElementNode } from '../report-element-node';

export type SerializedFigureNode = SerializedElementNode;

/** One photo and its caption: children are exactly [FigureImageNode, FigureCaptionNode]. */
export class FigureNode extends ReportElementNode {
  override domSpec(): BlockDomSpec {
    return { tag: 'figure', className: 'rp-figure' };
  }

  static override getType(): string {
    return NODE.figure;
  }

  static override clone(node: FigureNode): FigureNode {
    return new FigureNode(node.__key);
  }

  static override importJSON(serialized: SerializedFigureNode): FigureNode {
    return $createFigureNode().updateFromJSON(serialized);
  }

  /** A web page's <figure> (and a pasted picture with its ▲ caption, see paste/pasted-figures.ts). */
  static override importDOM(): DOMConversionMap {
    return { figure: () => ({ conversion: () => ({ node: $createFigureNode() }), priority: 1 }) };
  }

  override canBeEmpty(): boolean {
    return false;
  }
}

export function $createFigureNode(): FigureNode {
  return $applyNodeReplacement(new FigureNode());
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
