import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { build } from '../../core/document/nodes';
import { docxFont } from '../../core/print/fonts';
import { printCss } from '../../core/print/print-css';
import { PRINT_TEMPLATES } from '../../core/print/templates';
import { chromiumPdfPrinter } from '../../electron/export/chromium-pdf-printer';
import { exportDocx } from '../../electron/export/docx-export';
import { fileSource } from '../../electron/export/export-source';
import { exportPdf } from '../../electron/export/pdf-export';
import { printResources } from '../../electron/export/print-resources';
import { ReportFile } from '../../electron/store/report-file';
import { requires } from '../helpers/requires';
import { W, effectiveRunAttr, parseXmlPart, wAttr, wChild, wChildren } from './docx-xml';
import { libreOfficePdf, outputDir, pdfPages, renderPages, squash } from './pdf-tools';
import { sampleReportMeta } from './sample-report';

/**
 * Tables as a bureau prints them: a list of schools long enough to run over two pages, whose
 * header row repeats on the second; columns as wide as their content needs (school names never
 * broken), columns dragged in the editor kept in proportion, aligned cells, one caption font.
 */

const schools = [
  '昌吉职业技术学院',
  '新疆昌吉技师学院',
  '昌吉州农业职业技术学校',
  '呼图壁县职业技术学校',
  '玛纳斯县中等职业技术学校',
  '奇台县职业技术学校',
];
const longRows = Array.from({ length: 70 }, (_, i) => [
  String(i + 1),
  schools[i % schools.length]!,
  String(300 + i * 7),
  `${(i % 9) + 90}.5%`,
]);

/** A second long list, its first header cell merged down into the row of units under it. */
const branchRows = Array.from({ length: 70 }, (_, i) => [String(i + 1), `第${i + 1}分校`, String(500 + i), '95.0']);

function tableDocument(): ReturnType<typeof build.document> {
  const numbers = build.table(
    [
      ['年份', '2023', '2024', '2025'],
      ['人数', '12', '15', '18'],
    ],
    true,
  );
  const dragged = {
    ...build.table(
      [
        ['甲', '乙'],
        ['左', '右对齐'],
      ],
      true,
    ),
    colWidths: [300, 100],
  };
  // The tools align a cell by formatting each of its paragraphs.
  const rightCell = (dragged.children as SerializedNodeJSON[])[1]!.children![1]!;
  rightCell.children = rightCell.children!.map((p) => ({ ...p, format: 'right' }));
  return build.document([
    build.heading(1, '学校名单'),
    build.paragraph('全州中等职业学校名单如下。'),
    build.tableCaption('全州中等职业学校一览'),
    build.table([['序号', '学校名称', '在校生数', '就业率'], ...longRows], true),
    build.tableCaption('近三年培训人数'),
    numbers,
    build.tableCaption('拖动过列宽的表'),
    dragged,
    build.tableCaption('各分校在校生'),
    build.table(
      [[{ paragraphs: ['编号'], rowSpan: 2 }, '分校名称', '学生数', '比例'], ['全称', '人', '%'], ...branchRows],
      true,
    ),
  ]);
}

const needs = requires('chromium', 'libreoffice', 'poppler');

needs.describe('table export', () => {
  let work: string;
  let file: ReportFile;
  let docXml: Document;
  let stylesXml: Document;
  let pdf: string;
  let docxPdf: string;

  beforeAll(async () => {
    await printResources();
    work = mkdtempSync(join(tmpdir(), 'nianbao-tables-'));
    file = await ReportFile.create(join(work, 'tables.nianbao'), { ...sampleReportMeta, title: '表格测试报告' });
    file.saveDocument(tableDocument());
    const dir = outputDir('tables');
    const docx = join(dir, 'tables-word.docx');
    await exportDocx(fileSource(file), docx);
    const zip = await JSZip.loadAsync(readFileSync(docx));
    docXml = parseXmlPart(await zip.file('word/document.xml')!.async('string'));
    stylesXml = parseXmlPart(await zip.file('word/styles.xml')!.async('string'));
    pdf = join(dir, 'tables.pdf');
    await exportPdf(fileSource(file), pdf, { printer: chromiumPdfPrinter() });
    renderPages(pdf, dir, 'pdf', 6);
    docxPdf = libreOfficePdf(needs.path('libreoffice'), docx, dir);
    renderPages(docxPdf, dir, 'docx', 6);
  }, 240_000);

  afterAll(() => {
    file?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const tables = () => Array.from(docXml.getElementsByTagNameNS(W, 'tbl'));
  const gridMm = (tbl: Element) =>
    wChildren(wChild(tbl, 'tblGrid')!, 'gridCol').map((c) => (Number(wAttr(c, 'w')) / 1440) * 25.4);

  it('repeats the header row on every page in the .docx and in both PDFs', () => {
    const [long] = tables();
    const rows = wChildren(long!, 'tr');
    const isHeader = (tr: Element) => {
      const mark = wChild(tr, 'trPr') && wChild(wChild(tr, 'trPr')!, 'tblHeader');
      return Boolean(mark) && !['false', '0', 'off'].includes(wAttr(mark!, 'val') ?? '');
    };
    expect(isHeader(rows[0]!)).toBe(true);
    expect(rows.slice(1).some(isHeader)).toBe(false);

    for (const printed of [pdf, docxPdf]) {
      const pages = pdfPages(printed).map(squash);
      const withRows = pages.filter((p) => p.includes('昌吉职业技术学院'));
      expect(withRows.length, printed).toBeGreaterThanOrEqual(2);
      // Every page the list runs onto starts its part of the table with the header.
      for (const page of withRows) expect(page, printed).toContain('序号学校名称在校生数就业率');
      expect(pages.join('')).toContain('70');
    }
  });

  it('repeats a header merged down into the next row with that row, in the PDF', () => {
    const pages = pdfPages(pdf).map(squash);
    const withRows = pages.filter((p) => /第\d+分校/.test(p));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) for (const head of ['编号', '分校名称', '全称人%']) expect(page).toContain(head);
    expect(pages.join('')).toContain('第70分校');
  });

  it('never leaves a table caption at a page foot without its table', () => {
    for (const printed of [pdf, docxPdf]) {
      for (const page of pdfPages(printed)) {
        const lines = page
          .split('\n')
          .map(squash)
          .filter((l) => l !== '' && !/^[—-]?\d+[—-]?$/.test(l));
        expect(lines.at(-1), printed).not.toMatch(/^表\d/);
      }
    }
  });

  it('never breaks a school name and does not stretch short numbers into equal columns', () => {
    const [long, numbers] = tables();
    const widths = gridMm(long!);
    // 玛纳斯县中等职业技术学校: 12 characters of 小四 (12 pt = 4.23 mm) plus the cell's padding.
    expect(widths[1]).toBeGreaterThan(12 * 4.23);
    expect(widths[0]).toBeLessThan(widths[1]! / 3);
    for (const page of pdfPages(pdf)) {
      for (const line of page.split('\n')) {
        if (line.includes('职业') || line.includes('技术')) expect(squash(line)).toMatch(/(学院|学校|技师学院)/);
      }
    }
    const numberWidths = gridMm(numbers!);
    expect(new Set(numberWidths.map((w) => w.toFixed(1))).size).toBeGreaterThan(1);
    // 年份 (2 characters) takes less than 2023 (4 digits), the three years alike.
    expect(numberWidths[0]).toBeLessThan(numberWidths[1]!);
    expect(numberWidths[1]).toBeCloseTo(numberWidths[3]!, 3);
  });

  it('keeps columns dragged in the editor in proportion, and a cell aligned right', () => {
    const [, , dragged] = tables();
    const [a, b] = gridMm(dragged!);
    expect(a! / b!).toBeCloseTo(3, 1);
    const cells = wChildren(wChildren(dragged!, 'tr')[1]!, 'tc');
    const jc = (tc: Element) => {
      const pPr = wChild(wChild(tc, 'p')!, 'pPr');
      const el = pPr && wChild(pPr, 'jc');
      return el ? wAttr(el, 'val') : null;
    };
    expect(jc(cells[1]!)).toBe('right');
    expect(jc(cells[0]!)).toBeNull();
  });

  it('sets table captions in the caption font (楷体) in the .docx and in the PDF', () => {
    const caption = Array.from(docXml.getElementsByTagNameNS(W, 'p')).find((p) =>
      (p.textContent ?? '').includes('全州中等职业学校一览'),
    )!;
    const run = Array.from(caption.getElementsByTagNameNS(W, 'r')).find((r) => (r.textContent ?? '').includes('一览'))!;
    expect(effectiveRunAttr(run, stylesXml, 'rFonts', 'eastAsia')).toBe(docxFont(PRINT_TEMPLATES.gongwen.caption.role));
    // The PDF's caption lines are set in the face its figure captions are.
    const fontRules =
      printCss(PRINT_TEMPLATES.gongwen).match(/[^{}]*\.table-caption[^{}]*\{[^}]*font-family[^}]*\}/g) ?? [];
    expect(fontRules.length).toBeGreaterThan(0);
    for (const rule of fontRules) expect(rule).toContain('figcaption');
  });
});
