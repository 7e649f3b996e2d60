import { type Finding, type IgnoredFinding, runChecks } from '../../core/check';
import type { EditorStateJSON } from '../../core/document/editor-json';
import type { ReportMeta } from '../../core/report-meta';
import { buildReportTree } from '../../core/report-tree';

/** How long typing must pause before the checks run again. */
export const CHECK_DELAY_MS = 800;

/** Checks are pure: the renderer runs them itself on the editor's JSON, no call to the services. */
export function checkDocument(json: EditorStateJSON, meta: ReportMeta, ignored: readonly IgnoredFinding[]): Finding[] {
  return runChecks(buildReportTree(json, meta), { importNotes: meta.importNotes ?? [], ignored });
}

/** Runs `task` when the browser is idle (or soon, where requestIdleCallback is missing); returns a cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 1000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 0);
  return () => window.clearTimeout(id);
}
