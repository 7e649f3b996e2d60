import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromiumPdfPrinter } from '../../electron/export/chromium-pdf-printer';
import { exportDocx } from '../../electron/export/docx-export';
import { fileSource } from '../../electron/export/export-source';
import { exportPdf } from '../../electron/export/pdf-export';
import { printResources } from '../../electron/export/print-resources';
import type { ReportFile } from '../../electron/store/report-file';
import { requires } from '../helpers/requires';
import { W, parseXmlPart, wAttr, wChild } from './docx-xml';
import { folioOf, libreOfficePdf, outputDir, pdfPages, renderPages, squash } from './pdf-tools';
import { createSampleReport, putSamplePhotos, sampleReportMeta, smallShape } from './sample-report';

/** Pictures on each page of a PDF (pdfimages -list), by page number from 1. */
function imagesPerPage(pdf: string): Map<number, number> {
  const rows = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  const pages = new Map<number, number>();
  for (const row of rows) {
    const page = Number(row.trim().split(/\s+/)[0]);
    pages.set(page, (pages.get(page) ?? 0) + 1);
  }
  return pages;
}

const needs = requires('chromium', 'libreoffice', 'poppler');

for (const template of ['gongwen', 'jianjie'] as const) {
  needs.describe(`a ${template} cover with an emblem and a photo, printed on both sides`, () => {
    let work: string;
    let file: ReportFile;
    let pdf: string;
    let docx: string;
    let docxPdf: string;

    beforeAll(async () => {
      await printResources();
      work = mkdtempSync(join(tmpdir(), 'nianbao-cover-'));
      file = await createSampleReport(
        join(work, 'r.nianbao'),
        { ...smallShape, photos: 2 },
        { ...sampleReportMeta, template },
      );
      const [emblem, photo] = await putSamplePhotos(file, 2, { width: 1600, height: 900 });
      file.updateMeta({
        ...file.meta,
        emblem: { sha256: emblem!.assetKey, width: emblem!.width, height: emblem!.height },
        coverPhoto: { sha256: photo!.assetKey, width: photo!.width, height: photo!.height },
        duplex: true,
      });
      const dir = outputDir(`cover-${template}`);
      pdf = join(dir, 'cover.pdf');
      await exportPdf(fileSource(file), pdf, { printer: chromiumPdfPrinter() });
      renderPages(pdf, dir, 'pdf', 5);
      docx = join(dir, 'cover-word.docx');
      await exportDocx(fileSource(file), docx);
      docxPdf = libreOfficePdf(needs.path('libreoffice'), docx, dir, { blankPages: true });
      renderPages(docxPdf, dir, 'docx', 2);
    }, 240_000);

    afterAll(() => {
      file?.close();
      rmSync(work, { recursive: true, force: true });
    });

    it('prints the emblem and the photo on the cover, with the title, year, issuer and date', () => {
      expect(imagesPerPage(pdf).get(1)).toBe(2);
      const cover = squash(pdfPages(pdf)[0]!);
      for (const text of ['昌吉州中等职业教育', '质量年度报告', '（2025年）', '昌吉回族自治州教育局', '2025年12月'])
        expect(cover).toContain(text);
    });

    it("opens 前言, 目录 and the body on right-hand pages, in the PDF and in LibreOffice's rendering of the .docx", () => {
      for (const printed of [pdf, docxPdf]) checkRightHandStarts(printed);
    });

    function checkRightHandStarts(printed: string) {
      const pages = pdfPages(printed);
      const starts = ['前言', '目录'].map((title) => pages.findIndex((p) => squash(p).startsWith(title)));
      const body = pages.findIndex((p) => folioOf(p) === '1');
      // Page indices from 0: a right-hand page is an even index (pages 1, 3, 5…).
      for (const start of [...starts, body]) expect(start % 2, `${printed}: ${start}`).toBe(0);
      // The back of the cover is left blank, without a number.
      expect(squash(pages[1]!)).toBe('');
    }

    it('puts both pictures on the .docx cover and opens its parts on odd pages', async () => {
      const zip = await JSZip.loadAsync(readFileSync(docx));
      const doc = parseXmlPart(await zip.file('word/document.xml')!.async('string'));
      const sections = Array.from(doc.getElementsByTagNameNS(W, 'sectPr'));
      const coverEnd = sections[0]!;
      let coverPictures = 0;
      for (const drawing of Array.from(doc.getElementsByTagNameNS(W, 'drawing'))) {
        if (!(drawing.compareDocumentPosition(coverEnd) & 4)) continue;
        coverPictures += 1;
        // Its own line height: 正文's exact spacing would crop the picture to one line.
        let p: Element | null = drawing;
        while (p && p.localName !== 'p') p = p.parentElement;
        const spacing = wChild(wChild(p!, 'pPr')!, 'spacing')!;
        expect(wAttr(spacing, 'lineRule')).toBe('auto');
      }
      expect(coverPictures).toBe(2);
      const types = sections.slice(1).map((s) => wAttr(wChild(s, 'type')!, 'val'));
      expect(types).toEqual(['oddPage', 'oddPage', 'oddPage']);
    });
  });
}
