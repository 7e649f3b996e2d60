import { $isListItemNode, $isListNode, type ListItemNode, ListNode } from '@lexical/list';
import type { LexicalEditor, LexicalNode } from 'lexical';
import { MAX_LIST_DEPTH } from '../../../core/document/nodes';

/** The levels a report's lists have. */
const LEVELS = MAX_LIST_DEPTH + 1;

/**
 * The list at the last level a report has that holds `list` (or is it), or null for a list above
 * that level. Counted as $getListDepth counts, but without its invariant: a malformed tree (an
 * item outside any list) is what this repairs, and must not throw.
 */
function $listAtLastLevel(list: ListNode): ListNode | null {
  const innermostFirst = [list];
  for (let item = list.getParent(); $isListItemNode(item); ) {
    const outer = item.getParent();
    if (!$isListNode(outer)) break;
    innermostFirst.push(outer);
    item = outer.getParent();
  }
  return innermostFirst.at(-LEVELS) ?? null;
}

/**
 * Moves every item nested under `list`'s items into `list` itself, each after the item it hung
 * from, in document order. Items that only held a nested list go; an item with text of its own
 * stays. Reads only, when nothing is nested: a transform must not touch a well-formed list.
 */
function $liftNestedItems(list: ListNode): void {
  // Anything else a list holds (a malformed file's paragraph) is kept too: appending makes it an item.
  const items: LexicalNode[] = [];
  const wrappers: ListItemNode[] = [];
  const nestedLists: ListNode[] = [];
  const stack = list.getChildren().reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const children = $isListItemNode(node) ? node.getChildren() : [];
    const nested = children.filter($isListNode);
    if ($isListItemNode(node) && nested.length > 0 && nested.length === children.length) wrappers.push(node);
    else items.push(node);
    nestedLists.push(...nested);
    for (const inner of nested.reverse()) stack.push(...inner.getChildren().reverse());
  }
  if (nestedLists.length === 0) return;
  for (const item of items) list.append(item);
  for (const emptied of [...nestedLists, ...wrappers]) if (emptied.isAttached()) emptied.remove();
}

/**
 * A report's lists have three levels (1. → （1） → ①, as Tab allows): a list pasted, dropped,
 * inserted or stored deeper has its deeper items put at the third level, text and order kept.
 */
export function registerListLevels(editor: LexicalEditor): () => void {
  return editor.registerNodeTransform(ListNode, (list) => {
    const last = $listAtLastLevel(list);
    if (last) $liftNestedItems(last);
  });
}
