import type { NodeKey } from 'lexical';

/**
 * Charts just inserted, whose data dialog opens as soon as they are shown (kept apart so inserting loads no ECharts).
 */
export const chartsToEdit = new Set<NodeKey>();
