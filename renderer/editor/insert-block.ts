import { $isTableCellNode, $isTableNode } from '@lexical/table';
import { $findMatchingParent, $insertNodeToNearestRoot } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type LexicalNode,
} from 'lexical';
import { $isCaseTitleNode } from './case/CaseTitleNode';
import { $isFigureNode } from './figure/FigureNode';
import { $isFigureRowNode } from './figure/FigureRowNode';
import { $isTableCaptionNode } from './table/TableCaptionNode';

/** Blocks that are never split to make room: a new block goes after them instead. */
function isSealed(node: LexicalNode): boolean {
  return (
    $isFigureNode(node) ||
    $isFigureRowNode(node) ||
    $isTableNode(node) ||
    $isTableCellNode(node) ||
    $isTableCaptionNode(node) ||
    $isCaseTitleNode(node)
  );
}

/**
 * Inserts block nodes where the caret is, as Word does: an empty paragraph is replaced, a
 * paragraph with text is split, and figures, tables and captions are stepped over rather than
 * broken. `staysOutOf` names containers the new blocks must not go into (a case in a case).
 */
export function $insertBlocks(nodes: LexicalNode[], staysOutOf?: (node: LexicalNode) => boolean): void {
  const first = nodes[0];
  if (!first) return;
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) ? selection.focus.getNode() : (selection?.getNodes()[0] ?? null);

  let target: LexicalNode | null = null;
  if (anchor) {
    const outer = $findMatchingParent(anchor, (n) => (staysOutOf?.(n) ?? false) || isSealed(n));
    // Step over the outermost sealed or escaped container around the caret.
    let top = outer;
    while (top) {
      const higher = top.getParent()
        ? $findMatchingParent(top.getParentOrThrow(), (n) => (staysOutOf?.(n) ?? false) || isSealed(n))
        : null;
      if (!higher) break;
      top = higher;
    }
    target = top;
  }

  if (target) {
    target.insertAfter(first);
  } else if (anchor && $isRangeSelection(selection)) {
    const block = $findMatchingParent(
      anchor,
      (n) => $isElementNode(n) && !n.isInline() && $isRootOrShadowRoot(n.getParent()),
    );
    if ($isParagraphNode(block) && block.getTextContentSize() === 0) block.replace(first);
    else $insertNodeToNearestRoot(first);
  } else {
    $getRoot().append(first);
  }

  let last = first;
  for (const node of nodes.slice(1)) {
    last.insertAfter(node);
    last = node;
  }
  // Always leave a place to keep typing after what was inserted.
  if (last.getNextSibling() === null) last.insertAfter($createParagraphNode());
}
