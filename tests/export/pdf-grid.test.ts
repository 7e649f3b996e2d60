import { join } from 'node:path';
import { expect, it } from 'vitest';
import { chromiumPdfPrinter } from '../../electron/export/chromium-pdf-printer';
import { requires } from '../helpers/requires';
import { fileSource } from '../../electron/export/export-source';
import { exportPdf } from '../../electron/export/pdf-export';
import { exportDocx } from '../../electron/export/docx-export';
import { build } from '../../core/document/nodes';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, tempDir } from '../helpers/files';
import { type WordBox, pdfWordBoxes, textLines } from './pdf-boxes';
import { folioOf, libreOfficePdf, outputDir, pdfPages } from './pdf-tools';
import { createSampleReport, sampleReportMeta, smallShape } from './sample-report';

const PT_PER_MM = 72 / 25.4;
/** GB/T 9704-2012: a 156 × 225 mm type area of 22 lines × 28 characters. */
const LINE_PITCH_MM = 225 / 22;
const CHAR_PITCH_MM = 156 / 28;

requires('chromium', 'poppler').describe('公文 grid', () => {
  it('sets full body pages in 22 lines of 28 characters', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const shape = { ...smallShape, photos: 0, paragraphsPerSection: 6, paragraphLength: 5 };
    const file = closeLater(await createSampleReport(join(dir, 'r.nianbao'), shape, sampleReportMeta));
    const out = join(outputDir('grid'), 'gongwen.pdf');
    await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });

    const texts = pdfPages(out);
    const top = 37 * PT_PER_MM;
    const bottom = (297 - 35) * PT_PER_MM;
    // A full body page: numbered from 1, its text lines all inside the type area, the last one near its foot.
    const bodyPages = pdfWordBoxes(out)
      .map((words, i) => ({
        lines: textLines(words.filter((w) => w.yMax > top && w.yMax <= bottom)),
        folio: folioOf(texts[i]!),
      }))
      .filter((p) => /^\d+$/.test(p.folio ?? '') && p.lines.length > 0);
    const full = bodyPages.filter((p) => bottom - p.lines.at(-1)![0]!.yMax < 0.5 * LINE_PITCH_MM * PT_PER_MM);
    expect(full.length).toBeGreaterThanOrEqual(3);
    for (const page of full) {
      expect(page.lines.length, `lines on page ${page.folio}`).toBe(22);
      // Line to line in one font (a heading's face sits its glyphs a little differently in the line).
      const lines = page.lines.map((l) => ({ bottom: l[0]!.yMax, height: l[0]!.yMax - l[0]!.yMin }));
      for (let i = 1; i < lines.length; i += 1) {
        if (Math.abs(lines[i]!.height - lines[i - 1]!.height) > 0.1) continue;
        const pitch = (lines[i]!.bottom - lines[i - 1]!.bottom) / PT_PER_MM;
        expect(Math.abs(pitch - LINE_PITCH_MM), `line pitch on page ${page.folio}`).toBeLessThan(0.1);
      }
    }
    // Full lines: a paragraph's middle lines, which start at the left margin as the next line does.
    const left = 28 * PT_PER_MM;
    const atLeft = (line: readonly WordBox[]) => Math.abs(line[0]!.xMin - left) < 1;
    const middle = full.flatMap((p) =>
      p.lines.filter((line, i) => atLeft(line) && i + 1 < p.lines.length && atLeft(p.lines[i + 1]!)),
    );
    expect(middle.length).toBeGreaterThan(20);
    // A line that would end before a closing mark (、，。) holds 27, justified: Chromium cannot
    // hang punctuation in the margin as Word does. No line ever holds more than 28.
    const counts = middle.map((line) => [...line.map((w) => w.text).join('')].length);
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(27);
    for (const n of counts) expect(n).toBeLessThanOrEqual(28);
    expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.8);
    for (const line of middle.filter((_, i) => counts[i] === 28)) {
      // From the first glyph's left edge to the last one's right: 27 pitches and one glyph (16 pt).
      const pitch = (line.at(-1)!.xMax - line[0]!.xMin - 16) / 27 / PT_PER_MM;
      expect(Math.abs(pitch - CHAR_PITCH_MM)).toBeLessThan(0.05);
    }
  });

  it('keeps body lines on the grid after photos, tables and case frames', { timeout: 120_000 }, async () => {
    const file = closeLater(await createSampleReport(join(tempDir(), 'r.nianbao'), smallShape, sampleReportMeta));
    const out = join(outputDir('grid'), 'gongwen-photos.pdf');
    await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
    const texts = pdfPages(out);
    const top = 37 * PT_PER_MM;
    const bottom = (297 - 35) * PT_PER_MM;
    let after = 0;
    const pages = pdfWordBoxes(out);
    // Body text in 仿宋 3号: the commonest box height (a heading's face sits its glyphs differently;
    // captions and table text are smaller).
    const heights = pages.flat().map((w) => (w.yMax - w.yMin).toFixed(1));
    const body = Number(mode(heights));
    // Text inside a case frame starts 4 mm in and sits a little off the grid; the frame as a whole takes whole lines.
    const left = 28 * PT_PER_MM;
    const onBodyColumn = (line: readonly WordBox[]) => {
      const chars = (line[0]!.xMin - left) / PT_PER_MM / CHAR_PITCH_MM;
      return Math.abs(chars - Math.round(chars)) * CHAR_PITCH_MM < 0.5;
    };
    const isBody = (line: readonly WordBox[]) =>
      Math.abs(line[0]!.yMax - line[0]!.yMin - body) < 0.1 && onBodyColumn(line);
    pages.forEach((words, i) => {
      if (!/^\d+$/.test(folioOf(texts[i]!) ?? '')) return;
      const lines = textLines(words.filter((w) => w.yMax > top && w.yMax <= bottom));
      const first = lines.find(isBody);
      lines.forEach((line, k) => {
        if (!isBody(line) || !first) return;
        // Baselines of one face differ by whole line pitches, before and after anything else on the page.
        const slot = (line[0]!.yMax - first[0]!.yMax) / PT_PER_MM / LINE_PITCH_MM;
        const off = Math.abs(slot - Math.round(slot)) * LINE_PITCH_MM;
        expect(off, `page ${folioOf(texts[i]!)}: ${line.map((w) => w.text).join('')}`).toBeLessThan(0.15);
        if (lines.slice(0, k).some((l) => !isBody(l))) after += 1;
      });
    });
    // Lines under a photo's or a table's caption were measured too.
    expect(after).toBeGreaterThan(10);
  });

  it('sets 公文 lists as paragraphs numbered 1． and （1）, not hanging', { timeout: 120_000 }, async () => {
    const file = closeLater(await ReportFile.create(join(tempDir(), 'r.nianbao'), sampleReportMeta));
    file.saveDocument(listDocument());
    const out = join(outputDir('grid'), 'lists.pdf');
    await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
    checkOfficialList(out);
  });
});

function mode(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

const long = '学校完善专业动态调整机制，围绕区域主导产业新增智能制造、现代物流等专业，撤并就业率低的专业。';
function listDocument() {
  return build.document([
    build.heading(1, '基本情况'),
    build.nestedList([
      { content: long, depth: 0, ordered: true },
      { content: long, depth: 1, ordered: true },
      { content: long, depth: 0, ordered: true },
    ]),
  ]);
}

/** 1．, （1）, 2．: each first line indented two character pitches, the next one back at the margin. */
function checkOfficialList(pdf: string) {
  const lines = pdfWordBoxes(pdf).flatMap((words) => textLines(words));
  const text = (line: readonly WordBox[]) => line.map((w) => w.text).join('');
  const left = 28 * PT_PER_MM;
  for (const marker of ['1．', '（1）', '2．']) {
    const at = lines.findIndex((line) => text(line).startsWith(marker));
    expect(at, `${pdf}: ${marker}`).toBeGreaterThan(-1);
    expect((lines[at]![0]!.xMin - left) / PT_PER_MM, marker).toBeCloseTo(2 * CHAR_PITCH_MM, 0);
    expect(Math.abs(lines[at + 1]![0]!.xMin - left), marker).toBeLessThan(1);
  }
}

const office = requires('libreoffice', 'poppler');
office.describe('公文 lists in the .docx', () => {
  it('numbers them 1． and （1） with the first line indented two characters, as the PDF, in LibreOffice', {
    timeout: 120_000,
  }, async () => {
    const file = closeLater(await ReportFile.create(join(tempDir(), 'r.nianbao'), sampleReportMeta));
    file.saveDocument(listDocument());
    const dir = outputDir('grid');
    const docx = join(dir, 'lists-word.docx');
    await exportDocx(fileSource(file), docx);
    checkOfficialList(libreOfficePdf(office.path('libreoffice'), docx, dir));
  });
});
