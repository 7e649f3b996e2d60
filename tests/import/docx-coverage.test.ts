import { describe, expect, it } from 'vitest';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { syntheticReport } from '../fixtures/synthetic-report';
import { photoDocx, sampleDocx, schoolCasesDocx } from './docx-fixture';
import { pdfConvertedDocx } from './pdf-converted-docx';
import { unaccountedParagraphs } from './text-coverage';

/**
 * The project's shared .docx fixtures (made by the docx library) through the text-coverage check:
 * every source paragraph in the imported report or named in a note. The fixtures of issue #20
 * (hand-written OOXML, LibreOffice) are checked where their tests import them.
 */
const fixtures: [string, () => Promise<Buffer>][] = [
  ['sampleDocx', sampleDocx],
  ['photoDocx', () => photoDocx(3)],
  ['schoolCasesDocx', schoolCasesDocx],
  [
    'pdfConvertedDocx (the synthetic report, a section per page)',
    async () => (await pdfConvertedDocx(syntheticReport().text)).bytes,
  ],
];

describe('text coverage of the shared .docx fixtures', () => {
  it.each(fixtures)('%s: every paragraph accounted for', async (_, make) => {
    const bytes = await make();
    const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
    expect(await unaccountedParagraphs(bytes, result)).toEqual([]);
  });
});
