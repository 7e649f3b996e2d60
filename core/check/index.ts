import type { HeadingBlock, ReportTree } from '../report-tree';
import { zh } from '../zh';
import type { ComputedData } from '../data/data-schema';
import { consistencyRules } from './consistency';
import { dataRules } from './data-rules';
import { dateNumberRules } from './dates-numbers';
import type { CheckInput, Finding, RawFinding, Rule, Severity } from './finding';
import { ratioRules } from './ratios';
import { repeatedSentence } from './repeats';
import { structureRules } from './structure';
import { textRules } from './text';
import { textUnits } from './text-units';

export type { Finding, FindingLocation, RuleId, Severity } from './finding';
export { ruleIds } from './finding';

/** Every rule, by family, in the order their findings are listed. */
export const rules: readonly Rule[] = [
  ...structureRules,
  ...textRules,
  repeatedSentence,
  ...dateNumberRules,
  ...ratioRules,
  ...consistencyRules,
  ...dataRules,
];

export interface IgnoredFinding {
  rule: string;
  /** findingHash of the finding's excerpt: an edit to the text makes the finding show again. */
  hash: string;
}

export interface CheckOptions {
  /** Import notes kept in the report's meta (meta.importNotes). */
  importNotes?: readonly { kind: string; text: string; message: string }[];
  /** Findings the user chose to ignore (meta.ignoredFindings); they are left out. */
  ignored?: readonly IgnoredFinding[];
  /** The report's 数据 (computeData): numbers in the text are checked against it. */
  data?: ComputedData;
}

/** Runs every rule over the report tree. Pure: the same tree gives the same findings. */
export function runChecks(tree: ReportTree, options: CheckOptions = {}): Finding[] {
  const input: CheckInput = {
    tree,
    units: textUnits(tree),
    importNotes: options.importNotes ?? [],
    ...(options.data ? { data: options.data } : {}),
  };
  const ignored = new Set((options.ignored ?? []).map((i) => `${i.rule}\u0000${i.hash}`));
  const paths = headingPaths(tree.headings);
  const out: Finding[] = [];
  for (const rule of rules) {
    for (const f of rule(input)) {
      if (ignored.has(`${f.rule}\u0000${findingHash(f)}`)) continue;
      out.push(locate(f, paths));
    }
  }
  return out;
}

function locate({ blockPath, section, ...rest }: RawFinding, paths: readonly string[][]): Finding {
  return { ...rest, location: { headingPath: paths[section] ?? [], blockPath } };
}

/** For each heading, the numbered headings from its chapter down to it. */
function headingPaths(headings: readonly HeadingBlock[]): string[][] {
  const stack: HeadingBlock[] = [];
  return headings.map((h) => {
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    stack.push(h);
    return stack.map((s) => `${s.label} ${s.text}`.trim());
  });
}

/** A short stable hash (FNV-1a, 32 bits) of a finding's rule and excerpt: what "ignore" remembers. */
export function findingHash(f: { rule: string; excerpt: string }): string {
  let h = 0x811c9dc5;
  const s = `${f.rule}\u0000${f.excerpt}`;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** The one line shown before export ("体检：2 个错误，5 个警告"); export is never blocked. */
export function checkSummary(findings: readonly Pick<Finding, 'severity'>[]): string {
  const c = countBySeverity(findings);
  return zh.check.summary(c.error, c.warning, c.info);
}
