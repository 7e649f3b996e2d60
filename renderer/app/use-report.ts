import { useCallback, useEffect, useState } from 'react';
import type { OpenedReport, RecentEntry } from '../../core/api';
import type { ApiError, Result } from '../../core/errors';
import type { ReportMeta, ReportMetaInput } from '../../core/report-meta';
import type { TemplateId } from '../../core/templates/report-templates';
import { apiClient, onOpenFileRequest } from '../api-client';
import { flushPendingSave } from '../editor/save-barrier';

export interface ReportSession {
  report: OpenedReport | null;
  recent: RecentEntry[];
  nativeDialogs: boolean;
  error: ApiError | null;
  /** False until the first report.current answer, so a reload does not flash the start screen. */
  ready: boolean;
  dismissError(): void;
  create(meta: ReportMetaInput, template?: TemplateId): Promise<void>;
  open(path?: string): Promise<void>;
  saveAs(): Promise<void>;
  close(): Promise<void>;
  updateMeta(meta: ReportMetaInput): Promise<void>;
  /** Takes a meta the main process already wrote (插入文件 appended its notes). */
  adoptMeta(meta: ReportMeta): void;
  /** Counts documents put in place under the same path (恢复此版本): the editor starts afresh on each. */
  generation: number;
  /** Takes a report whose document the main process replaced (恢复此版本). */
  adoptReplaced(report: OpenedReport): void;
}

/** The open report and the file commands of the 文件 menu and the start screen. */
export function useReportSession(): ReportSession {
  const [report, setReport] = useState<OpenedReport | null>(null);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const [nativeDialogs, setNativeDialogs] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [ready, setReady] = useState(false);
  const [generation, setGeneration] = useState(0);

  const take = useCallback(<T>(result: Result<T>): T | undefined => {
    if (result.ok) return result.value;
    setError(result.error);
    return undefined;
  }, []);

  const refreshRecent = useCallback(async () => {
    const list = take(await apiClient['recent.list']({}));
    if (list) setRecent(list);
  }, [take]);

  const openPath = useCallback(
    async (path: string) => {
      await flushPendingSave();
      const opened = take(await apiClient['report.open']({ path }));
      if (opened) setReport(opened);
      await refreshRecent();
    },
    [take, refreshRecent],
  );

  useEffect(() => {
    void (async () => {
      const info = take(await apiClient['app.info']({}));
      if (info) setNativeDialogs(info.nativeDialogs);
      const current = take(await apiClient['report.current']({}));
      if (current) setReport(current);
      await refreshRecent();
      setReady(true);
    })();
    return onOpenFileRequest((path) => void openPath(path));
  }, [take, refreshRecent, openPath]);

  return {
    report,
    recent,
    nativeDialogs,
    error,
    ready,
    dismissError: () => setError(null),
    create: async (meta, template) => {
      const path = take(await apiClient['dialog.pickReportToSave']({ suggestedName: meta.title }));
      if (!path) return;
      await flushPendingSave();
      const created = take(await apiClient['report.create']({ path, meta, ...(template && { template }) }));
      if (created) setReport(created);
      await refreshRecent();
    },
    open: async (path) => {
      const chosen = path ?? take(await apiClient['dialog.pickReportToOpen']({}));
      if (chosen) await openPath(chosen);
    },
    saveAs: async () => {
      if (!report) return;
      const path = take(await apiClient['dialog.pickReportToSave']({ suggestedName: report.meta.title }));
      if (!path) return;
      // The copy is made from the file: what is still waiting to be saved goes in first.
      await flushPendingSave();
      const copy = take(await apiClient['report.saveAs']({ path }));
      if (copy) setReport(copy);
      await refreshRecent();
    },
    close: async () => {
      await flushPendingSave();
      take(await apiClient['report.close']({}));
      setReport(null);
      await refreshRecent();
    },
    updateMeta: async (meta) => {
      const updated = take(await apiClient['report.updateMeta']({ meta }));
      if (updated && report) setReport({ ...report, meta: updated });
    },
    adoptMeta: (meta) => setReport((now) => (now ? { ...now, meta } : now)),
    generation,
    adoptReplaced: (replaced) => {
      setReport(replaced);
      setGeneration((n) => n + 1);
    },
  };
}
