// `npm run bench`: every benchmark prints its own figures. Speed and size targets are
// measured here, never in timed tests. Add a bench by listing it below.
import { chartBench } from './chart';
import { checkBench } from './check';
import { editorBench } from './editor';
import { exportBench } from './export';
import { historyBench } from './history';
import { importBench } from './import';
import { pathologicalImportBench } from './pathological-import';
import { photoIntakeBench } from './photo-intake';

export interface Bench {
  name: string;
  run(): Promise<void>;
}

const benches: Bench[] = [
  { name: 'check (3× the seed’s size, every rule)', run: checkBench },
  { name: 'editor (3× seed, Chromium)', run: editorBench },
  { name: 'photo intake (12 MP JPEG)', run: photoIntakeBench },
  { name: 'export (seed size, 53 photos)', run: exportBench },
  { name: 'chart (one chart rendered for export: SVG for the PDF, PNG for the .docx)', run: chartBench },
  { name: 'history (3× seed, 500 snapshots)', run: historyBench },
  { name: 'import (seed-sized text; a docx of it with 53 photos; pandoc reference)', run: importBench },
  { name: 'import of pathological input (#23: once slow for its size, or too large)', run: pathologicalImportBench },
];

const only = process.argv[2];
for (const bench of benches) {
  if (only && !bench.name.includes(only)) continue;
  console.log(`\n## ${bench.name}`);
  await bench.run();
}
