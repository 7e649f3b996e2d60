import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';
import { zh } from '../../../core/zh';
import { $selectionInTable, TABLE_EDIT_COMMAND, tableEdits } from '../table/table-edit';
import { watchSelection } from './watch-selection';

/** Row, column and merge commands, shown while the caret is in a table. */
export function TableControls({ disabled }: { disabled: boolean }) {
  const [editor] = useLexicalComposerContext();
  const [inTable, setInTable] = useState(false);

  useEffect(() => watchSelection(editor, () => setInTable($selectionInTable())), [editor]);

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
