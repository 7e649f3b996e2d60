import { basename, extname } from 'node:path';
import type { ApiHandlers } from '../../core/api';
import { buildReportTree } from '../../core/report-tree';
import { reportStats } from '../../core/stats';
import { importToNewReport } from '../import/import-to-report';
import { type ServiceContext, describeReport } from './service-context';

/** 文件 → 导入: a Word or text file becomes a new report, opened at once. */
export function importHandlers(ctx: ServiceContext): Pick<ApiHandlers, 'import.file'> {
  const { deps } = ctx;
  return {
    'import.file': async ({ path }) => {
      const target = await deps.dialogs.pickReportToSave(basename(path, extname(path)));
      if (!target) return null;
      const { file, result } = await importToNewReport(path, target, { organisation: '', year: new Date().getFullYear(), kind: 'school' }, { overwrite: deps.dialogs.native });
      const stats = reportStats(buildReportTree(result.document, file.meta));
      ctx.switchTo(file);
      return { report: describeReport(file), stats, notes: result.notes };
    },
  };
}
