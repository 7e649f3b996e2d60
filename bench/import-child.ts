// One import in its own process, so its peak memory is its own: prints the figures as one JSON line.
import { rmSync, statSync } from 'node:fs';
import { PhotoSizer } from '../electron/assets/photo-sizer';
import { readSourcePhotos } from '../electron/assets/source-photos';
import { warmUpInBackground } from '../electron/background/heavy-work';
import { importToNewReport } from '../electron/import/import-to-report';
import { peakRssMB } from './peak-rss';

const [input, output, mode = 'app'] = process.argv.slice(2) as [string, string, ('app' | 'cold')?];
const meta = { organisation: '', year: 2025, kind: 'bureau' } as const;
rmSync(output, { force: true });
// The app's process stays up: its second import of the session finds the code loaded and compiled.
const warmUp = async (path: string): Promise<number> => {
  const started = performance.now();
  const { file } = await importToNewReport(input, path, meta, { overwrite: true });
  const ms = performance.now() - started;
  file.close();
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
  return ms;
};
// The app runs one small import in the background worker once its window is up (warmUpInBackground,
// services-thread.ts); 'cold' is a first import without it. Warming this thread instead left the
// worker that reads the import cold, and the bench measured its start-up as the import.
if (mode === 'app') await warmUpInBackground();
const started = performance.now();
const { file, result } = await importToNewReport(input, output, meta);
// The report is written and opens in the editor now; what follows runs while the user works.
const ms = performance.now() - started;
const readyRssMB = peakRssMB();
const reading = performance.now();
await readSourcePhotos(file, () => false);
const photosReadMs = performance.now() - reading;
const stillToSize = file.listPhotosToSize().length;
const sizing = performance.now();
await new PhotoSizer(file).sizeAll();
const sizedMs = performance.now() - sizing;
const photoMB = file.listAssets().reduce((n, a) => n + a.size, 0) / 1024 / 1024;
file.close();
const warmMs = await warmUp(`${output}.again`);
const fileMB = statSync(output).size / 1024 / 1024;
const figuresWithPhoto = JSON.stringify(result.document).match(/"sha256":"[0-9a-f]{64}"/g)?.length ?? 0;
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    photosReadMs: Math.round(photosReadMs),
    warmMs: Math.round(warmMs),
    maxRssMB: readyRssMB,
    notes: result.notes.length,
    figuresWithPhoto,
    stillToSize,
    sizedMs: Math.round(sizedMs),
    sizedRssMB: peakRssMB(),
    photoMB: +photoMB.toFixed(1),
    fileMB: +fileMB.toFixed(1),
  }),
);
