import { join } from 'node:path';
import { expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { chromiumPdfPrinter } from '../../electron/export/chromium-pdf-printer';
import { requires } from '../helpers/requires';
import { fileSource } from '../../electron/export/export-source';
import { exportPdf } from '../../electron/export/pdf-export';
import { PRINT_TEMPLATES, type Template } from '../../core/print/templates';
import { templates } from '../../core/report-meta';
import { ReportFile } from '../../electron/store/report-file';
import { enrolmentChart } from '../charts/chart-samples';
import { closeLater, tempDir } from '../helpers/files';
import { bodyLineOffsets, bodyPages } from './body-grid';
import { pageShortfalls } from './pdf-boxes';
import { folioOf, outputDir, pdfPages, squash } from './pdf-tools';
import { chapterTitles, createSampleReport, sampleReportMeta, seedShape } from './sample-report';

/**
 * The rule: a body page may end more than 40 mm short only before a chapter opening a
 * new page (简洁), a manual page break (none here) or at the report's end; the front matter
 * ends its pages on purpose. Returns the pages that break it.
 */
function holes(pdf: string, template: Template) {
  const t = PRINT_TEMPLATES[template];
  const texts = pdfPages(pdf);
  const opensChapter = (text: string | undefined) =>
    t.chapterOnNewPage && chapterTitles.some((title) => squash(text ?? '').includes(squash(title)));
  return pageShortfalls(pdf, 297 - t.margin.bottom)
    .map((mm, i) => ({ page: i + 1, folio: folioOf(texts[i]!), mm: Math.round(mm) }))
    .filter((p, i) => /^\d+$/.test(p.folio ?? '') && i < texts.length - 1 && !opensChapter(texts[i + 1]))
    .filter((p) => p.mm > 40);
}

/**
 * Charts at every height a page can leave them: text of 1 to 8 sentences before each, in and
 * out of cases, two in a row closing a case.
 */
function chartDocument() {
  const sentence = '学校围绕区域主导产业调整专业布局，招生规模和就业质量稳步提升。';
  const para = (n: number) => build.paragraph(sentence.repeat(n));
  const chart = (i: number) => build.chart(`招生与就业情况${i}`, enrolmentChart('grouped-bar', '学校教务处'));
  const blocks: SerializedNodeJSON[] = [build.heading(1, chapterTitles[0]!)];
  let n = 0;
  for (let k = 1; k <= 8; k += 1) {
    blocks.push(build.heading(2, `专项工作${k}`), para(k), chart(++n), para(3));
    const body = [para(((k * 3) % 8) + 1), chart(++n)];
    if (k % 3 === 0) body.push(chart(++n));
    blocks.push(build.caseBlock(`产教融合案例${k}`, body));
  }
  blocks.push(build.heading(1, chapterTitles[1]!), para(4));
  return build.document(blocks);
}

requires('chromium', 'poppler').describe('PDF page fill', () => {
  it.each(templates)(
    'leaves no page of a photo-heavy report more than 40 mm short, on the line grid (%s)',
    { timeout: 300_000 },
    async (template) => {
      const file = closeLater(
        await createSampleReport(join(tempDir(), 'r.nianbao'), seedShape, { ...sampleReportMeta, template }),
      );
      const out = join(outputDir('holes'), `seed-${template}.pdf`);
      await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
      expect(holes(out, template), `pages ending short in ${out}`).toEqual([]);
      // Photos shrunk, moved and pages ended early all keep 公文 text on its line grid.
      const t = PRINT_TEMPLATES[template];
      if (t.charsPerLine !== null) {
        const measured = bodyLineOffsets(bodyPages(out, t), t);
        expect(measured.length).toBeGreaterThan(500);
        expect(measured.filter((m) => m.offMm >= 0.15)).toEqual([]);
      }
    },
  );

  it.each(templates)(
    'shrinks or moves a chart as a photo, its caption kept with it (%s)',
    { timeout: 300_000 },
    async (template) => {
      const file = closeLater(await ReportFile.create(join(tempDir(), 'r.nianbao'), { ...sampleReportMeta, template }));
      file.saveDocument(chartDocument());
      const out = join(outputDir('holes'), `charts-${template}.pdf`);
      await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
      expect(holes(out, template), `pages ending short in ${out}`).toEqual([]);
      // Each chart's caption is on the page of its drawing: one category label per caption.
      const pages = pdfPages(out).map(squash);
      const count = (text: string, re: RegExp) => [...text.matchAll(re)].length;
      for (const [i, text] of pages.entries())
        expect(count(text, /2023年/g), `page ${i + 1}`).toBe(count(text, /图\d+招生与就业情况/g));
      expect(pages.reduce((sum, text) => sum + count(text, /图\d+招生与就业情况/g), 0)).toBe(18);
    },
  );
});
