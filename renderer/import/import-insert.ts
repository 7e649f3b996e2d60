import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $parseSerializedNode,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  type LexicalCommand,
  type LexicalEditor,
  type NodeKey,
  type RangeSelection,
  createCommand,
} from 'lexical';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { NODE } from '../../core/document/nodes';
import { $isCaseNode } from '../editor/case/CaseNode';
import { $insertBlocks } from '../editor/insert-block';

export interface InsertImportedPayload {
  /** Document blocks from import.insert (core/document/nodes.ts shapes). */
  blocks: SerializedNodeJSON[];
  /** Told the keys of the inserted blocks, in order, once they are in the document. */
  onInserted?: (keys: NodeKey[]) => void;
}

/** 插入文件: the imported blocks go where the caret is; numbers follow from their position. */
export const INSERT_IMPORTED_COMMAND: LexicalCommand<InsertImportedPayload> = createCommand('INSERT_IMPORTED');

/**
 * Headings and cases belong at the top level: with either among the blocks, a case around the caret is stepped out of.
 */
function needsTopLevel(blocks: readonly SerializedNodeJSON[]): boolean {
  return blocks.some((b) => b.type === NODE.heading || b.type === NODE.case);
}

/**
 * Handles INSERT_IMPORTED_COMMAND. The 文件 menu and the dialog take the focus, and with it
 * the editor's selection may go: the last caret seen is kept and put back for the insert.
 */
export function registerImportInsert(editor: LexicalEditor): () => void {
  let lastCaret: RangeSelection | null = null;
  return mergeRegister(
    editor.registerUpdateListener(({ editorState }) => {
      editorState.read(() => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) lastCaret = selection.clone();
      });
    }),
    editor.registerCommand(
      INSERT_IMPORTED_COMMAND,
      ({ blocks, onInserted }) => {
        if (!$getSelection() && lastCaret && $getNodeByKey(lastCaret.anchor.key) && $getNodeByKey(lastCaret.focus.key))
          $setSelection(lastCaret.clone());
        const nodes = blocks.map((b) => $parseSerializedNode(b as Parameters<typeof $parseSerializedNode>[0]));
        $insertBlocks(nodes, needsTopLevel(blocks) ? $isCaseNode : undefined);
        onInserted?.(nodes.map((n) => n.getKey()));
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
  );
}
