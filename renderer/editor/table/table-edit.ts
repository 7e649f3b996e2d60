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
import { $getSelection, $isElementNode, $isRangeSelection, type ElementFormatType, createCommand } from 'lexical';
import { $isTableCaptionNode } from './TableCaptionNode';

export const tableEdits = [
  'rowAbove',
  'rowBelow',
  'columnLeft',
  'columnRight',
  'deleteRow',
  'deleteColumn',
  'merge',
  'unmerge',
  'alignLeft',
  'alignCenter',
  'alignRight',
  'deleteTable',
] as const;
export type TableEdit = (typeof tableEdits)[number];

export const TABLE_EDIT_COMMAND = createCommand<TableEdit>('TABLE_EDIT_COMMAND');

/** True when the caret or a cell selection is inside a table. */
export function $selectionInTable(): boolean {
  const selection = $getSelection();
  if ($isTableSelection(selection)) return true;
  return $isRangeSelection(selection) && $getTableCellNodeFromLexicalNode(selection.anchor.getNode()) !== null;
}

const cellAligns = { alignLeft: 'left', alignCenter: 'center', alignRight: 'right' } as const;

/**
 * Aligns the selected cells (or the caret's cell) by every paragraph in them, which is what the
 * exports read; unlike Lexical's own alignment of a whole selected table, which formats the table.
 */
function $alignCells(align: ElementFormatType): boolean {
  const selection = $getSelection();
  const cells = $isTableSelection(selection)
    ? selection.getNodes().filter($isTableCellNode)
    : $isRangeSelection(selection)
      ? [$getTableCellNodeFromLexicalNode(selection.anchor.getNode())].filter((c) => c !== null)
      : [];
  for (const cell of cells)
    for (const child of cell.getChildren()) if ($isElementNode(child) && !child.isInline()) child.setFormat(align);
  return cells.length > 0;
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
    case 'alignLeft':
    case 'alignCenter':
    case 'alignRight':
      return $alignCells(cellAligns[edit]);
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
