import type { ApiHandlers } from '../../core/api';
import { documentStats } from '../../core/stats';
import { templateData, templateDocument } from '../../core/templates/report-templates';
import { ReportError } from '../../core/errors';
import { filledDocument } from '../store/report-data';
import { ReportFile } from '../store/report-file';
import { isSameFile } from '../store/save-target';
import { collectUnreferencedAssets } from './asset-handlers';
import { checkReportTarget } from './report-target';
import { type ServiceContext, describeReport } from './service-context';

type ReportCalls =
  | 'app.info'
  | 'recent.list'
  | 'recent.forget'
  | 'dialog.pickReportToOpen'
  | 'dialog.pickReportToSave'
  | `report.${string}`;

/** Files and the document: 新建, 打开, 最近打开, 另存为, autosave. */
export function reportHandlers(ctx: ServiceContext): Pick<ApiHandlers, Extract<keyof ApiHandlers, ReportCalls>> {
  const { deps } = ctx;
  return {
    'app.info': () => ({ shell: deps.shell, version: deps.version, nativeDialogs: deps.dialogs.native }),
    'recent.list': () => deps.recent.list(),
    'recent.forget': ({ path }) => {
      deps.recent.forget(path);
      return null;
    },
    'dialog.pickReportToOpen': () => deps.dialogs.pickReportToOpen(),
    'dialog.pickReportToSave': ({ suggestedName }) => deps.dialogs.pickReportToSave(suggestedName),
    'report.create': async ({ path, meta, template }) => {
      deps.paths.check('save', path);
      await checkReportTarget(path);
      const document = template ? templateDocument(template) : null;
      const content = document ? { document, assets: [], data: templateData(template ?? 'blank') } : undefined;
      return ctx.switchTo(
        await ReportFile.create(path, meta, { overwrite: deps.dialogs.native, ...(content && { content }) }),
      );
    },
    'report.open': async ({ path, readOnly }) => {
      deps.paths.check('open', path);
      const open = ctx.report;
      if (open?.path === path) {
        // Opened again, as the note on photos left in a source moved away asks once it is back: they are read now.
        if (!open.readOnly) ctx.startSizingPhotos();
        return describeReport(open);
      }
      return ctx.switchTo(collectUnreferencedAssets(await ReportFile.open(path, readOnly ? { readOnly } : {})));
    },
    'report.current': () => (ctx.report ? describeReport(ctx.report) : null),
    'report.close': () => {
      ctx.close();
      return null;
    },
    'report.saveDocument': ({ path, document }) => {
      const file = ctx.requireReport();
      if (file.path !== path) throw new ReportError('REPORT_SWITCHED', `save for ${path}, open is ${file.path}`);
      return { savedAt: file.saveDocument(document) };
    },
    'report.updateMeta': ({ meta }) => {
      const file = ctx.requireReport();
      const updated = file.updateMeta(meta);
      deps.recent.add(file.path, updated.title);
      return updated;
    },
    'report.saveAs': async ({ path }) => {
      const file = ctx.requireReport();
      deps.paths.check('save', path);
      // The open report under its own or another spelling (dir/./X, a symlinked folder): as Word, just saved.
      if (isSameFile(path, file.path)) return describeReport(file);
      await checkReportTarget(path);
      ctx.detach();
      try {
        return ctx.switchTo(await file.saveAs(path));
      } catch (err) {
        ctx.switchTo(file);
        throw err;
      }
    },
    'report.stats': () => {
      const file = ctx.requireReport();
      return documentStats(filledDocument(file), file.meta);
    },
  };
}
