import { $isHeadingNode } from '@lexical/rich-text';
import { $getRoot, $isElementNode, $isParagraphNode, type ElementNode, type LexicalNode } from 'lexical';
import { MAX_DOCUMENT_DEPTH } from '../../../core/document/editor-json';
import { deeperThan } from '../../../core/nesting-depth';
import { $blocksWithin, $replaceWithBlocks } from './block-split';

const childrenOf = (node: LexicalNode): readonly LexicalNode[] => ($isElementNode(node) ? node.getChildren() : []);

/** A paragraph or heading of text only: it stays as it is when a block around it is flattened. */
const isTextBlock = (node: ElementNode) =>
  ($isParagraphNode(node) || $isHeadingNode(node)) && node.getChildren().every((child) => child.isInline());

/**
 * The last resort when a save is refused as nested too deep, whatever nested it: every top-level
 * block holding something deeper than a saved document may go becomes the paragraphs and
 * headings inside it, all its text in order. Whether anything was flattened.
 */
export function $flattenTooDeep(): boolean {
  let flattened = false;
  for (const block of $getRoot().getChildren()) {
    // The root is level 1: a top-level block's own levels start at 2.
    if (!$isElementNode(block) || !deeperThan<LexicalNode>(block, MAX_DOCUMENT_DEPTH - 1, childrenOf)) continue;
    $replaceWithBlocks(
      block,
      $blocksWithin(block, (inner) => !isTextBlock(inner)),
    );
    flattened = true;
  }
  return flattened;
}
