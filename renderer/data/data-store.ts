import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ApiClient } from '../../core/api';
import type { DataView, NewQuantity, Quantity, QuantityChange } from '../../core/data/data-schema';
import { fieldText } from '../../core/data/fields';
import type { DataFieldPart } from '../../core/document/nodes';
import type { Result } from '../../core/errors';
import { type QuantityColumn, quantityEdit } from './cell-edits';

/** A field's text, and whether it is a value, a 待填 marker or a 数据已删除 placeholder. */
export interface FieldShown {
  text: string;
  state: FieldState;
}
export type FieldState = 'value' | 'empty' | 'gone';

type DataCalls = Pick<ApiClient, 'data.get' | 'data.set' | 'data.add' | 'data.remove'>;

/**
 * The open report's 数据 as the UI sees it: the latest view the Node side worked out (every
 * indicator recomputed, each set against the 设置标准). The panel, the sheet and every data
 * field in the text read it and hear of each change; edits go through the API and the view it
 * answers replaces this one at once. A failed edit leaves the view as it was and says why.
 */
export class DataStore {
  private view: DataView | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly api: DataCalls) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Null until the first answer: fields keep the text they were saved with meanwhile. */
  readonly getView = (): DataView | null => this.view;

  /** What a field of `dataId` shows now, or null while the data is not loaded. */
  field(dataId: string, part: DataFieldPart = 'value'): FieldShown | null {
    const view = this.view;
    if (!view) return null;
    const item = view.quantities.find((q) => q.id === dataId) ?? view.indicators.find((i) => i.id === dataId);
    const value = item && (part === 'previous' ? item.previousText : item.text);
    return { text: fieldText(view, dataId, part), state: !item ? 'gone' : value ? 'value' : 'empty' };
  }

  /** Each resolves to null when done, or the Chinese reason it was refused. */
  load = () => this.take(this.api['data.get']({}));
  set = (changes: QuantityChange[]) => this.take(this.api['data.set']({ changes }));
  add = (quantities: NewQuantity[]) => this.take(this.api['data.add']({ quantities }));
  remove = (refs: string[]) => this.take(this.api['data.remove']({ refs }));

  /** A cell of `quantity` typed as `text`: saved, or the Chinese reason it is not (the text stays with the caller). */
  editCell(quantity: Quantity, column: QuantityColumn, text: string): Promise<string | null> {
    const edit = quantityEdit(quantity, column, text);
    return edit.ok ? this.set([edit.change]) : Promise.resolve(edit.message);
  }

  /** Puts a view in place as if the Node side had answered it (tests, benches). */
  adopt(view: DataView): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }

  private async take(pending: Promise<Result<DataView>>): Promise<string | null> {
    const result = await pending;
    if (!result.ok) return result.error.message;
    this.adopt(result.value);
    return null;
  }
}

export const DataStoreContext = createContext<DataStore | null>(null);

export function useDataStore(): DataStore {
  const store = useContext(DataStoreContext);
  if (!store) throw new Error('useDataStore outside DataStoreContext');
  return store;
}

/** The latest 数据 view (null until loaded); re-renders when it changes. */
export function useDataView(): DataView | null {
  const store = useDataStore();
  return useSyncExternalStore(store.subscribe, store.getView);
}
