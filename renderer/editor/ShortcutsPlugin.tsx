import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { SET_BLOCK_TYPE_COMMAND, registerBlockTypeCommand } from './block-type';
import { registerListIndent } from './list-indent';
import { registerNavigationKeys } from './navigation-keys';

const headingKeys = { Digit1: 'h1', Digit2: 'h2', Digit3: 'h3', Digit4: 'h4', Digit0: 'paragraph' } as const;

/**
 * Word's heading shortcuts (Ctrl+Alt+1..4 for 标题 1–4, Ctrl+Alt+0 back to 正文), Tab / Shift+Tab in lists, and the
 * navigation keys Ctrl+Home/End, PageUp/PageDown.
 */
export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        registerBlockTypeCommand(editor),
        registerNavigationKeys(editor),
        registerListIndent(editor),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const type = headingKeys[event.code as keyof typeof headingKeys];
            if (!type || !(event.ctrlKey || event.metaKey) || !event.altKey) return false;
            event.preventDefault();
            return editor.dispatchCommand(SET_BLOCK_TYPE_COMMAND, type);
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor],
  );
  return null;
}
