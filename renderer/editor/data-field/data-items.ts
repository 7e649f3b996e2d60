import type { ComputedData } from '../../../core/data/data-schema';

/** A quantity or indicator as the pickers list it. */
export interface DataItem {
  id: string;
  name: string;
  /** Its value with its unit as a field shows it, '' while empty. */
  text: string;
  kind: 'quantity' | 'indicator';
}

export function dataItems(view: ComputedData | null): DataItem[] {
  if (!view) return [];
  return [
    ...view.quantities.map((q): DataItem => ({ id: q.id, name: q.name, text: q.text, kind: 'quantity' })),
    ...view.indicators.map((i): DataItem => ({ id: i.id, name: i.name, text: i.text, kind: 'indicator' })),
  ];
}
