import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildReportTree } from '../../core/report-tree';
import { exportDocx } from '../../electron/export/docx-export';
import { fileSource } from '../../electron/export/export-source';
import { closeLater, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { libreOfficePdf, outputDir } from './pdf-tools';
import { createSampleReport, sampleReportMeta, seedShape } from './sample-report';
import { tocEntries } from './toc-pages';

const office = requires('libreoffice', 'poppler');

/** The .docx's filled 目录 (docx's estimate) against the pages LibreOffice sets the headings on. */
async function tocAgainstLibreOffice(photos: number) {
  const shape = { ...seedShape, photos, photoSize: { width: 800, height: 600 } };
  const file = closeLater(await createSampleReport(join(tempDir(), 'r.nianbao'), shape, sampleReportMeta));
  const dir = outputDir('docx-toc');
  const docx = join(dir, `toc-${photos}-photos.docx`);
  await exportDocx(fileSource(file), docx);
  const tree = buildReportTree(file.document!.json, file.meta);
  const listed = tree.headings.filter((h) => h.level <= 2);
  const entries = tocEntries(libreOfficePdf(office.path('libreoffice'), docx, dir), listed);
  expect(entries.length).toBe(listed.length);
  // No entry without a number, and every heading found after the 目录 on a numbered page.
  for (const e of entries) expect([e.heading, e.listed, e.landed].map((x) => x !== null)).toEqual([true, true, true]);
  return entries;
}

office.describe('the .docx 目录 against LibreOffice’s pages', () => {
  it('lists every heading of a seed-sized report on the page LibreOffice sets it', { timeout: 180_000 }, async () => {
    const entries = await tocAgainstLibreOffice(5);
    expect(entries.length).toBeGreaterThan(30);
    for (const e of entries) expect(e.listed, e.heading).toBe(e.landed);
  });

  // With 53 photos a case's text runs over a page's foot, inside its table cell, where the
  // renderers once kept widows apart (3 of 36 entries a page out): every entry must match.
  it('lists every heading of a photo-heavy report on the page LibreOffice sets it', { timeout: 240_000 }, async () => {
    const entries = await tocAgainstLibreOffice(53);
    for (const e of entries) expect(e.listed, e.heading).toBe(e.landed);
  });
});
