import type { LexicalEditor, LexicalNode } from 'lexical';
import { $getRoot, $isElementNode } from 'lexical';
import { jumpTo } from '../editor/reveal';

/**
 * A finding's blockPath is a path of child indices from the root (as the report tree counts
 * them); the same indices walk the Lexical tree to the node. Scrolls to it and puts the caret
 * at its start.
 */
export function jumpToBlock(editor: LexicalEditor, path: readonly number[]): boolean {
  const element = jumpTo(editor, () => {
    let node: LexicalNode | null = $getRoot();
    for (const i of path) {
      if (!node || !$isElementNode(node)) return null;
      node = node.getChildAtIndex(i);
    }
    return node;
  });
  return element !== null;
}
