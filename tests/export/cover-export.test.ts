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
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

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
      let anchored = 0;
      const cropped: Element[] = [];
      for (const drawing of Array.from(doc.getElementsByTagNameNS(W, 'drawing'))) {
        if (!(drawing.compareDocumentPosition(coverEnd) & 4)) continue;
        coverPictures += 1;
        // 简洁's band and photo: anchored to the page behind the text, the sheet's full width.
        const anchor = drawing.getElementsByTagNameNS(WP, 'anchor')[0];
        if (anchor) {
          anchored += 1;
          expect(anchor.getAttribute('behindDoc')).toBe('1');
          expect(anchor.getElementsByTagNameNS(WP, 'positionH')[0]!.getAttribute('relativeFrom')).toBe('page');
          expect(anchor.getElementsByTagNameNS(WP, 'positionV')[0]!.getAttribute('relativeFrom')).toBe('page');
          expect(Number(anchor.getElementsByTagNameNS(WP, 'extent')[0]!.getAttribute('cx'))).toBeCloseTo(
            210 * 36_000,
            -4,
          );
        } else {
          const extent = drawing.getElementsByTagNameNS(WP, 'extent')[0]!;
          const mm = (a: string) => Math.round(Number(extent.getAttribute(a)) / 36_000);
          // 公文风's photo fills the type area's width (its overflow cropped), 70 mm tall.
          if (mm('cx') > 100) expect([mm('cx'), mm('cy')]).toEqual([156, 70]);
        }
        cropped.push(
          ...Array.from(drawing.getElementsByTagNameNS(A, 'srcRect')).filter((r) => r.attributes.length > 0),
        );
        // Its own line height: 正文's exact spacing would crop the picture to one line.
        let p: Element | null = drawing;
        while (p && p.localName !== 'p') p = p.parentElement;
        const spacing = wChild(wChild(p!, 'pPr')!, 'spacing')!;
        expect(wAttr(spacing, 'lineRule')).toBe('auto');
      }
      expect([coverPictures, anchored]).toEqual(template === 'jianjie' ? [3, 2] : [2, 0]);
      // The photo (1600 × 900) is cropped evenly top and bottom to fill its wider box, not shrunk to fit.
      expect(cropped.length).toBe(1);
      expect(Number(cropped[0]!.getAttribute('t'))).toBeGreaterThan(0);
      expect(cropped[0]!.getAttribute('t')).toBe(cropped[0]!.getAttribute('b'));
      const types = sections.slice(1).map((s) => wAttr(wChild(s, 'type')!, 'val'));
      expect(types).toEqual(['oddPage', 'oddPage', 'oddPage']);
    });
  });
}
