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
import { PRINT_TEMPLATES } from '../../core/print/templates';
import {
  PT_PER_MM,
  bodyLineOffsets,
  bodyPages,
  charPitch,
  fullPages,
  lineText,
  linePitches,
  middleLines,
} from './body-grid';
import { pdfWordBoxes, textLines } from './pdf-boxes';
import { libreOfficePdf, outputDir } from './pdf-tools';
import { createSampleReport, sampleReportMeta, smallShape } from './sample-report';

const t = PRINT_TEMPLATES.gongwen;
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

    // A full body page: numbered from 1, its text lines all inside the type area, the last one near its foot.
    const full = fullPages(bodyPages(out, t), t);
    expect(full.length).toBeGreaterThanOrEqual(3);
    for (const page of full) {
      expect(page.lines.length, `lines on page ${page.folio}`).toBe(22);
      // Line to line in one font (a heading's face sits its glyphs a little differently in the line).
      for (const pitch of linePitches(page))
        expect(Math.abs(pitch - LINE_PITCH_MM), `line pitch on page ${page.folio}`).toBeLessThan(0.1);
    }
    // Full lines: a paragraph's middle lines, which start at the left margin as the next line does.
    const middle = middleLines(full, t);
    expect(middle.length).toBeGreaterThan(20);
    // A line that would end before a closing mark (、，。) holds 27, justified: Chromium cannot
    // hang punctuation in the margin as Word does. No line ever holds more than 28.
    const counts = middle.map((line) => [...lineText(line)].length);
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(27);
    for (const n of counts) expect(n).toBeLessThanOrEqual(28);
    expect(counts.filter((n) => n === 28).length / counts.length).toBeGreaterThan(0.8);
    for (const line of middle.filter((_, i) => counts[i] === 28))
      expect(Math.abs(charPitch(line, t.body.size) - CHAR_PITCH_MM)).toBeLessThan(0.05);
  });

  it('keeps body lines on the grid after photos, tables and case frames', { timeout: 120_000 }, async () => {
    const file = closeLater(await createSampleReport(join(tempDir(), 'r.nianbao'), smallShape, sampleReportMeta));
    const out = join(outputDir('grid'), 'gongwen-photos.pdf');
    await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
    const measured = bodyLineOffsets(bodyPages(out, t), t);
    for (const m of measured) expect(m.offMm, `page ${m.folio}: ${m.text}`).toBeLessThan(0.15);
    // Lines under a photo's or a table's caption were measured too.
    expect(measured.filter((m) => m.afterOther).length).toBeGreaterThan(10);
  });

  it('sets 公文 lists as paragraphs numbered 1． and （1）, not hanging', { timeout: 120_000 }, async () => {
    const file = closeLater(await ReportFile.create(join(tempDir(), 'r.nianbao'), sampleReportMeta));
    file.saveDocument(listDocument());
    const out = join(outputDir('grid'), 'lists.pdf');
    await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
    checkOfficialList(out);
  });
});

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
  const left = t.margin.left * PT_PER_MM;
  for (const marker of ['1．', '（1）', '2．']) {
    const at = lines.findIndex((line) => lineText(line).startsWith(marker));
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
