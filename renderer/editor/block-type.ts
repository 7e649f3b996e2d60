import { $isListNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  type LexicalEditor,
  createCommand,
} from 'lexical';

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'h4' | 'bullet' | 'number';

export const SET_BLOCK_TYPE_COMMAND = createCommand<'paragraph' | 'h1' | 'h2' | 'h3' | 'h4'>('SET_BLOCK_TYPE_COMMAND');

export function registerBlockTypeCommand(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    SET_BLOCK_TYPE_COMMAND,
    (type) => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection)) return false;
      $setBlocksType(selection, () => (type === 'paragraph' ? $createParagraphNode() : $createHeadingNode(type)));
      return true;
    },
    COMMAND_PRIORITY_EDITOR,
  );
}

/** The block type at the caret, for the toolbar's select. */
export function $blockTypeAtSelection(): BlockType | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchor = selection.anchor.getNode();
  const block = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
  if ($isHeadingNode(block)) return block.getTag() as BlockType;
  const list = $getNearestNodeOfType(anchor, ListNode);
  if (list && $isListNode(list)) return list.getListType() === 'number' ? 'number' : 'bullet';
  return 'paragraph';
}
