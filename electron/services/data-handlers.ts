import type { ApiHandlers } from '../../core/api';
import { computeData } from '../../core/data/compute';
import type { ReportData } from '../../core/data/data-schema';
import { addQuantities, changeQuantities, removeQuantities } from '../../core/data/edit';
import { reportData } from '../store/report-data';
import type { ServiceContext } from './service-context';

type DataCalls = Extract<keyof ApiHandlers, `data.${string}`>;

/** 数据: read the open report's quantities and indicators, and change them in batches. */
export function dataHandlers(ctx: ServiceContext): Pick<ApiHandlers, DataCalls> {
  /** Applies `edit` to the stored data and saves it; answers the recomputed view. */
  const saved = (edit: (data: ReportData) => ReportData) => {
    const file = ctx.requireReport();
    const next = edit(reportData(file));
    file.saveData(next);
    return computeData(next);
  };
  return {
    'data.get': () => computeData(reportData(ctx.requireReport())),
    'data.set': ({ changes }) => saved((data) => changeQuantities(data, changes)),
    'data.add': ({ quantities }) => saved((data) => addQuantities(data, quantities)),
    'data.remove': ({ refs }) => saved((data) => removeQuantities(data, refs)),
  };
}
