import { $applyNodeReplacement, type DOMExportOutput, ElementNode, type LexicalNode, type SerializedElementNode } from 'lexical';
import { NODE } from '../../../core/document/nodes';

export type SerializedFigureNode = SerializedElementNode;

/** One photo and its caption: children are exactly [FigureImageNode, FigureCaptionNode]. */
export class FigureNode extends ElementNode {
  static override getType(): string {
    return NODE.figure;
  }

  static override clone(node: FigureNode): FigureNode {
    return new FigureNode(node.__key);
  }

  static override importJSON(serialized: SerializedFigureNode): FigureNode {
    return $createFigureNode().updateFromJSON(serialized);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('figure');
    dom.className = 'rp-figure';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    return { element: document.createElement('figure') };
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }
}

export function $createFigureNode(): FigureNode {
  return $applyNodeReplacement(new FigureNode());
}

export function $isFigureNode(node: LexicalNode | null | undefined): node is FigureNode {
  return node instanceof FigureNode;
}
