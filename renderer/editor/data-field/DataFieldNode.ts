import {
  $applyNodeReplacement,
  $getSelection,
  $isRangeSelection,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
  TextNode,
} from 'lexical';
import { zh } from '../../../core/zh';
import { type DataFieldPart, NODE, dataFieldPartOf } from '../../../core/document/nodes';
import type { FieldShown, FieldState } from '../../data/data-store';

export type SerializedDataFieldNode = Spread<{ dataId: string; part?: DataFieldPart }, SerializedTextNode>;

/**
 * A number from 数据 in the text (core/document/nodes.ts, `data-field`): a text node whose text
 * is the quantity's or indicator's value with its unit, kept in step with the data by
 * DataFieldPlugin. It is one token: typed around, deleted whole, never edited inside; it takes
 * bold or italic as the text around it does, and prints exactly as that text would.
 */
export class DataFieldNode extends TextNode {
  __dataId: string;
  __part: DataFieldPart;
  /** Not saved: what the text is, for the page to mark a 待填 or a deleted item. */
  __shows: FieldState = 'value';

  static override getType(): string {
    return NODE.dataField;
  }

  static override clone(node: DataFieldNode): DataFieldNode {
    const clone = new DataFieldNode(node.__dataId, node.__part, node.__text, node.__key);
    clone.__shows = node.__shows;
    return clone;
  }

  static override importJSON(serialized: SerializedDataFieldNode): DataFieldNode {
    return $createDataFieldNode(serialized.dataId, dataFieldPartOf(serialized.part)).updateFromJSON(serialized);
  }

  constructor(dataId: string, part: DataFieldPart = 'value', text = '', key?: NodeKey) {
    super(text, key);
    this.__dataId = dataId;
    this.__part = part;
  }

  override updateFromJSON(serialized: LexicalUpdateJSON<SerializedDataFieldNode>): this {
    return super.updateFromJSON(serialized).setMode('token');
  }

  override exportJSON(): SerializedDataFieldNode {
    const self = this.getLatest();
    return {
      ...super.exportJSON(),
      type: NODE.dataField,
      dataId: self.__dataId,
      ...(self.__part === 'value' ? {} : { part: self.__part }),
    };
  }

  getDataId(): string {
    return this.getLatest().__dataId;
  }

  getPart(): DataFieldPart {
    return this.getLatest().__part;
  }

  /** Puts what the data says now in place: the text and its state. */
  show({ text, state }: FieldShown): void {
    const latest = this.getLatest();
    if (latest.__text === text && latest.__shows === state) return;
    const self = this.getWritable();
    self.__text = text;
    self.__shows = state;
    // A caret at the end of a longer text (［在校生数：待填］ → 6531人) moves to the new end.
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    for (const point of [selection.anchor, selection.focus]) {
      if (point.key === self.__key && point.offset > text.length) point.set(self.__key, text.length, 'text');
    }
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('rp-field');
    dom.dataset.dataId = this.__dataId;
    markState(dom, this.__shows);
    return dom;
  }

  override updateDOM(prevNode: this, dom: HTMLElement, config: EditorConfig): boolean {
    if (super.updateDOM(prevNode, dom, config)) return true;
    if (prevNode.__shows !== this.__shows) markState(dom, this.__shows);
    return false;
  }

  /** Copied out of the app (into Word, a chat), a field is the number as it reads. */
  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span');
    element.textContent = this.getTextContent();
    return { element };
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

function markState(dom: HTMLElement, state: FieldState): void {
  dom.classList.toggle('rp-field-empty', state === 'empty');
  dom.classList.toggle('rp-field-gone', state === 'gone');
  dom.title = state === 'gone' ? zh.dataField.gone : '';
}

/** A field is a token: one unit for the caret, the selection and deletion. */
export function $createDataFieldNode(dataId: string, part: DataFieldPart = 'value', text = ''): DataFieldNode {
  return $applyNodeReplacement(new DataFieldNode(dataId, part, text)).setMode('token');
}

export function $isDataFieldNode(node: LexicalNode | null | undefined): node is DataFieldNode {
  return node instanceof DataFieldNode;
}
