import { chartSpecOf } from '../chart/chart-data';
import { fillChartLinks } from '../chart/chart-links';
import type { EditorStateJSON, SerializedNodeJSON } from '../document/editor-json';
import { type DataFieldPart, NODE, dataFieldPartOf } from '../document/nodes';
import type { ComputedData, IndicatorView, QuantityView } from './data-schema';
import { zh } from '../zh';

/**
 * Data fields in the document: each `data-field` node names a quantity or indicator by id,
 * and prints as its current value with its unit, as plain text. Outputs (PDF, .docx, stats,
 * 体检) fill every field's `text` from the data here first, then read the document as usual.
 */

/** A field's text, and whether it is a value, a 待填 marker or a 数据已删除 placeholder. */
export interface FieldShown {
  text: string;
  state: FieldState;
}
export type FieldState = 'value' | 'empty' | 'gone';

/**
 * What one part of an item prints. '' where the part has nothing to say: no line in the standard
 * (标准 and 达标 blank), no change while a year is empty; null for a value still to fill.
 */
function partText(item: QuantityView | IndicatorView, part: DataFieldPart): string | null {
  switch (part) {
    case 'value':
      return item.text || null;
    case 'previous':
      return item.previousText || null;
    case 'threshold':
      return item.threshold?.text ?? '';
    case 'status':
      return zh.data.statuses[item.status];
    case 'change':
      return item.change?.text ?? '';
  }
}

/** What a field shows: 6531人, 18.5:1, 达标; a marker when the value is empty or the item gone. */
export function fieldShown(view: ComputedData, dataId: string, part: DataFieldPart = 'value'): FieldShown {
  const item = view.quantities.find((q) => q.id === dataId) ?? view.indicators.find((i) => i.id === dataId);
  if (!item) return { text: zh.data.fieldGone, state: 'gone' };
  const text = partText(item, part);
  if (text === null)
    return { text: zh.data.fieldEmpty(part === 'previous' ? `${item.name}（上年）` : item.name), state: 'empty' };
  // 缺数据 in a 达标 cell is marked as a 待填 is: the value it needs is empty.
  return { text, state: part === 'status' && item.status === 'missing' ? 'empty' : 'value' };
}

/** The text a field shows (fieldShown without its state). */
export function fieldText(view: ComputedData, dataId: string, part: DataFieldPart = 'value'): string {
  return fieldShown(view, dataId, part).text;
}

export function isDataField(node: SerializedNodeJSON): boolean {
  return node.type === NODE.dataField;
}

/**
 * The document with every data field's `text` and linked chart cell set from `view`; the same object when nothing
 * changed.
 */
export function fillDataFields(doc: EditorStateJSON, view: ComputedData): EditorStateJSON {
  const fill = (node: SerializedNodeJSON): SerializedNodeJSON => {
    if (node.type === NODE.dataField) {
      const text = fieldText(view, typeof node.dataId === 'string' ? node.dataId : '', dataFieldPartOf(node.part));
      return node.text === text ? node : { ...node, text };
    }
    if (node.type === NODE.figureChart) {
      // A chart's cells taken from the data follow it as a field does (core/chart/chart-links.ts).
      const chart = chartSpecOf(node.chart);
      const filled = fillChartLinks(chart, view);
      return filled === chart ? node : { ...node, chart: filled };
    }
    if (!node.children) return node;
    let changed = false;
    const children = node.children.map((c) => {
      const filled = fill(c);
      changed ||= filled !== c;
      return filled;
    });
    return changed ? { ...node, children } : node;
  };
  const root = fill(doc.root);
  return root === doc.root ? doc : { ...doc, root };
}

/** Every data field's id in the document, in reading order (the same id as often as it is used). */
export function dataFieldIds(doc: EditorStateJSON): string[] {
  const out: string[] = [];
  const walk = (node: SerializedNodeJSON) => {
    if (node.type === NODE.dataField && typeof node.dataId === 'string') out.push(node.dataId);
    for (const c of node.children ?? []) walk(c);
  };
  walk(doc.root);
  return out;
}
