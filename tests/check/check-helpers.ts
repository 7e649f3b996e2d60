import { type CheckOptions, type Finding, runChecks } from '../../core/check/index';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { build } from '../../core/document/nodes';
import { buildReportTree } from '../../core/report-tree';

/** Findings of one rule for a report made of these blocks (paragraph strings become paragraphs). */
export function check(
  blocks: readonly (string | SerializedNodeJSON)[],
  rule?: Finding['rule'],
  options: CheckOptions = {},
): Finding[] {
  const doc = build.document(blocks.map((b) => (typeof b === 'string' ? build.paragraph(b) : b)));
  const findings = runChecks(buildReportTree(doc), options);
  return rule ? findings.filter((f) => f.rule === rule) : findings;
}

/** Findings of one rule for a single paragraph. */
export const inText = (text: string, rule: Finding['rule']) => check([text], rule);
