import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, createCommand } from 'lexical';
import { useEffect } from 'react';
import { $insertBlocks } from '../insert-block';
import { $createPageBreakNode } from './PageBreakNode';

export const INSERT_PAGE_BREAK_COMMAND = createCommand<void>('INSERT_PAGE_BREAK_COMMAND');

/** 分页符 from the toolbar or Ctrl+Enter, as in Word. */
export function PageBreakPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_PAGE_BREAK_COMMAND,
          () => {
            $insertBlocks([$createPageBreakNode()]);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key !== 'Enter')
              return false;
            event.preventDefault();
            return editor.dispatchCommand(INSERT_PAGE_BREAK_COMMAND, undefined);
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );
  return null;
}
