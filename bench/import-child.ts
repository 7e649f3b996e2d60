// One import in its own process, so its peak memory is its own: prints {"ms":…,"maxRssMB":…}.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import sharp from 'sharp';
import { importFile } from '../electron/import/import-file';
import { importToNewReport } from '../electron/import/import-to-report';

const [input, output, mode] = process.argv.slice(2) as [string, string, string | undefined];
// "one-at-a-time": photos taken in one after another, as before the import ran intake in parallel.
const parallelism = mode === 'one-at-a-time' ? 1 : undefined;
rmSync(output, { force: true });
const started = performance.now();
if (mode === 'structure-only') {
  // Reading and recognition alone: photos hashed and measured, not re-encoded by photo intake.
  const result = await importFile(input, async (bytes, name) => {
    const { width, height } = await sharp(bytes).metadata();
    return { sha256: createHash('sha256').update(bytes).digest('hex'), width, height, name };
  });
  console.log(JSON.stringify({ ms: Math.round(performance.now() - started), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), notes: result.notes.length, figuresWithPhoto: 0 }));
  process.exit(0);
}
const { file, result } = await importToNewReport(input, output, { organisation: '', year: 2025, kind: 'bureau' }, { ...(parallelism && { parallelism }) });
const ms = performance.now() - started;
file.close();
const figures = JSON.stringify(result.document).match(/"sha256":"[0-9a-f]{64}"/g)?.length ?? 0;
console.log(JSON.stringify({ ms: Math.round(ms), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), notes: result.notes.length, figuresWithPhoto: figures }));
