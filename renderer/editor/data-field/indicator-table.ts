import {
  $createTableNodeWithDimensions,
  $isTableNode,
  type TableCellNode,
  type TableNode,
  type TableRowNode,
} from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createTextNode,
  $getRoot,
  $getNearestNodeFromDOMNode,
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
  type ParagraphNode,
  createCommand,
} from 'lexical';
import type { ComputedData } from '../../../core/data/data-schema';
import type { DataFieldPart } from '../../../core/document/nodes';
import { zh } from '../../../core/zh';
import type { DataStore } from '../../data/data-store';
import { $createTableCaptionNode, type TableCaptionNode } from '../table/TableCaptionNode';
import { $createDataFieldNode, $isDataFieldNode } from './DataFieldNode';

/** 插入指标表: a captioned table of every indicator, its numbers data fields. */
export const INSERT_INDICATOR_TABLE_COMMAND = createCommand<void>('INSERT_INDICATOR_TABLE_COMMAND');
/** 更新指标表: the indicator table of this key (or at the caret) lists the indicators 数据 has now. */
export const UPDATE_INDICATOR_TABLE_COMMAND = createCommand<NodeKey | undefined>('UPDATE_INDICATOR_TABLE_COMMAND');

const t = zh.dataField.indicatorTable;

/** The fields of each row after the indicator's name: 本年, 上年, 标准, 达标. */
const ROW_PARTS: readonly DataFieldPart[] = ['value', 'previous', 'threshold', 'status'];

/**
 * Widths of a new table, in layout pixels across the page's text (156 mm ≈ 590 px): left to
 * content, long ［…：待填］ markers would squeeze 标准 and 达标 until 未达标 broke over two lines.
 */
const COLUMN_WIDTHS: readonly number[] = [150, 140, 140, 85, 75];

/**
 * The table 插入指标表 puts in: 指标, 本年, 上年, the 设置标准 line and 达标 of each indicator.
 * Every number and verdict is a field, so it follows 数据 and is changed only there; the words
 * and the layout (widths, a merge) are the writer's. It is numbered 表N and exported as any table is.
 */
function $indicatorTableNode(view: ComputedData, store: DataStore): TableNode {
  const table: TableNode = $createTableNodeWithDimensions(view.indicators.length + 1, t.columns.length, {
    rows: true,
    columns: false,
  }).setColWidths(COLUMN_WIDTHS);
  const rows = table.getChildren<TableRowNode>();
  const put = (row: number, column: number, node: LexicalNode) =>
    rows[row]!.getChildren<TableCellNode>()[column]!.getFirstChildOrThrow<ParagraphNode>().append(node);
  for (const [c, name] of t.columns.entries()) put(0, c, $createTextNode(name));
  view.indicators.forEach((indicator, i) => {
    put(i + 1, 0, $createTextNode(indicator.name));
    for (const [c, part] of ROW_PARTS.entries())
      put(i + 1, c + 1, $createDataFieldNode(indicator.id, part, store.field(indicator.id, part)?.text ?? ''));
  });
  return table;
}

export function $indicatorTable(view: ComputedData, store: DataStore): [TableCaptionNode, TableNode] {
  return [$createTableCaptionNode().append($createTextNode(t.caption)), $indicatorTableNode(view, store)];
}

/** A table 插入指标表 made (now or by an older version): its header starts 指标 | 本年 and it holds fields. */
export function $isIndicatorTable(table: TableNode): boolean {
  const header = table.getFirstChild<TableRowNode>()?.getChildren<TableCellNode>() ?? [];
  return (
    header[0]?.getTextContent().trim() === t.columns[0] &&
    header[1]?.getTextContent().trim() === t.columns[1] &&
    $indicatorIdsIn(table).length > 0
  );
}

/** The ids the table's fields name, each once, in reading order. */
export function $indicatorIdsIn(table: TableNode): string[] {
  const ids = new Set<string>();
  const walk = (parent: ElementNode) => {
    for (const child of parent.getChildren()) {
      if ($isDataFieldNode(child)) ids.add(child.getDataId());
      else if ($isElementNode(child)) walk(child);
    }
  };
  walk(table);
  return [...ids];
}

/** Every indicator table of the report (tables sit at the top level or in a case's body). */
export function $indicatorTables(): TableNode[] {
  const out: TableNode[] = [];
  const walk = (parent: ElementNode) => {
    for (const child of parent.getChildren()) {
      if ($isTableNode(child)) {
        if ($isIndicatorTable(child)) out.push(child);
      } else if ($isElementNode(child)) walk(child);
    }
  };
  walk($getRoot());
  return out;
}

/** The indicator table `node` is (or is in), or null. */
export function $indicatorTableOf(node: LexicalNode | null): TableNode | null {
  const table = node && $findMatchingParent(node, $isTableNode);
  return table && $isTableNode(table) && $isIndicatorTable(table) ? table : null;
}

/** The indicator table the caret is in, or null. */
export function $indicatorTableAtSelection(): TableNode | null {
  const selection = $getSelection();
  return $indicatorTableOf($isRangeSelection(selection) ? selection.anchor.getNode() : null);
}

/** The indicator table of `key`, or the caret's when there is no key. */
export function $indicatorTableFor(key: NodeKey | undefined): TableNode | null {
  return key ? $indicatorTableOf($getNodeByKey(key)) : $indicatorTableAtSelection();
}

/** The key of the indicator table drawn as `element` when it is out of step with `view`, else null. */
export function $outdatedIndicatorTable(element: HTMLElement, view: ComputedData | null): NodeKey | null {
  const table = view && $indicatorTableOf($getNearestNodeFromDOMNode(element));
  return table && $indicatorTableOutOfStep(table, view) ? table.getKey() : null;
}

/** True when the table lists other indicators than `view` has, or lacks a column of today's table. */
export function $indicatorTableOutOfStep(table: TableNode, view: ComputedData): boolean {
  const ids = $indicatorIdsIn(table);
  const header = table.getFirstChild<TableRowNode>()?.getChildrenSize() ?? 0;
  return (
    header !== t.columns.length ||
    ids.length !== view.indicators.length ||
    view.indicators.some((indicator, i) => ids[i] !== indicator.id)
  );
}

/**
 * The table rebuilt with the indicators `view` has now, in place: its caption (and so its 表N)
 * is a sibling and stays; its column widths stay, a table from before the 达标 column giving
 * its width to the new column in proportion.
 */
export function $refreshIndicatorTable(old: TableNode, view: ComputedData, store: DataStore): TableNode {
  const table = $indicatorTableNode(view, store);
  const widths = old.getColWidths();
  if (widths && widths.length > 0) {
    const total = widths.reduce((a, b) => a + b, 0);
    const padded =
      widths.length >= t.columns.length
        ? widths.slice(0, t.columns.length)
        : [...widths, ...Array<number>(t.columns.length - widths.length).fill(total / widths.length)];
    const scale = total / padded.reduce((a, b) => a + b, 0);
    table.setColWidths(padded.map((w) => Math.round(w * scale)));
  }
  old.replace(table);
  return table;
}
