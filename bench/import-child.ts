// One import in its own process, so its peak memory is its own: prints the figures as one JSON line.
import { rmSync, statSync } from 'node:fs';
import { PhotoCompactor } from '../electron/assets/photo-compactor';
import { importToNewReport } from '../electron/import/import-to-report';

const [input, output] = process.argv.slice(2) as [string, string];
rmSync(output, { force: true });
const started = performance.now();
const { file, result } = await importToNewReport(input, output, { organisation: '', year: 2025, kind: 'bureau' });
// The report is written and opens in the editor now; what follows runs while the user works.
const ms = performance.now() - started;
const readyRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
const asGiven = file.listAsGiven().length;
const compacting = performance.now();
await new PhotoCompactor(file).settle();
const takenInMs = performance.now() - compacting;
const photoMB = file.listAssets().reduce((n, a) => n + a.size, 0) / 1024 / 1024;
file.close();
const fileMB = statSync(output).size / 1024 / 1024;
const figuresWithPhoto = JSON.stringify(result.document).match(/"sha256":"[0-9a-f]{64}"/g)?.length ?? 0;
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    maxRssMB: readyRssMB,
    notes: result.notes.length,
    figuresWithPhoto,
    asGiven,
    takenInMs: Math.round(takenInMs),
    takenInRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    photoMB: +photoMB.toFixed(1),
    fileMB: +fileMB.toFixed(1),
  }),
);
