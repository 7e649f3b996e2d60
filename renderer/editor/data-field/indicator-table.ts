import { $createTableNodeWithDimensions, type TableCellNode, type TableNode, type TableRowNode } from '@lexical/table';
import { $createTextNode, type LexicalNode, type ParagraphNode, createCommand } from 'lexical';
import type { ComputedData } from '../../../core/data/data-schema';
import { zh } from '../../../core/zh';
import type { DataStore } from '../../data/data-store';
import { $createTableCaptionNode, type TableCaptionNode } from '../table/TableCaptionNode';
import { $createDataFieldNode } from './DataFieldNode';

/** 插入指标表: a captioned table of every indicator, its numbers data fields. */
export const INSERT_INDICATOR_TABLE_COMMAND = createCommand<void>('INSERT_INDICATOR_TABLE_COMMAND');

const t = zh.dataField.indicatorTable;

/**
 * The caption and table 插入指标表 puts in: 指标, 本年, 上年 and the 设置标准 line of each
 * indicator. The numbers are fields, so they follow 数据 and are changed only there; the words
 * and the layout (widths, rows taken out, a merge) are the writer's. It is numbered 表N and
 * exported as any table is.
 */
export function $indicatorTable(view: ComputedData, store: DataStore): [TableCaptionNode, TableNode] {
  const caption = $createTableCaptionNode().append($createTextNode(t.caption));
  const table: TableNode = $createTableNodeWithDimensions(view.indicators.length + 1, t.columns.length, {
    rows: true,
    columns: false,
  });
  const rows = table.getChildren<TableRowNode>();
  const put = (row: number, column: number, node: LexicalNode) =>
    rows[row]!.getChildren<TableCellNode>()[column]!.getFirstChildOrThrow<ParagraphNode>().append(node);
  for (const [c, name] of t.columns.entries()) put(0, c, $createTextNode(name));
  view.indicators.forEach((indicator, i) => {
    put(i + 1, 0, $createTextNode(indicator.name));
    put(i + 1, 1, $createDataFieldNode(indicator.id, 'value', store.field(indicator.id, 'value')?.text ?? ''));
    put(i + 1, 2, $createDataFieldNode(indicator.id, 'previous', store.field(indicator.id, 'previous')?.text ?? ''));
    if (indicator.threshold) put(i + 1, 3, $createTextNode(indicator.threshold.text));
  });
  return [caption, table];
}
