import { $applyNodeReplacement, type DOMExportOutput, ElementNode, type LexicalNode, type SerializedElementNode } from 'lexical';
import { NODE } from '../../../core/document/nodes';

export type SerializedFigureRowNode = SerializedElementNode;

export const MIN_ROW_FIGURES = 2;
export const MAX_ROW_FIGURES = 3;

/** Two or three figures side by side, each with its own caption. */
export class FigureRowNode extends ElementNode {
  static override getType(): string {
    return NODE.figureRow;
  }

  static override clone(node: FigureRowNode): FigureRowNode {
    return new FigureRowNode(node.__key);
  }

  static override importJSON(serialized: SerializedFigureRowNode): FigureRowNode {
    return $createFigureRowNode().updateFromJSON(serialized);
  }

  override createDOM(): HTMLElement {
    const dom = document.createElement('div');
    dom.className = 'rp-figure-row';
    return dom;
  }

  override updateDOM(): boolean {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('div');
    element.setAttribute('data-nianbao', 'figure-row');
    return { element };
  }

  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }
}

export function $createFigureRowNode(): FigureRowNode {
  return $applyNodeReplacement(new FigureRowNode());
}

export function $isFigureRowNode(node: LexicalNode | null | undefined): node is FigureRowNode {
  return node instanceof FigureRowNode;
}
