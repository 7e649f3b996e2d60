import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ApiClient } from '../../core/api';
import { computeData } from '../../core/data/compute';
import type {
  ComputedData,
  NewIndicator,
  NewQuantity,
  Quantity,
  QuantityChange,
  ReportData,
} from '../../core/data/data-schema';
import { addIndicators, addQuantities, changeQuantities } from '../../core/data/edit';
import { type FieldShown, fieldShown } from '../../core/data/fields';
import type { DataFieldPart } from '../../core/document/nodes';
import { ReportError, type Result } from '../../core/errors';
import { flushPendingSave } from '../editor/save-barrier';
import { type QuantityColumn, quantityEdit } from './cell-edits';

export type { FieldShown, FieldState } from '../../core/data/fields';

/** The API calls the store makes (tests answer them in memory). */
export type DataCalls = Pick<
  ApiClient,
  | 'data.get'
  | 'data.set'
  | 'data.add'
  | 'data.remove'
  | 'data.addIndicators'
  | 'data.removeIndicators'
  | 'data.addStarter'
>;

/** The stored data inside a view: each item without what computeData adds. */
function dataOf(view: ComputedData): ReportData {
  return {
    version: 1,
    quantities: view.quantities.map(({ id, name, value, unit, year, previous, source, note }) => ({
      id,
      name,
      value,
      unit,
      year,
      previous,
      source,
      note,
    })),
    indicators: view.indicators.map(({ id, name, formula, unit, decimals, note }) => ({
      id,
      name,
      formula,
      unit,
      decimals,
      note,
    })),
  };
}

/**
 * The open report's 数据 as the UI sees it: every indicator worked out, each set against the
 * 设置标准. The panel, the sheet and every data field in the text read it and hear of each
 * change. An edit is worked out here first with core's own functions, so the text follows at
 * once, and then saved through the API, whose answer settles the view; an edit the Node side
 * refuses puts its data back and says why.
 */
export class DataStore {
  private view: ComputedData | null = null;
  private readonly listeners = new Set<() => void>();
  /** Counts edits sent: only the latest one's answer settles the view. */
  private sent = 0;

  constructor(private readonly api: DataCalls) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Null until the first answer: fields keep the text they were saved with meanwhile. */
  readonly getView = (): ComputedData | null => this.view;

  /** What a field of `dataId` shows now, or null while the data is not loaded. */
  field(dataId: string, part: DataFieldPart = 'value'): FieldShown | null {
    return this.view && fieldShown(this.view, dataId, part);
  }

  /** Each resolves to null when done, or the Chinese reason it was refused. */
  load = async (): Promise<string | null> => {
    const result = await this.api['data.get']({});
    if (!result.ok) return result.error.message;
    this.settle(result.value);
    return null;
  };
  set = (changes: QuantityChange[]) =>
    this.edit(
      (data) => changeQuantities(data, changes),
      () => this.api['data.set']({ changes }),
    );
  add = (quantities: NewQuantity[]) =>
    this.edit(
      (data) => addQuantities(data, quantities),
      () => this.api['data.add']({ quantities }),
    );
  /** Removes quantities: null when done, else why not, `inUse` when 仍然删除 (`force`) would do it. */
  remove = (refs: string[], force = false) => this.removal(() => this.api['data.remove']({ refs, force }));
  /** 添加常用数据: what a report of its kind starts with (the Node side knows the kind). */
  addStarter = async (): Promise<string | null> => {
    const result = await this.api['data.addStarter']({});
    if (result.ok) this.settle(result.value);
    return result.ok ? null : result.error.message;
  };
  addIndicators = (indicators: NewIndicator[]) =>
    this.edit(
      (data) => addIndicators(data, indicators),
      () => this.api['data.addIndicators']({ indicators }),
    );
  removeIndicators = (refs: string[], force = false) =>
    this.removal(() => this.api['data.removeIndicators']({ refs, force }));

  /** A cell of `quantity` typed as `text`: saved, or the Chinese reason it is not (the text stays with the caller). */
  editCell(quantity: Quantity, column: QuantityColumn, text: string): Promise<string | null> {
    const edit = quantityEdit(quantity, column, text);
    return edit.ok ? this.set([edit.change]) : Promise.resolve(edit.message);
  }

  /** Puts a view in place as if the Node side had answered it (tests, benches). */
  adopt(view: ComputedData): void {
    this.view = view;
    for (const listener of this.listeners) listener();
  }

  private async edit(
    here: (data: ReportData) => ReportData,
    there: () => Promise<Result<ComputedData>>,
  ): Promise<string | null> {
    if (this.view) {
      try {
        this.adopt(computeData(here(dataOf(this.view))));
      } catch (err) {
        // Refused here as the Node side would refuse it (a name taken, a quantity a formula uses): nothing is sent.
        if (err instanceof ReportError) return err.error.message;
        throw err;
      }
    }
    const sent = ++this.sent;
    const result = await there();
    if (sent === this.sent) {
      if (result.ok) this.settle(result.value);
      else await this.load(); // what the file holds, without the refused edit
    }
    return result.ok ? null : result.error.message;
  }

  /**
   * A removal is not shown before the Node side agrees: only it sees the saved text, whose fields
   * and charts may use the item (the page's last edits are saved first), so that a refusal names
   * every use at once, formulas, charts and text alike.
   */
  private async removal(there: () => Promise<Result<ComputedData>>): Promise<Removal> {
    await flushPendingSave();
    const sent = ++this.sent;
    const result = await there();
    if (sent === this.sent && result.ok) this.settle(result.value);
    return result.ok ? null : { message: result.error.message, inUse: result.error.code === 'DATA_IN_USE' };
  }

  /** The Node side's view, told to listeners only where it differs from what they have (it mostly does not). */
  private settle(view: ComputedData): void {
    if (!this.view || JSON.stringify(this.view) !== JSON.stringify(view)) this.adopt(view);
  }
}

/** A removal refused: why, and whether it is for uses that 仍然删除 would override. Null when removed. */
export type Removal = { message: string; inUse: boolean } | null;

export const DataStoreContext = createContext<DataStore | null>(null);

export function useDataStore(): DataStore {
  const store = useContext(DataStoreContext);
  if (!store) throw new Error('useDataStore outside DataStoreContext');
  return store;
}

const noStore = { subscribe: () => () => {}, getView: (): ComputedData | null => null };

/** As useDataView, or null where no report's 数据 is at hand (an editor outside the report's page). */
export function useDataViewIfAny(): ComputedData | null {
  const store = useContext(DataStoreContext) ?? noStore;
  return useSyncExternalStore(store.subscribe, store.getView);
}

/** The latest 数据 view (null until loaded); re-renders when it changes. */
export function useDataView(): ComputedData | null {
  const store = useDataStore();
  return useSyncExternalStore(store.subscribe, store.getView);
}
