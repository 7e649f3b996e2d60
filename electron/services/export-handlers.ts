import type { ApiHandlers, ExportKind } from '../../core/api';
import { exportDocxInBackground } from '../background/heavy-work';
import { chromiumPrinter } from '../export/default-printer';
import { ExportJobs } from '../export/export-jobs';
import { type ExportResult, type StageListener, fileSource, withPhotosSizedForPrint } from '../export/export-source';
import { checkExportPath, checkExportTarget } from '../export/export-target';
import { exportPdf } from '../export/pdf-export';
import type { PrintPreview } from '../export/print-preview';
import type { Template } from '../../core/print/templates';
import type { ServiceContext } from './service-context';

type ExportCalls = 'app.capabilities' | 'app.reveal' | 'dialog.pickExportPath' | `export.${string}`;

/** 导出 PDF / Word: at once (export.pdf, export.docx) or as a job the UI polls, with 打开所在文件夹; 打印预览. */
export function exportHandlers(
  ctx: ServiceContext,
  preview: PrintPreview,
): Pick<ApiHandlers, Extract<keyof ApiHandlers, ExportCalls>> {
  const { deps } = ctx;
  const jobs = new ExportJobs();

  /** Checks now (so a bad target or no report fails the call itself), then returns the work. */
  const prepare = (kind: ExportKind, path: string, template?: Template) => {
    // The document and meta are read now: typing on while the export runs does not change it.
    const file = ctx.requireReport();
    const read = fileSource(file);
    // The path's form first, then whether the page may name it, and only then the disk.
    checkExportPath(path, kind);
    deps.paths.check('export', path);
    checkExportTarget(path, kind);
    // 历史版本 shows what each exported file held.
    if (!file.readOnly) file.takeSnapshot('export');
    return async (signal?: AbortSignal, onStage?: StageListener): Promise<ExportResult> => {
      // Right after an import, its photos may still be being sized for print: the export waits for them.
      if (file.listPhotosToSize().length > 0 || file.listPhotosToRead().length > 0) onStage?.('photos');
      await ctx.photosSized();
      const source = await withPhotosSizedForPrint(read, file);
      const common = { ...(signal && { signal }), ...(onStage && { onStage }), ...(template && { template }) };
      const result =
        kind === 'pdf'
          ? await exportPdf(source, path, { printer: deps.printer ?? (await chromiumPrinter()), ...common })
          : await exportDocxInBackground(source, path, common);
      const fonts = 'substitutedFonts' in result ? result.substitutedFonts : undefined;
      return { path: result.path, pages: result.pages, bytes: result.bytes, ...(fonts && { substitutedFonts: fonts }) };
    };
  };

  return {
    'app.capabilities': () => ({ reveal: deps.shellCapabilities?.revealInFolder !== undefined }),
    'app.reveal': ({ path }) => {
      const reveal = deps.shellCapabilities?.revealInFolder;
      if (!reveal) return false;
      // Only what the user exported to: a share's path here would make Windows connect out.
      deps.paths.check('export', path);
      reveal(path);
      return true;
    },
    'dialog.pickExportPath': ({ suggestedName, kind }) => deps.dialogs.pickExportPath(suggestedName, kind),
    'export.pdf': ({ path, template }) => prepare('pdf', path, template)(),
    'export.docx': ({ path, template }) => prepare('docx', path, template)(),
    'export.start': ({ kind, path }) => {
      const run = prepare(kind, path);
      return { jobId: jobs.start(run) };
    },
    'export.status': ({ jobId }) => jobs.status(jobId),
    'export.cancel': ({ jobId }) => {
      jobs.cancel(jobId);
      return null;
    },
    'export.previewUrl': () => {
      ctx.requireReport();
      return { url: preview.issue() };
    },
  };
}
