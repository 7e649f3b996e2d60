import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { headingLabel } from '../../core/print/print-html';
import { buildReportTree } from '../../core/report-tree';
import { chromiumPdfPrinter } from '../../electron/export/chromium-pdf-printer';
import { fileSource } from '../../electron/export/export-source';
import { exportPdf } from '../../electron/export/pdf-export';
import { printResources } from '../../electron/export/print-resources';
import { closeLater, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import {
  checkHeadingsAndToc,
  folioOf,
  missingOfficeFonts,
  outputDir,
  pdfFonts,
  pdfOutlineTitles,
  pdfPageCount,
  pdfPageLabelRanges,
  pdfPages,
  renderPages,
  squash,
} from './pdf-tools';
import { createSampleReport, sampleReportMeta, smallShape } from './sample-report';

/** The PDF is printed by a system Chromium and read back with poppler's tools. */
const chromium = requires('chromium', 'poppler');

chromium.describe('PDF export through system Chromium and Paged.js', () => {
  beforeAll(async () => {
    await printResources(); // copies resources/fonts when this checkout was not built yet
  });

  for (const template of ['gongwen', 'jianjie'] as const) {
    it(`prints the ${template} template with TOC numbers matching where headings land`, {
      timeout: 120_000,
    }, async () => {
      const dir = tempDir();
      const file = closeLater(
        await createSampleReport(join(dir, 'r.nianbao'), smallShape, { ...sampleReportMeta, template }),
      );
      const out = join(outputDir(template), 'report.pdf');
      const result = await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
      const tree = buildReportTree(file.document!.json, file.meta);

      expect(pdfPageCount(out)).toBe(result.pages);
      expect(result.pages).toBeGreaterThanOrEqual(8);
      expect(result.pages).toBeLessThanOrEqual(25);
      renderPages(out, outputDir(template), 'page', 6);

      const pages = pdfPages(out);
      const cover = squash(pages[0]!);
      expect(cover).toContain('昌吉州中等职业教育质量年度报告');
      expect(cover).toContain('（2025年）');
      expect(cover).toContain('2025年12月');
      expect(squash(pages[1]!)).toContain('前言');
      // Front matter in roman numerals, the body from 1.
      expect(folioOf(pages[1]!)).toBe('I');
      expect(pages.map(folioOf)).toContain('1');
      // A viewer's page box shows the printed numbers: 封面, I, II…, then 1, 2….
      const firstBody = pages.findIndex((p) => folioOf(p) === '1');
      expect(pdfPageLabelRanges(out)).toEqual([
        { start: 0, style: null, prefix: expect.stringMatching(/^feff5c019762$/i) },
        { start: 1, style: 'R', prefix: null },
        { start: firstBody, style: 'D', prefix: null },
      ]);

      checkHeadingsAndToc(out, tree.headings);
      const text = squash(pages.join(''));
      for (const c of tree.cases) expect(text).toContain(squash(`${c.label}${c.title}`));
      for (const f of tree.figures) expect(text).toContain(squash(`${f.label}${f.caption}`));
      expect(text).toContain('表1');

      const bookmarks = pdfOutlineTitles(out).map(squash);
      for (const h of tree.headings.filter((x) => x.level <= 2)) expect(bookmarks).toContain(squash(headingLabel(h)));

      // The roles no installed office font serves are reported (fc-list: what Chromium can find).
      expect(result.substitutedFonts).toEqual(missingOfficeFonts());

      const fonts = pdfFonts(out);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    });
  }

  it('keeps every caption on the page of its photo and never ends a page with a heading', {
    timeout: 120_000,
  }, async () => {
    const dir = tempDir();
    const file = closeLater(
      await createSampleReport(join(dir, 'r.nianbao'), { ...smallShape, paragraphsPerSection: 3 }),
    );
    const out = join(dir, 'r.pdf');
    await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
    const tree = buildReportTree(file.document!.json, file.meta);
    const pages = pdfPages(out);
    for (const page of pages) {
      const lines = page.split('\n').map(squash).filter(Boolean);
      // The line before the page number must not be a heading.
      const lastText = lines.at(-2) ?? '';
      for (const h of tree.headings) expect(lastText).not.toBe(squash(headingLabel(h)));
    }
    // Photos render as images, so the caption page is where the photo is: pdfimages lists images per page.
    const images = execFileSync('pdfimages', ['-list', out], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => Number(l.trim().split(/\s+/)[0]));
    for (const f of tree.figures.filter((x) => x.image)) {
      const captionPage = pages.findIndex((p) => squash(p).includes(squash(`${f.label}${f.caption}`))) + 1;
      expect(images, `photo of ${f.label} on page ${captionPage}`).toContain(captionPage);
    }
  });

  it('refuses a missing Chromium with a clear error and writes nothing', async () => {
    const dir = tempDir();
    const file = closeLater(await createSampleReport(join(dir, 'r.nianbao'), { ...smallShape, photos: 0 }));
    const out = join(dir, 'r.pdf');
    await expect(
      exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter('/nonexistent/chromium') }),
    ).rejects.toMatchObject({ error: { code: 'NO_CHROMIUM' } });
    expect(existsSync(out)).toBe(false);
  });

  it('stops when cancelled and leaves no file', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const file = closeLater(await createSampleReport(join(dir, 'r.nianbao'), smallShape));
    const out = join(dir, 'r.pdf');
    const controller = new AbortController();
    const pending = exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter(), signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    await expect(pending).rejects.toMatchObject({ error: { code: 'EXPORT_CANCELLED' } });
    expect(existsSync(out)).toBe(false);
  });
});

chromium.describe('PDF page flow', () => {
  it('starts the body right after the 目录 in a template that opens chapters on a new page (no blank page)', {
    timeout: 60_000,
  }, async () => {
    const dir = tempDir();
    const file = closeLater(
      await createSampleReport(
        join(dir, 'r.nianbao'),
        { ...smallShape, photos: 0 },
        { ...sampleReportMeta, template: 'jianjie' },
      ),
    );
    const out = join(dir, 'r.pdf');
    await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
    const pages = pdfPages(out);
    const first = pages.findIndex((p) => folioOf(p) === '1');
    expect(squash(pages[first]!)).toContain('1基本情况');
    for (const page of pages) expect(squash(page).replace(/—[0-9IVX]+—$/, '').length).toBeGreaterThan(0);
  });
});
