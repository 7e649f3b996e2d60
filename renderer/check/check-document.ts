import { type Finding, type IgnoredFinding, runChecks } from '../../core/check';
import type { ComputedData } from '../../core/data/data-schema';
import type { EditorStateJSON } from '../../core/document/editor-json';
import type { ReportMeta } from '../../core/report-meta';
import { buildReportTree } from '../../core/report-tree';

export interface CheckInput {
  json: EditorStateJSON;
  meta: ReportMeta;
  ignored: readonly IgnoredFinding[];
  /** The report's 数据 once read: the numbers in the text are checked against it. */
  data?: ComputedData;
}

/** Checks are pure: they run on the editor's JSON, in the check worker or, failing that, here. */
export function checkDocument({ json, meta, ignored, data }: CheckInput): Finding[] {
  return runChecks(buildReportTree(json, meta), {
    importNotes: meta.importNotes ?? [],
    ignored,
    ...(data && { data }),
  });
}

/** What the page and the check worker say to each other; `id` tells the latest request from older ones. */
export interface CheckRequest extends CheckInput {
  id: number;
}
export interface CheckResponse {
  id: number;
  findings: Finding[];
}
