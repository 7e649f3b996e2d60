import { basename, extname } from 'node:path';
import type { ApiHandlers } from '../../core/api';
import { documentStats } from '../../core/stats';
import { importIntoReport, importToNewReport } from '../import/import-to-report';
import { type ServiceContext, describeReport } from './service-context';

/** 文件 → 导入 (a new report, opened at once) and 插入文件 (into the open report at the cursor). */
export function importHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'import.file' | 'import.insert' | 'dialog.pickImportSource'> {
  const { deps } = ctx;
  return {
    'dialog.pickImportSource': () => deps.dialogs.pickImportSource(),
    'import.file': async ({ path }) => {
      const target = await deps.dialogs.pickReportToSave(basename(path, extname(path)));
      if (!target) return null;
      const { file, result } = await importToNewReport(path, target, {}, { overwrite: deps.dialogs.native });
      ctx.switchTo(file);
      return { report: describeReport(file), stats: documentStats(result.document, file.meta), notes: result.notes };
    },
    'import.insert': async ({ path }) => {
      const file = ctx.requireReport();
      const { blocks, result } = await importIntoReport(file, path);
      return { blocks, stats: documentStats(result.document, file.meta), notes: result.notes, meta: file.meta };
    },
  };
}
