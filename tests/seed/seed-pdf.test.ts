import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { importText } from '../../core/import/text-import';
import { reportMetaSchema } from '../../core/report-meta';
import { printResources } from '../../electron/export/print-resources';
import { importFile } from '../../electron/import/import-file';
import { metaFromSource } from '../../electron/import/import-to-report';
import { collectPhotos } from '../../electron/import/collect-photos';
import { tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { expectPrintedStructure } from '../import/pdf-outline';
import { printWithPhotos } from '../import/printed-pdf';
import { SEED_PATH } from './seed-path';

const chromium = requires('chromium');

chromium.describe(
  'the seed report printed to PDF with its 53 photos, imported back (last year’s published report)',
  () => {
    beforeAll(async () => {
      await printResources();
    });

    it('has the seed’s 9/25/13 headings, 24 cases, 53 figures with photos, and its text within 1%', {
      timeout: 240_000,
    }, async () => {
      const original = importText(readFileSync(SEED_PATH, 'utf8'));
      const pdf = join(tempDir(), 'seed.pdf');
      await printWithPhotos(original.document, reportMetaSchema.parse(metaFromSource(original, {}, 'seed')), pdf);
      const back = await importFile(pdf, collectPhotos().addPhoto);
      const printed = expectPrintedStructure(back.document, original.document);
      expect([printed.headingsPerLevel, printed.cases.length, printed.figures.length]).toEqual([
        [9, 25, 13, 0],
        24,
        53,
      ]);
    });
  },
);
