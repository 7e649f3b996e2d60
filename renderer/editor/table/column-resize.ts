import {
  $computeTableMapSkipCellCheck,
  $getTableCellNodeRect,
  $getTableNodeFromLexicalNodeOrThrow,
  $isTableCellNode,
  type TableMapType,
} from '@lexical/table';
import { $getNearestNodeFromDOMNode, type LexicalEditor } from 'lexical';

/**
 * Column widths dragged at a cell's right border, as in Word. The widths are stored on the table
 * (Lexical's colWidths, in layout pixels summing to the table's width) in one update when the
 * drag ends, so a drag is one undo step; both exports print the columns in those proportions.
 */

/** How close to a cell's right border (in screen pixels) the pointer grabs it. */
const GRAB_PX = 4;
/** The narrowest a column may be dragged to, in layout pixels. */
const MIN_COLUMN_PX = 24;

interface Drag {
  table: HTMLTableElement;
  cell: HTMLTableCellElement;
  startX: number;
  guide: HTMLDivElement;
}

/** The cell whose right border is under the pointer, if any; the table's outer right border does not resize. */
function borderCell(target: EventTarget | null, clientX: number): HTMLTableCellElement | null {
  const cell = target instanceof Element ? target.closest<HTMLTableCellElement>('td, th') : null;
  if (!cell) return null;
  const right = cell.getBoundingClientRect().right;
  const table = cell.closest('table');
  if (!table || Math.abs(table.getBoundingClientRect().right - right) < 1) return null;
  return Math.abs(right - clientX) <= GRAB_PX ? cell : null;
}

/** Each column's current width in layout pixels, measured from a cell spanning it alone. */
function measuredWidths(editor: LexicalEditor, map: TableMapType, scale: number, fallback: number): number[] {
  const columns = map[0]?.length ?? 0;
  return Array.from({ length: columns }, (_, column) => {
    for (const row of map) {
      const { cell } = row[column]!;
      if (cell.getColSpan() !== 1) continue;
      const dom = editor.getElementByKey(cell.getKey());
      if (dom) return dom.getBoundingClientRect().width / scale;
    }
    return fallback;
  });
}

export function registerColumnResize(editor: LexicalEditor): () => void {
  let drag: Drag | null = null;

  const finish = (clientX: number) => {
    if (!drag) return;
    const { table, cell, startX, guide } = drag;
    drag = null;
    guide.remove();
    const scale = table.getBoundingClientRect().width / Math.max(table.offsetWidth, 1);
    const delta = (clientX - startX) / (scale || 1);
    if (Math.abs(delta) < 1) return;
    editor.update(() => {
      const cellNode = $getNearestNodeFromDOMNode(cell);
      if (!$isTableCellNode(cellNode)) return;
      const tableNode = $getTableNodeFromLexicalNodeOrThrow(cellNode);
      const [map] = $computeTableMapSkipCellCheck(tableNode, null, null);
      const { columnIndex, colSpan } = $getTableCellNodeRect(cellNode) ?? { columnIndex: 0, colSpan: 1 };
      const left = columnIndex + colSpan - 1;
      const columns = map[0]?.length ?? 0;
      if (left + 1 >= columns) return;
      const stored = tableNode.getColWidths();
      const widths =
        stored && stored.length === columns
          ? [...stored]
          : measuredWidths(editor, map, scale || 1, table.offsetWidth / columns);
      // The border moves between its two columns; the table keeps its width.
      const pair = widths[left]! + widths[left + 1]!;
      widths[left] = Math.min(Math.max(widths[left]! + delta, MIN_COLUMN_PX), pair - MIN_COLUMN_PX);
      widths[left + 1] = pair - widths[left]!;
      tableNode.setColWidths(widths.map((w) => Math.round(w)));
    });
  };

  const onPointerMove = (event: PointerEvent) => {
    const root = editor.getRootElement();
    if (drag) {
      drag.guide.style.left = `${event.clientX}px`;
      return;
    }
    if (root) root.classList.toggle('rp-column-resize', borderCell(event.target, event.clientX) !== null);
  };

  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || !editor.isEditable()) return;
    const cell = borderCell(event.target, event.clientX);
    const table = cell?.closest('table');
    if (!cell || !table) return;
    event.preventDefault();
    const box = table.getBoundingClientRect();
    const guide = document.createElement('div');
    guide.className = 'rp-column-guide';
    Object.assign(guide.style, { top: `${box.top}px`, height: `${box.height}px`, left: `${event.clientX}px` });
    document.body.appendChild(guide);
    drag = { table, cell, startX: event.clientX, guide };
  };

  const onPointerUp = (event: PointerEvent) => finish(event.clientX);

  return editor.registerRootListener((root, previous) => {
    previous?.removeEventListener('pointermove', onPointerMove);
    previous?.removeEventListener('pointerdown', onPointerDown, true);
    document.removeEventListener('pointerup', onPointerUp);
    if (!root) return;
    root.addEventListener('pointermove', onPointerMove);
    // Captured before Lexical starts a cell selection from the same press.
    root.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp);
  });
}
