import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, createCommand } from 'lexical';
import { useEffect, useState } from 'react';
import { useDataStore } from '../../data/data-store';
import { DataPicker } from './DataPicker';
import { DataTypeahead } from './DataTypeahead';
import { INSERT_INDICATOR_TABLE_COMMAND } from './indicator-table';
import { INSERT_DATA_FIELD_COMMAND, registerDataFields } from './register-data-fields';

/** 插入数据…: opens the picker of quantities and indicators. */
export const OPEN_DATA_PICKER_COMMAND = createCommand<void>('OPEN_DATA_PICKER_COMMAND');

/**
 * Data fields in the text: kept in step with 数据, inserted with 插入数据 (toolbar, right-click
 * menu) or by typing a quantity's name and picking it from the list that opens under it.
 */
export function DataFieldPlugin() {
  const [editor] = useLexicalComposerContext();
  const store = useDataStore();
  const [picking, setPicking] = useState(false);

  useEffect(
    () =>
      mergeRegister(
        registerDataFields(editor, store),
        editor.registerCommand(
          OPEN_DATA_PICKER_COMMAND,
          () => {
            setPicking(true);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, store],
  );

  /** Closes the picker and gives the page its caret back before `run` inserts at it. */
  const insert = (run: () => void) => {
    setPicking(false);
    editor.focus();
    run();
  };

  return (
    <>
      <DataTypeahead />
      {picking && (
        <DataPicker
          onPick={(payload) => insert(() => editor.dispatchCommand(INSERT_DATA_FIELD_COMMAND, payload))}
          onTable={() => insert(() => editor.dispatchCommand(INSERT_INDICATOR_TABLE_COMMAND, undefined))}
          onClose={() => insert(() => {})}
        />
      )}
    </>
  );
}
