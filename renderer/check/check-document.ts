import { type Finding, type IgnoredFinding, runChecks } from '../../core/check';
import type { EditorStateJSON } from '../../core/document/editor-json';
import type { ReportMeta } from '../../core/report-meta';
import { buildReportTree } from '../../core/report-tree';

export interface CheckInput {
  json: EditorStateJSON;
  meta: ReportMeta;
  ignored: readonly IgnoredFinding[];
}

/** Checks are pure: they run on the editor's JSON, in the check worker or, failing that, here. */
export function checkDocument({ json, meta, ignored }: CheckInput): Finding[] {
  return runChecks(buildReportTree(json, meta), { importNotes: meta.importNotes ?? [], ignored });
}

/** What the page and the check worker say to each other; `id` tells the latest request from older ones. */
export interface CheckRequest extends CheckInput {
  id: number;
}
export interface CheckResponse {
  id: number;
  findings: Finding[];
}
