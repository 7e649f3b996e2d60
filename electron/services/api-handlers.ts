import type { ApiHandlers, OpenedReport } from '../../core/api';
import { emptyDocument } from '../../core/document/editor-json';
import { ReportError } from '../../core/errors';
import { buildReportTree } from '../../core/report-tree';
import { reportStats } from '../../core/stats';
import { ReportFile } from '../store/report-file';
import type { Dialogs } from './dialogs';
import type { RecentFiles } from './recent-files';

export interface ServiceDeps {
  shell: 'electron' | 'harness';
  version: string;
  dialogs: Dialogs;
  recent: RecentFiles;
}

export interface Services {
  handlers: ApiHandlers;
  /** Closes the open report and releases its lock (window closed, process exiting). */
  shutdown(): void;
}

/** The Node side of the contract: one open report per window, as in Word. */
export function createServices(deps: ServiceDeps): Services {
  let current: ReportFile | null = null;

  const requireReport = (): ReportFile => {
    if (!current) throw new ReportError('NO_REPORT_OPEN');
    return current;
  };

  const switchTo = (file: ReportFile): OpenedReport => {
    if (current && current !== file) current.close();
    current = file;
    deps.recent.add(file.path, file.meta.title);
    return describe(file);
  };

  const handlers: ApiHandlers = {
    'app.info': () => ({ shell: deps.shell, version: deps.version, nativeDialogs: deps.dialogs.native }),
    'recent.list': () => deps.recent.list(),
    'recent.forget': ({ path }) => {
      deps.recent.forget(path);
      return null;
    },
    'dialog.pickReportToOpen': () => deps.dialogs.pickReportToOpen(),
    'dialog.pickReportToSave': ({ suggestedName }) => deps.dialogs.pickReportToSave(suggestedName),
    'report.create': async ({ path, meta }) => switchTo(await ReportFile.create(path, meta, { overwrite: deps.dialogs.native })),
    'report.open': async ({ path }) => {
      if (current?.path === path) return describe(current);
      return switchTo(await ReportFile.open(path));
    },
    'report.current': () => (current ? describe(current) : null),
    'report.close': () => {
      current?.close();
      current = null;
      return null;
    },
    'report.saveDocument': ({ document }) => ({ savedAt: requireReport().saveDocument(document) }),
    'report.updateMeta': ({ meta }) => {
      const updated = requireReport().updateMeta(meta);
      deps.recent.add(requireReport().path, updated.title);
      return updated;
    },
    'report.saveAs': async ({ path }) => {
      const file = requireReport();
      if (path === file.path) return describe(file);
      current = null;
      try {
        return switchTo(await file.saveAs(path));
      } catch (err) {
        current = file;
        throw err;
      }
    },
    'report.stats': () => {
      const doc = requireReport().document;
      return reportStats(buildReportTree(doc?.json ?? emptyDocument()));
    },
  };

  return {
    handlers,
    shutdown: () => {
      current?.close();
      current = null;
    },
  };
}

function describe(file: ReportFile): OpenedReport {
  const doc = file.document;
  return {
    path: file.path,
    meta: file.meta,
    document: doc?.json ?? null,
    readOnly: file.readOnly,
    readOnlyReason: file.readOnlyReason,
    savedAt: doc?.updatedAt ?? null,
  };
}
