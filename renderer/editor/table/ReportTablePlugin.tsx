import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { $createTableNodeWithDimensions } from '@lexical/table';
import { COMMAND_PRIORITY_LOW, createCommand } from 'lexical';
import { mergeRegister } from '@lexical/utils';
import { useEffect } from 'react';
import { $insertBlocks } from '../insert-block';
import { $createTableCaptionNode } from './TableCaptionNode';
import { $applyTableEdit, TABLE_EDIT_COMMAND } from './table-edit';
import { registerTableTab } from './table-tab';
import { registerColumnResize } from './column-resize';
import { registerPrintedColumns } from './printed-columns';
import type { Template } from '../../../core/print/templates';

export const INSERT_CAPTIONED_TABLE_COMMAND = createCommand<{ rows: number; columns: number }>(
  'INSERT_CAPTIONED_TABLE_COMMAND',
);

/**
 * Tables with their caption above (表N …); merging cells and row/column edits come from @lexical/table;
 * Tab in the last cell adds a row; column borders can be dragged; until then columns are shown at
 * their printed widths (the report's template decides the width and font they are sized for).
 */
export function ReportTablePlugin({ template }: { template: Template }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          INSERT_CAPTIONED_TABLE_COMMAND,
          ({ rows, columns }) => {
            const caption = $createTableCaptionNode();
            $insertBlocks([caption, $createTableNodeWithDimensions(rows, columns, { rows: true, columns: false })]);
            caption.select();
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(TABLE_EDIT_COMMAND, $applyTableEdit, COMMAND_PRIORITY_LOW),
        registerTableTab(editor),
        registerColumnResize(editor),
        registerPrintedColumns(editor, template),
      ),
    [editor, template],
  );
  return <TablePlugin hasCellMerge hasCellBackgroundColor={false} hasTabHandler />;
}
