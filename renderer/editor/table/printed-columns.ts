import { $isTableCellNode, $isTableNode, type TableNode } from '@lexical/table';
import { $dfs } from '@lexical/utils';
import { $getNodeByKey, $isElementNode, type LexicalEditor, type LexicalNode, setDOMUnmanaged } from 'lexical';
import { tableColumnWidths } from '../../../core/print/table-columns';
import { PRINT_TEMPLATES, type Template, caseInnerWidth, contentWidth } from '../../../core/print/templates';
import type { TableCell } from '../../../core/report-tree';
import { NODE } from '../../../core/document/nodes';

/**
 * A table whose columns were never dragged is shown at the column widths print gives it
 * (core/print/table-columns.ts), not by the browser's automatic layout, so what the user sees
 * is what prints. The widths go into a `<colgroup>` of percentages Lexical does not manage;
 * once a border is dragged, Lexical's own colgroup (colWidths) takes over.
 */
const MARK = 'data-printed-columns';

/** The cells as print reads them: text by paragraph, spans; formatting plays no part in widths. */
function $cellsOf(table: TableNode): TableCell[][] {
  return table.getChildren().map((row) =>
    ($isElementNode(row) ? row.getChildren() : []).filter($isTableCellNode).map((cell) => ({
      text: cell
        .getChildren()
        .map((p) => p.getTextContent())
        .join('\n'),
      runs: [],
      colSpan: cell.getColSpan(),
      rowSpan: cell.getRowSpan(),
      header: false,
      align: null,
    })),
  );
}

function $inCase(node: LexicalNode): boolean {
  return node.getParents().some((p) => p.getType() === NODE.case);
}

/** Widths in percent of the table, or null when the table's own (dragged) widths apply. */
function $printedPercents(table: TableNode, template: Template): number[] | null {
  if (table.getColWidths()) return null;
  const t = PRINT_TEMPLATES[template];
  const column = $inCase(table) ? caseInnerWidth(t) : contentWidth(t);
  const widths = tableColumnWidths({ rows: $cellsOf(table), columnWidths: null }, column, t.table.size);
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w / sum) * 100);
}

function applyColumns(dom: HTMLElement, percents: number[] | null): void {
  const table = dom instanceof HTMLTableElement ? dom : dom.querySelector('table');
  if (!table) return;
  const ours = table.querySelector<HTMLElement>(`:scope > colgroup[${MARK}]`);
  if (!percents) {
    // Dragged: Lexical writes its widths into the first colgroup it finds, which may be this one.
    ours?.removeAttribute(MARK);
    return;
  }
  const key = percents.map((p) => p.toFixed(2)).join(' ');
  if (ours?.getAttribute(MARK) === key) return;
  const group = ours ?? document.createElement('colgroup');
  // Lexical leaves it alone (and its reconciler places rows after it, as after its own colgroup).
  setDOMUnmanaged(group);
  group.setAttribute(MARK, key);
  group.replaceChildren(
    ...percents.map((p) => {
      const col = document.createElement('col');
      col.style.width = `${p.toFixed(2)}%`;
      return col;
    }),
  );
  if (!ours) table.insertBefore(group, table.firstChild);
}

/** Keeps every undragged table's columns at their printed widths as its text changes. */
export function registerPrintedColumns(editor: LexicalEditor, template: Template): () => void {
  const refresh = (keys: Iterable<string>) => {
    const updates: [HTMLElement, number[] | null][] = [];
    editor.getEditorState().read(() => {
      for (const key of keys) {
        const node = $getNodeByKey(key);
        if (!$isTableNode(node)) continue;
        const dom = editor.getElementByKey(key);
        if (dom) updates.push([dom, $printedPercents(node, template)]);
      }
    });
    for (const [dom, percents] of updates) applyColumns(dom, percents);
  };
  const allTables = () => {
    const keys: string[] = [];
    editor.getEditorState().read(() => {
      for (const { node } of $dfs()) if ($isTableNode(node)) keys.push(node.getKey());
    });
    return keys;
  };
  refresh(allTables());
  // A cell's text changing marks its table dirty too (Lexical marks every parent of a change).
  return editor.registerUpdateListener(({ dirtyElements }) => refresh(dirtyElements.keys()));
}
