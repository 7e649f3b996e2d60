import type { ApiHandlers } from '../../core/api';
import { computeData } from '../../core/data/compute';
import { dataSheets } from '../../core/data/data-sheets';
import { checkExportPath, checkExportTarget } from '../export/export-target';
import { reportData } from '../store/report-data';
import { importXlsxInto, previewXlsx } from '../xlsx/xlsx-import';
import { writeXlsx } from '../xlsx/xlsx-write';
import type { ServiceContext } from './service-context';

export type XlsxCalls = 'data.readXlsx' | 'data.importXlsx' | 'data.exportXlsx' | 'dialog.pickXlsxSource';

/** 导入Excel / 导出Excel of the open report's 数据. */
export function xlsxHandlers(ctx: ServiceContext): Pick<ApiHandlers, XlsxCalls> {
  const { deps } = ctx;
  return {
    'dialog.pickXlsxSource': () => deps.dialogs.pickSpreadsheet(),
    'data.readXlsx': async ({ path, sheet, mapping }) => {
      const file = ctx.requireReport();
      deps.paths.check('import', path);
      return (await previewXlsx(path, reportData(file), { sheet, mapping })).preview;
    },
    'data.importXlsx': async ({ path, sheet, mapping }) => {
      const file = ctx.requireReport();
      deps.paths.check('import', path);
      const { preview, data } = await importXlsxInto(file, path, { sheet, mapping });
      return { view: computeData(data), counts: preview.counts };
    },
    'data.exportXlsx': async ({ path }) => {
      const file = ctx.requireReport();
      checkExportPath(path, 'xlsx');
      deps.paths.check('export', path);
      checkExportTarget(path, 'xlsx');
      const bytes = await writeXlsx(dataSheets(computeData(reportData(file))), path);
      return { path, bytes };
    },
  };
}
