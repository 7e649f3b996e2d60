import {
  $applyNodeReplacement,
  type DOMConversionMap,
  type LexicalNode,
  type ParagraphNode,
  type RangeSelection,
  type SerializedElementNode,
} from 'lexical';
import { NODE } from '../../../core/document/nodes';
import { $lineAfter } from '../line-after';
import { type BlockDomSpec, ReportElementNode } from '../report-element-node';
import { $isFigureRowNode } from './FigureRowNode';

export type SerializedFigureCaptionNode = SerializedElementNode;

/** A figure's caption text; its label 图N is drawn from position, never stored. */
export class FigureCaptionNode extends ReportElementNode {
  override domSpec(): BlockDomSpec {
    return { tag: 'figcaption', className: 'rp-figure-caption' };
  }

  static override getType(): string {
    return NODE.figureCaption;
  }

  static override clone(node: FigureCaptionNode): FigureCaptionNode {
    return new FigureCaptionNode(node.__key);
  }

  static override importJSON(serialized: SerializedFigureCaptionNode): FigureCaptionNode {
    return $createFigureCaptionNode().updateFromJSON(serialized);
  }

  /**
   * Enter ends the caption: writing continues after the figure (or its row), in the empty
   * paragraph already there when there is one, so Enter twice leaves a case as usual.
   */
  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): ParagraphNode {
    const figure = this.getParentOrThrow();
    const row = figure.getParent();
    return $lineAfter($isFigureRowNode(row) ? row : figure, restoreSelection);
  }

  /** A <figcaption>; outside a figure the structure transform turns it into a paragraph. */
  static override importDOM(): DOMConversionMap {
    return { figcaption: () => ({ conversion: () => ({ node: $createFigureCaptionNode() }), priority: 1 }) };
  }

  override collapseAtStart(): boolean {
    return true;
  }
}

export function $createFigureCaptionNode(): FigureCaptionNode {
  return $applyNodeReplacement(new FigureCaptionNode());
}

export function $isFigureCaptionNode(node: LexicalNode | null | undefined): node is FigureCaptionNode {
  return node instanceof FigureCaptionNode;
}
