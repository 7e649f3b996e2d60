import type { ApiHandlers } from '../../core/api';
import { computeData } from '../../core/data/compute';
import type { ReportData } from '../../core/data/data-schema';
import {
  addIndicators,
  addQuantities,
  changeIndicators,
  changeQuantities,
  removeIndicators,
  type RemoveOptions,
  removeQuantities,
} from '../../core/data/edit';
import { takeLastYear } from '../../core/data/last-year';
import { withStarterData } from '../../core/templates/report-templates';
import { reportData } from '../store/report-data';
import { lastYearData } from '../store/last-year-data';
import type { ServiceContext } from './service-context';
import type { XlsxCalls } from './xlsx-handlers';

/** All data.* calls but Excel's (xlsx-handlers.ts). */
type DataCalls = Exclude<Extract<keyof ApiHandlers, `data.${string}`>, XlsxCalls>;

/** 数据: read the open report's quantities and indicators, and change them in batches. */
export function dataHandlers(ctx: ServiceContext): Pick<ApiHandlers, DataCalls> {
  /** Applies `edit` to the stored data and saves it; answers the recomputed view. */
  const saved = (edit: (data: ReportData) => ReportData) => {
    const file = ctx.requireReport();
    const next = edit(reportData(file));
    file.saveData(next);
    return computeData(next);
  };
  /** What a removal checks against: the saved document (the page flushes its edits first) and its numbering. */
  const usesIn = (force = false): RemoveOptions => {
    const file = ctx.requireReport();
    return { force, doc: file.document?.json ?? null, numbering: file.meta };
  };
  return {
    'data.get': () => computeData(reportData(ctx.requireReport())),
    'data.set': ({ changes }) => saved((data) => changeQuantities(data, changes)),
    'data.add': ({ quantities }) => saved((data) => addQuantities(data, quantities)),
    'data.remove': ({ refs, force }) => saved((data) => removeQuantities(data, refs, usesIn(force))),
    'data.addIndicators': ({ indicators }) => saved((data) => addIndicators(data, indicators)),
    'data.setIndicators': ({ changes }) => saved((data) => changeIndicators(data, changes)),
    'data.removeIndicators': ({ refs, force }) => saved((data) => removeIndicators(data, refs, usesIn(force))),
    'data.addStarter': () => saved((data) => withStarterData(data, ctx.requireReport().meta.kind)),
    'data.takeLastYear': async ({ path }) => {
      ctx.deps.paths.check('open', path);
      const last = await lastYearData(path);
      return saved((data) => takeLastYear(data, last));
    },
  };
}
