// One import of a pathological input in its own process: prints its time, peak memory and outcome as one JSON line.
import { rmSync } from 'node:fs';
import { ReportError } from '../core/errors';
import { importToNewReport } from '../electron/import/import-to-report';
import { peakRssMB } from './peak-rss';

const [input, output] = process.argv.slice(2) as [string, string];
rmSync(output, { force: true });
const started = performance.now();
let outcome: string;
try {
  const { file, result } = await importToNewReport(input, output, { organisation: '', year: 2025, kind: 'school' });
  file.close();
  outcome = `imported: ${result.document.root.children?.length ?? 0} top-level blocks, ${result.notes.length} notes`;
} catch (err) {
  outcome = err instanceof ReportError ? `refused: ${err.error.code}` : `failed: ${String(err)}`;
}
console.log(JSON.stringify({ ms: Math.round(performance.now() - started), maxRssMB: peakRssMB(), outcome }));
