import {
  $computeTableMap,
  $getTableCellNodeFromLexicalNode,
  $getTableNodeFromLexicalNodeOrThrow,
  $insertTableRowAtSelection,
} from '@lexical/table';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_CRITICAL,
  KEY_TAB_COMMAND,
  type LexicalEditor,
} from 'lexical';

/** True when the caret is in the table's last cell (bottom right, merged cells counted once). */
function $caretInLastCell(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const cell = $getTableCellNodeFromLexicalNode(selection.anchor.getNode());
  if (!cell) return false;
  const [map] = $computeTableMap($getTableNodeFromLexicalNodeOrThrow(cell), cell, cell);
  const lastRow = map.at(-1);
  return lastRow?.at(-1)?.cell.is(cell) ?? false;
}

/**
 * Tab in a table's last cell adds a row and goes on in its first cell, as in Word. Lexical's own
 * Tab handler (which runs after this one) moves between cells, and out of the table from the last.
 */
export function registerTableTab(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    KEY_TAB_COMMAND,
    (event) => {
      if (event.shiftKey || !$caretInLastCell()) return false;
      event.preventDefault();
      $insertTableRowAtSelection(true)?.getFirstChild()?.selectStart();
      return true;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
}
