import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { zh } from '../../core/zh';
import { CHART_DPI } from '../../electron/export/docx/docx-charts';
import { exportDocx } from '../../electron/export/docx-export';
import { chromiumPdfPrinter } from '../../electron/export/chromium-pdf-printer';
import { fileSource } from '../../electron/export/export-source';
import { exportPdf, printPageHtml } from '../../electron/export/pdf-export';
import { printResources } from '../../electron/export/print-resources';
import { ReportFile } from '../../electron/store/report-file';
import { drawnItems, enrolmentChart, singleSeriesChart } from '../charts/chart-samples';
import { tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { W, fields, parseXmlPart, shownText, wAttr, wChild } from './docx-xml';
import { outputDir, pdfPages, renderPages, squash } from './pdf-tools';
import { sampleReportMeta } from './sample-report';

/** 图1 a photo still to come, 图2 a grouped bar chart, 图3 a grid with text in a number cell, 图4 a pie. */
function chartDocument() {
  const broken = enrolmentChart('line', '');
  broken.series[0]!.values[1] = '待统计';
  return build.document([
    build.heading(1, '人才培养'),
    build.paragraph('近三年招生和就业情况如下。'),
    build.figure('实训现场', null),
    build.chart('近三年招生数与就业率', enrolmentChart('grouped-bar', '学校教务处')),
    build.chart('尚未核实的数据', broken),
    build.heading(1, '发展保障'),
    build.chart('在校生专业大类分布', singleSeriesChart('pie')),
  ]);
}

const svgsOf = (html: string) => [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);

describe('charts in the exports', () => {
  let dir: string;
  let file: ReportFile;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-charts-'));
    file = await ReportFile.create(join(dir, 'r.nianbao'), sampleReportMeta);
    file.saveDocument(chartDocument());
  });

  afterAll(() => {
    file?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts each chart in the print HTML as inline SVG, numbered with the figures, with its 数据来源', () => {
    const html = printPageHtml(fileSource(file), { paginate: false });
    const svgs = svgsOf(html);
    expect(svgs).toHaveLength(2);
    expect(drawnItems(svgs[0]!)).toHaveLength(6);
    expect(drawnItems(svgs[1]!)).toHaveLength(4);
    for (const text of ['2023年', '1820', '97.5%']) expect(svgs[0]).toContain(`>${text}</text>`);
    expect(html).toMatch(/<figure><div class="chart" style="width:[\d.]+mm"><svg/);
    expect(html).toContain(
      `<div class="chart-source">数据来源：学校教务处</div><figcaption>图2 近三年招生数与就业率</figcaption>`,
    );
    expect(html).toContain('<figcaption>图4 在校生专业大类分布</figcaption>');
    // The grid that cannot be drawn prints as a marked gap that says why, and keeps its number.
    expect(html).toContain(zh.print.chartUnavailable);
    expect(html).toContain('“2024年”的“招生数”不是数字：“待统计”');
    expect(html).toContain('<figcaption>图3 尚未核实的数据</figcaption>');
  });

  it('embeds each drawable chart as a 300 dpi PNG picture with a 图N caption and its 数据来源 line', async () => {
    const out = join(outputDir('charts'), 'charts.docx');
    await exportDocx(fileSource(file), out);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const pictures = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
    expect(pictures).toHaveLength(2);
    const doc = parseXmlPart(await zip.file('word/document.xml')!.async('string'));
    const paragraphs = Array.from(doc.getElementsByTagNameNS(W, 'p'));
    const styleOf = (p: Element) => {
      const style = wChild(wChild(p, 'pPr') ?? p, 'pStyle');
      return style ? wAttr(style, 'val') : null;
    };
    const captions = paragraphs.filter((p) => styleOf(p) === 'Caption').map(shownText);
    expect(captions).toEqual([
      '图1 实训现场',
      '图2 近三年招生数与就业率',
      '图3 尚未核实的数据',
      '图4 在校生专业大类分布',
    ]);
    expect(
      fields(doc)
        .filter((f) => f.instruction.startsWith('SEQ 图'))
        .map((f) => f.result),
    ).toEqual(['1', '2', '3', '4']);
    expect(paragraphs.filter((p) => styleOf(p) === 'ChartSource').map(shownText)).toEqual(['数据来源：学校教务处']);
    expect(paragraphs.map(shownText)).toContain(`〔${zh.print.chartUnavailable}〕`);

    // The picture's pixels are its printed width at 300 dpi, and it is the chart, not a blank.
    const drawing = doc.getElementsByTagName('wp:extent')[0]!;
    const widthInches = Number(drawing.getAttribute('cx')) / 914_400;
    const png = await zip.file(pictures[0]!)!.async('nodebuffer');
    const meta = await sharp(png).metadata();
    expect(meta.width).toBeGreaterThanOrEqual(Math.round(widthInches * CHART_DPI) - 2);
    expect(meta.density).toBe(CHART_DPI);
    const { channels } = await sharp(png).stats();
    expect(Math.min(...channels.slice(0, 3).map((c) => c.min))).toBeLessThan(60); // dark bars and text drawn
  }, 60_000);
});

const chromium = requires('chromium', 'poppler');

chromium.describe('charts in the PDF', () => {
  it('prints the charts as vector drawings: their labels are text in the PDF', { timeout: 120_000 }, async () => {
    await printResources();
    const dir = tempDir();
    const file = await ReportFile.create(join(dir, 'r.nianbao'), sampleReportMeta);
    try {
      file.saveDocument(chartDocument());
      const out = join(outputDir('charts'), 'charts.pdf');
      const result = await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
      renderPages(out, outputDir('charts'), 'page', result.pages);
      const text = squash(pdfPages(out).join(''));
      for (const label of [
        '图2近三年招生数与就业率',
        '数据来源：学校教务处',
        '招生数（人）',
        '就业率（%）',
        '2103',
        '97.5%',
        '图4在校生专业大类分布',
        '加工制造类',
      ])
        expect(text).toContain(label);
      expect(text).toContain(squash(zh.print.chartUnavailable));
    } finally {
      file.close();
    }
  });
});
