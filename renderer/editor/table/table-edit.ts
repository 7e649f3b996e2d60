import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $getTableCellNodeFromLexicalNode,
  $getTableNodeFromLexicalNodeOrThrow,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableSelection,
  $mergeCells,
  $unmergeCell,
} from '@lexical/table';
import { $getSelection, $isRangeSelection, createCommand } from 'lexical';
import { $isTableCaptionNode } from './TableCaptionNode';

export const tableEdits = ['rowAbove', 'rowBelow', 'columnLeft', 'columnRight', 'deleteRow', 'deleteColumn', 'merge', 'unmerge', 'deleteTable'] as const;
export type TableEdit = (typeof tableEdits)[number];

export const TABLE_EDIT_COMMAND = createCommand<TableEdit>('TABLE_EDIT_COMMAND');

/** True when the caret or a cell selection is inside a table. */
export function $selectionInTable(): boolean {
  const selection = $getSelection();
  if ($isTableSelection(selection)) return true;
  return $isRangeSelection(selection) && $getTableCellNodeFromLexicalNode(selection.anchor.getNode()) !== null;
}

export function $applyTableEdit(edit: TableEdit): boolean {
  const selection = $getSelection();
  switch (edit) {
    case 'rowAbove':
    case 'rowBelow':
      $insertTableRowAtSelection(edit === 'rowBelow');
      return true;
    case 'columnLeft':
    case 'columnRight':
      $insertTableColumnAtSelection(edit === 'columnRight');
      return true;
    case 'deleteRow':
      $deleteTableRowAtSelection();
      return true;
    case 'deleteColumn':
      $deleteTableColumnAtSelection();
      return true;
    case 'merge': {
      if (!$isTableSelection(selection)) return false;
      const cells = selection.getNodes().filter($isTableCellNode);
      return cells.length > 1 && $mergeCells(cells) !== null;
    }
    case 'unmerge':
      $unmergeCell();
      return true;
    case 'deleteTable': {
      const anchor = $isRangeSelection(selection) || $isTableSelection(selection) ? selection.getNodes()[0] : null;
      if (!anchor) return false;
      const table = $getTableNodeFromLexicalNodeOrThrow(anchor);
      // The caption belongs to the table: it goes too (undo brings both back).
      const caption = table.getPreviousSibling();
      if ($isTableCaptionNode(caption)) caption.remove();
      table.selectPrevious();
      table.remove();
      return true;
    }
  }
}
