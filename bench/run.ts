// `npm run bench`: every benchmark prints its own figures. Speed and size targets are
// measured here, never in timed tests. Add a bench by listing it below.
import { chartBench } from './chart';
import { checkBench } from './check';
import { dataBench } from './data';
import { dataFieldsBench } from './data-fields';
import { editorBench } from './editor';
import { exportBench } from './export';
import { historyBench } from './history';
import { importBench } from './import';
import { pathologicalImportBench } from './pathological-import';
import { photoForPrintBench } from './photo-for-print';
import { responsivenessBench } from './responsiveness';

export interface Bench {
  name: string;
  run(): Promise<void>;
}

const benches: Bench[] = [
  { name: 'check (3× the seed’s size, every rule)', run: checkBench },
  { name: 'data (one quantity changed, 200 fields, 3× seed)', run: dataBench },
  { name: 'editor (3× seed, Chromium)', run: editorBench },
  { name: 'data fields (seed size, 200 fields, Chromium)', run: dataFieldsBench },
  { name: 'photo sizing for print (12 MP JPEG)', run: photoForPrintBench },
  { name: 'export (seed size, 53 photos)', run: exportBench },
  { name: 'chart (one chart rendered for export: SVG for the PDF, PNG for the .docx)', run: chartBench },
  { name: 'history (3× seed, 500 snapshots)', run: historyBench },
  { name: 'import (seed-sized text; a docx of it with 53 photos; pandoc reference)', run: importBench },
  { name: 'import of pathological input (#23: once slow for its size, or too large)', run: pathologicalImportBench },
  { name: 'responsiveness (a 40 MB .docx import and a seed-sized export at once)', run: responsivenessBench },
];

const only = process.argv[2];
for (const bench of benches) {
  if (only && !bench.name.includes(only)) continue;
  console.log(`\n## ${bench.name}`);
  await bench.run();
}
