import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, SELECTION_CHANGE_COMMAND } from 'lexical';
import { useEffect, useState } from 'react';
import { zh } from '../../../core/zh';
import { $selectionInTable, TABLE_EDIT_COMMAND, tableEdits } from '../table/table-edit';

/** Row, column and merge commands, shown while the caret is in a table. */
export function TableControls({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [inTable, setInTable] = useState(false);

  useEffect(() => {
    const refresh = () => setInTable(editor.getEditorState().read($selectionInTable));
    return mergeRegister(
      editor.registerUpdateListener(refresh),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          refresh();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);

  if (!inTable || disabled) return null;
  return (
    <span className="table-controls" role="group" aria-label={zh.table.group}>
      {tableEdits.map((edit) => (
        <button
          key={edit}
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => editor.dispatchCommand(TABLE_EDIT_COMMAND, edit)}
        >
          {zh.table[edit]}
        </button>
      ))}
    </span>
  );
}
