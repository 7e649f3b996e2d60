import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, type LexicalEditor, SELECTION_CHANGE_COMMAND } from 'lexical';

/**
 * Runs `read` (which may call $ functions) after every update and every caret move, so a
 * toolbar shows what is under the caret: a click that only moves the caret makes no update.
 * Returns the function that stops it.
 */
export function watchSelection(editor: LexicalEditor, read: () => void): () => void {
  return mergeRegister(
    editor.registerUpdateListener(({ editorState }) => editorState.read(read)),
    editor.registerCommand(
      SELECTION_CHANGE_COMMAND,
      () => {
        read();
        return false;
      },
      COMMAND_PRIORITY_LOW,
    ),
  );
}
