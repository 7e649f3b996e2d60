import { runChecks, rules } from '../core/check/index';
import { textUnits } from '../core/check/text-units';
import { build } from '../core/document/nodes';
import { importText } from '../core/import/text-import';
import { buildReportTree } from '../core/report-tree';
import { benchReport } from './report-text';

const RUNS = 7;
const TARGET_MS = 300;

/** A report of the seed's size three times over (as the editor bench uses), its import notes included. */
function tripleReport(text: string) {
  const report = importText(text);
  const children = report.document.root.children ?? [];
  const doc = build.document([...children, ...children, ...children].map((c) => structuredClone(c)));
  return { doc, notes: [...report.notes, ...report.notes, ...report.notes] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A full check (report tree + every rule) of a report three times the seed's size; target under 300 ms. */
export async function checkBench(): Promise<void> {
  const { text, label } = benchReport();
  const { doc, notes } = tripleReport(text);
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    const tree = buildReportTree(doc);
    findings = runChecks(tree, { importNotes: notes }).length;
    times.push(performance.now() - t0);
  }
  const tree = buildReportTree(doc);
  const units = textUnits(tree);
  const chars = units.reduce((s, u) => s + u.text.length, 0);
  console.log(
    `3× ${label} (${chars} characters, ${units.length} texts): first run ${times[0]!.toFixed(0)} ms, ` +
      `median of ${RUNS} ${median(times).toFixed(0)} ms (target < ${TARGET_MS} ms), ${findings} findings`,
  );
  // Where the time goes, rule by rule (the shared number reading is charged to the first rule that needs it).
  const input = { tree, units: textUnits(tree), importNotes: notes };
  const perRule = rules.map((rule) => {
    const t0 = performance.now();
    rule(input);
    return { name: rule.name, ms: performance.now() - t0 };
  });
  console.log(
    perRule
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 6)
      .map((r) => `${r.name} ${r.ms.toFixed(1)} ms`)
      .join(', '),
  );
}
