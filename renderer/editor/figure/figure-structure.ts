import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $isRootOrShadowRoot, type LexicalEditor } from 'lexical';
import { $isFigureChartNode, FigureChartNode } from '../chart/FigureChartNode';
import { $createFigureCaptionNode, $isFigureCaptionNode, FigureCaptionNode } from './FigureCaptionNode';
import { $createFigureImageNode, $isFigureImageNode, FigureImageNode } from './FigureImageNode';
import { $createFigureNode, $isFigureNode, FigureNode } from './FigureNode';
import { $createFigureRowNode, FigureRowNode, MAX_ROW_FIGURES, MIN_ROW_FIGURES } from './FigureRowNode';

/**
 * A photo or chart outside a figure gets one: a picture pasted inside a line of text becomes a
 * figure after that paragraph.
 */
function $keepInFigure(picture: FigureImageNode | FigureChartNode): void {
  if ($isFigureNode(picture.getParent())) return;
  const figure = $createFigureNode();
  const block = $findMatchingParent(picture, (n) => $isRootOrShadowRoot(n.getParent()));
  if (!block || block.is(picture)) picture.replace(figure);
  else block.insertAfter(figure);
  figure.append(picture, $createFigureCaptionNode());
}

/**
 * Keeps figures well-formed whatever edit produced them: a figure is [photo or chart, caption]; a
 * caption or photo outside a figure is rewrapped; a row holds 2–3 figures (one left over
 * becomes a plain figure, extras start a new row).
 */
export function registerFigureStructure(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(FigureNode, (figure) => {
      const children = figure.getChildren();
      // A chart (chart/FigureChartNode) stands in a figure where a photo would.
      const image = children.find((c) => $isFigureImageNode(c) || $isFigureChartNode(c));
      const caption = children.find($isFigureCaptionNode);
      // Anything else that strayed in (a pasted paragraph) moves out after the figure.
      for (const child of children.slice().reverse())
        if (child !== image && child !== caption) figure.insertAfter(child);
      const photo = image ?? $createFigureImageNode(null);
      const text = caption ?? $createFigureCaptionNode();
      if (figure.getFirstChild() !== photo || figure.getLastChild() !== text || figure.getChildrenSize() !== 2)
        figure.append(photo, text);
    }),
    editor.registerNodeTransform(FigureImageNode, $keepInFigure),
    editor.registerNodeTransform(FigureChartNode, $keepInFigure),
    editor.registerNodeTransform(FigureCaptionNode, (caption) => {
      if ($isFigureNode(caption.getParent())) return;
      const paragraph = $createParagraphNode();
      paragraph.append(...caption.getChildren());
      caption.replace(paragraph);
    }),
    editor.registerNodeTransform(FigureRowNode, (row) => {
      for (const child of row.getChildren().slice().reverse()) if (!$isFigureNode(child)) row.insertAfter(child);
      const figures = row.getChildren();
      if (figures.length < MIN_ROW_FIGURES) {
        for (const f of figures) row.insertBefore(f);
        row.remove();
        return;
      }
      if (figures.length > MAX_ROW_FIGURES) {
        const rest = $createFigureRowNode();
        row.insertAfter(rest);
        rest.append(...figures.slice(MAX_ROW_FIGURES));
      }
    }),
  );
}
