import { $createParagraphNode, $isParagraphNode, type LexicalNode, type ParagraphNode } from 'lexical';

/**
 * The line where writing goes on after `block`: the empty paragraph already below it when there
 * is one, else a new paragraph put there. Reusing the empty line is what keeps Enter from leaving
 * a blank line behind (a case's title above its body line, a caption above the next line).
 */
export function $lineAfter(block: LexicalNode, restoreSelection = true): ParagraphNode {
  const next = block.getNextSibling();
  if ($isParagraphNode(next) && next.getTextContentSize() === 0 && next.getChildrenSize() === 0) return next;
  const paragraph = $createParagraphNode();
  block.insertAfter(paragraph, restoreSelection);
  return paragraph;
}
