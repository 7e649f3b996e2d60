import { chartSpecOf } from '../chart/chart-data';
import { fillChartLinks } from '../chart/chart-links';
import type { EditorStateJSON, SerializedNodeJSON } from '../document/editor-json';
import { type DataFieldPart, NODE } from '../document/nodes';
import type { ComputedData } from './data-schema';
import { zh } from '../zh';

/**
 * Data fields in the document: each `data-field` node names a quantity or indicator by id,
 * and prints as its current value with its unit, as plain text. Outputs (PDF, .docx, stats,
 * 体检) fill every field's `text` from the data here first, then read the document as usual.
 */

/** The text a field shows: 6531人, 18.5:1; a marker when the value is empty or the item gone. */
export function fieldText(view: ComputedData, dataId: string, part: DataFieldPart = 'value'): string {
  const item = view.quantities.find((q) => q.id === dataId) ?? view.indicators.find((i) => i.id === dataId);
  if (!item) return zh.data.fieldGone;
  const text = part === 'previous' ? item.previousText : item.text;
  return text || zh.data.fieldEmpty(part === 'previous' ? `${item.name}（上年）` : item.name);
}

export function isDataField(node: SerializedNodeJSON): boolean {
  return node.type === NODE.dataField;
}

const partOf = (node: SerializedNodeJSON): DataFieldPart => (node.part === 'previous' ? 'previous' : 'value');

/** The document with every data field's `text` and linked chart cell set from `view`; the same object when nothing changed. */
export function fillDataFields(doc: EditorStateJSON, view: ComputedData): EditorStateJSON {
  const fill = (node: SerializedNodeJSON): SerializedNodeJSON => {
    if (node.type === NODE.dataField) {
      const text = fieldText(view, typeof node.dataId === 'string' ? node.dataId : '', partOf(node));
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
