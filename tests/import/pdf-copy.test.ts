import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildDocx } from '../../electron/export/docx-export';
import { chromiumPdfPrinter } from '../../electron/export/chromium-pdf-printer';
import { fileSource } from '../../electron/export/export-source';
import { exportPdf } from '../../electron/export/pdf-export';
import { printResources } from '../../electron/export/print-resources';
import { importToNewReport } from '../../electron/import/import-to-report';
import { buildReportTree } from '../../core/report-tree';
import { syntheticReport, writeSyntheticReport } from '../fixtures/synthetic-report';
import { closeLater, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { endingOnFullLines, expectSameOutline, textOutline } from './text-outline';

const chromium = requires('chromium', 'poppler');
const office = requires('libreoffice', 'poppler');

chromium.describe('a report’s PDF, its text copied out again (a bureau taking in a school’s published report)', () => {
  beforeAll(async () => {
    await printResources();
  });

  it('imports back with every heading, case and caption of the report, and no paragraph cut', {
    timeout: 120_000,
  }, async () => {
    // The report imported and printed as 年报工坊 prints it: cover, 目录 with page numbers, running
    // heads, folios, boxes where photos are still to come; then its text as pdftotext gives it,
    // a line break at every printed line.
    const dir = tempDir();
    const { file } = await importToNewReport(writeSyntheticReport(dir), join(dir, 'report.nianbao'), { year: 2025 });
    closeLater(file);
    const pdf = join(dir, 'report.pdf');
    await exportPdf(fileSource(file), pdf, { printer: chromiumPdfPrinter() });
    const clean = textOutline(syntheticReport().text).shape;
    // As read in order, and with -layout: rows of photo boxes and captions on one line.
    for (const mode of [[], ['-layout']]) {
      const copied = execFileSync('pdftotext', [...mode, '-enc', 'UTF-8', pdf, '-'], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      });
      const back = textOutline(copied);
      expectSameOutline(back.shape, clean, 6);
      // The boxes' 照片待补 are the figures' places, never text.
      expect(back.shape.paragraphs.filter((p) => p.includes('照片待补'))).toEqual([]);
      expect(back.result.notes.map((n) => n.kind)).toEqual(
        expect.arrayContaining(['page-furniture-left-out', 'toc-left-out', 'lines-unwrapped', 'cover-moved']),
      );
    }
  });
});

// This one types its headings 1./1.1/1.1.1, the other 一、/（一）/1.: both read back from a PDF.
office.describe('a report Word printed to PDF (LibreOffice here), its text copied out again', () => {
  it('imports back with every heading, case and caption, lists as lists, and no paragraph cut', {
    timeout: 180_000,
  }, async () => {
    // Word's own layout differs from ours: 前言 spaced out wide, list numbers set apart by a
    // tab, captions of a photo row in a two-column table, CJK and Latin spaced apart, and
    // punctuation hung in the margin (which pdftotext leaves out).
    const dir = tempDir();
    const { file } = await importToNewReport(writeSyntheticReport(dir, 'decimal'), join(dir, 'report.nianbao'), {
      year: 2025,
    });
    closeLater(file);
    const { bytes } = await buildDocx(fileSource(file), {});
    const docx = join(dir, 'report.docx');
    writeFileSync(docx, bytes);
    const convert = [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${join(dir, 'lo')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ];
    execFileSync(office.path('libreoffice'), convert, { stdio: 'pipe', timeout: 170_000 });
    const copied = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'report.pdf'), '-'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const clean = textOutline(syntheticReport('decimal').text);
    const back = textOutline(copied);
    const same = (s: string) => s.replace(/[\s，。、；：]/g, '');
    // Squeezed punctuation lets LibreOffice's full lines differ by up to two characters (four units):
    // only a paragraph ending on such a line may be joined to the next.
    const joinable = endingOnFullLines(copied, clean.shape.paragraphs, { same, slack: 8 });
    expectSameOutline(back.shape, clean.shape, joinable, same);
    const lists = (r: typeof back) =>
      buildReportTree(r.result.document).blocks.flatMap((b) => (b.kind === 'list' ? [b.items.length] : []));
    expect(lists(back)).toEqual(lists(clean));
    expect(back.result.cover?.title).toBe(clean.result.cover?.title);
  });
});
