import { runChecks } from '../core/check/index';
import { computeData } from '../core/data/compute';
import { changeQuantities } from '../core/data/edit';
import { dataFieldIds, fillDataFields } from '../core/data/fields';
import type { SerializedNodeJSON } from '../core/document/editor-json';
import { NODE, build } from '../core/document/nodes';
import { importText } from '../core/import/text-import';
import { buildReportTree } from '../core/report-tree';
import { templateData } from '../core/templates/report-templates';
import { benchReport } from './report-text';

const RUNS = 50;
const FIELDS = 200;
/** The budget for the whole page update; the core's share must be a small part of it. */
const PAGE_TARGET_MS = 50;

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

/** The report three times the seed's size with `FIELDS` data fields spread over its paragraphs. */
function reportWithFields() {
  const children = importText(benchReport().text).document.root.children ?? [];
  const blocks = [...children, ...children, ...children].map((c) => structuredClone(c));
  const paragraphs = blocks.filter((b) => b.type === NODE.paragraph);
  const ids = templateData('school')
    .quantities.map((q) => q.id)
    .concat(templateData('school').indicators.map((i) => i.id));
  for (let i = 0; i < FIELDS; i += 1) {
    const p = paragraphs[Math.floor((i * paragraphs.length) / FIELDS)]!;
    p.children = [...(p.children ?? []), build.dataField(ids[i % ids.length]!) as SerializedNodeJSON];
  }
  return build.document(blocks);
}

/** Changing one quantity: the data recomputed, every field's text filled, and 体检 run against the data. */
export async function dataBench(): Promise<void> {
  const doc = reportWithFields();
  let data = changeQuantities(templateData('school'), [
    { ref: '专任教师数', value: 535 },
    { ref: '教学仪器设备总值', value: 18967.38 },
  ]);
  const fill: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    data = changeQuantities(data, [{ ref: '在校生数', value: 6000 + i }]);
    const view = computeData(data);
    const filled = fillDataFields(doc, view);
    const t1 = performance.now();
    runChecks(buildReportTree(filled), { data: view });
    fill.push(t1 - t0);
    check.push(performance.now() - t1);
  }
  console.log(
    `${dataFieldIds(doc).length} fields in a report 3× the seed: ` +
      `one quantity changed → recomputed and every field filled: ` +
      `median ${quantile(fill, 0.5).toFixed(2)} ms, p95 ${quantile(fill, 0.95).toFixed(2)} ms ` +
      `(the page's whole update: target < ${PAGE_TARGET_MS} ms)`,
  );
  console.log(
    `体检 of that report against the data (runs after the page is updated): ` +
      `median ${quantile(check, 0.5).toFixed(0)} ms, p95 ${quantile(check, 0.95).toFixed(0)} ms`,
  );
}
