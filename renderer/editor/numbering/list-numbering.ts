import { $isListItemNode, $isListNode, type ListItemNode, type ListNode } from '@lexical/list';
import type { LexicalNode } from 'lexical';

/**
 * Word's 继续编号 and 重新开始于1 on a numbered list: a list that a paragraph, a photo or a
 * heading interrupts can count on from the numbered list above it (its start is Lexical's
 * `start`, which the report tree, the PDF and the .docx read), or start again at 1.
 */

/** The outermost list a node stands in: the one whose start numbers its top level. */
export function $topListOf(node: LexicalNode | null): ListNode | null {
  let top: ListNode | null = null;
  for (let at = node; at !== null; at = at.getParent()) if ($isListNode(at)) top = at;
  return top;
}

/** Items of a list's top level that hold text: an item wrapping only a deeper list takes no number. */
function numberedItems(list: ListNode): ListItemNode[] {
  return list.getChildren().filter((item): item is ListItemNode => {
    if (!$isListItemNode(item)) return false;
    const children = item.getChildren();
    return !(children.length === 1 && $isListNode(children[0]));
  });
}

/** The numbered list above `list` in the same container (the page or a case), if there is one. */
export function $numberedListBefore(list: ListNode): ListNode | null {
  for (let at = list.getPreviousSibling(); at !== null; at = at.getPreviousSibling())
    if ($isListNode(at) && at.getListType() === 'number') return at;
  return null;
}

/** The number `list` would start at to go on from the numbered list above it; null with none above. */
export function $continuedStart(list: ListNode): number | null {
  const before = $numberedListBefore(list);
  return before === null ? null : before.getStart() + numberedItems(before).length;
}

/** Sets `list` to count on from the numbered list above it (继续编号); false with none above. */
export function $continueNumbering(list: ListNode): boolean {
  const start = $continuedStart(list);
  if (start === null) return false;
  list.setStart(start);
  return true;
}

/** Starts `list` again at 1 (重新开始于1). */
export function $restartNumbering(list: ListNode): void {
  list.setStart(1);
}
