import type { LexicalEditor, LexicalNode } from 'lexical';
import { $getRoot, $isElementNode } from 'lexical';
import { revealBlock } from '../editor/reveal';

/**
 * A finding's blockPath is a path of child indices from the root (as the report tree counts
 * them); the same indices walk the Lexical tree to the node. Scrolls to it and puts the caret
 * at its start.
 */
export function jumpToBlock(editor: LexicalEditor, path: readonly number[]): boolean {
  let key: string | null = null;
  editor.update(
    () => {
      let node: LexicalNode | null = $getRoot();
      for (const i of path) {
        if (!node || !$isElementNode(node)) return;
        node = node.getChildAtIndex(i);
      }
      if (!node) return;
      key = node.getKey();
      if ($isElementNode(node)) node.selectStart();
    },
    { discrete: true },
  );
  if (key === null) return false;
  const dom = editor.getElementByKey(key);
  if (dom) revealBlock(dom);
  return dom !== null;
}
