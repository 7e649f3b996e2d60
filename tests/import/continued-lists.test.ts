import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { printHtml } from '../../core/print/print-html';
import { type ReportTree, buildReportTree } from '../../core/report-tree';
import { chromiumPdfPrinter } from '../../electron/export/chromium-pdf-printer';
import { buildDocx } from '../../electron/export/docx-export';
import { fileSource } from '../../electron/export/export-source';
import { exportPdf } from '../../electron/export/pdf-export';
import { printResources } from '../../electron/export/print-resources';
import { ReportFile } from '../../electron/store/report-file';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { parseXmlPart, W, wAttr, wChild, wChildren } from '../export/docx-xml';
import { type Producer, paragraph, paragraphStyle, wordPackage } from '../fixtures/ooxml/word-package';
import { closeLater, sampleMeta, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { pdfPages, squash } from '../export/pdf-tools';
import { unaccountedParagraphs } from './text-coverage';

/**
 * Issue #20, failure 8: a numbered list that a paragraph interrupts goes on counting in Word
 * (its items share one w:numId), and came in restarting at 1. The list after the paragraph
 * starts at 3 in the report, its PDF and its .docx; a list Word restarts (w:startOverride) at 1.
 */
const numbering =
  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>' +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>' +
  '<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%2)"/><w:lvlJc w:val="left"/>' +
  '<w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr></w:lvl>' +
  '</w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
  '<w:num w:numId="2"><w:abstractNumId w:val="0"/>' +
  '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';

const item = (text: string, numId = 1, ilvl = 0) => paragraph(text, { style: 'a3', numbering: { numId, ilvl } });

function interruptedList(producer: Producer): Buffer {
  return wordPackage({
    producer,
    styles: paragraphStyle('a', 'Normal') + paragraphStyle('a3', 'List Paragraph', { basedOn: 'a' }),
    numbering,
    body: [
      paragraph('学校主要做了以下工作：'),
      item('完善专业设置'),
      item('新增专业3个', 1, 1),
      item('深化产教融合'),
      paragraph('其中产教融合成效显著，校企共建实训基地5个。'),
      item('加强师资建设'),
      item('提升服务能力'),
      paragraph('下一步打算：'),
      item('扩大招生规模', 2),
      item('推进国际合作', 2),
    ].join(''),
  });
}

const lists = (tree: ReportTree) =>
  tree.blocks.flatMap((b) => (b.kind === 'list' ? [{ start: b.start, items: b.items.map((i) => i.text) }] : []));

const expected = [
  { start: 1, items: ['完善专业设置', '新增专业3个', '深化产教融合'] },
  { start: 3, items: ['加强师资建设', '提升服务能力'] },
  { start: 1, items: ['扩大招生规模', '推进国际合作'] },
];

function markers(tree: ReportTree): string[] {
  const html = printHtml(tree, sampleMeta, {
    imageUrl: () => '',
    fontCssUrl: '',
    pagedJsUrl: null,
    template: 'jianjie',
  });
  return [...html.matchAll(/<span class="li-marker">([^<]*)<\/span>([^<]*)/g)].map((m) => `${m[1]}${m[2]}`);
}

describe.each(['word', 'wps'] as const)('a list a paragraph interrupts, as %s writes it (issue #20, 8)', (producer) => {
  it('comes in counting on from 3 after the paragraph, and from 1 where Word restarts it', async () => {
    const bytes = interruptedList(producer);
    const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
    expect(await unaccountedParagraphs(bytes, result)).toEqual([]);
    const tree = buildReportTree(result.document);
    expect(lists(tree)).toEqual(expected);
    expect(markers(tree)).toEqual([
      '1.完善专业设置',
      '（1）新增专业3个',
      '2.深化产教融合',
      '3.加强师资建设',
      '4.提升服务能力',
      '1.扩大招生规模',
      '2.推进国际合作',
    ]);
  });
});

describe('a list starting at 3 in the .docx export', () => {
  it('is a Word list whose w:num starts its first level at 3, and reads back starting at 3', async () => {
    const original = await importDocxBytes(interruptedList('word'), collectPhotos().addPhoto);
    const { bytes } = await buildDocx({ meta: sampleMeta, document: original.document, asset: () => null });
    const zip = await JSZip.loadAsync(bytes);
    const document = parseXmlPart(await zip.file('word/document.xml')!.async('string'));
    const numberingXml = parseXmlPart(await zip.file('word/numbering.xml')!.async('string'));
    const numIdOf = (text: string) => {
      const p = Array.from(document.getElementsByTagNameNS(W, 'p')).find((x) => x.textContent === text)!;
      return wAttr(wChild(wChild(wChild(p, 'pPr')!, 'numPr')!, 'numId')!, 'val');
    };
    const startOf = (numId: string | null) => {
      const num = Array.from(numberingXml.getElementsByTagNameNS(W, 'num')).find((n) => wAttr(n, 'numId') === numId)!;
      const override = wChildren(num, 'lvlOverride').find((o) => wAttr(o, 'ilvl') === '0');
      return Number(wAttr(wChild(override!, 'startOverride')!, 'val'));
    };
    expect(startOf(numIdOf('完善专业设置'))).toBe(1);
    expect(numIdOf('加强师资建设')).toBe(numIdOf('提升服务能力'));
    expect(startOf(numIdOf('加强师资建设'))).toBe(3);
    expect(startOf(numIdOf('扩大招生规模'))).toBe(1);

    const back = await importDocxBytes(bytes, collectPhotos().addPhoto);
    expect(lists(buildReportTree(back.document))).toEqual(expected);
  });
});

requires('chromium', 'poppler').describe('a list starting at 3 in the PDF', () => {
  beforeAll(async () => {
    await printResources(); // copies resources/fonts when this checkout was not built yet
  });

  it('prints 3. and 4. before the items after the paragraph, and 1. where Word restarted', {
    timeout: 120_000,
  }, async () => {
    const imported = await importDocxBytes(interruptedList('word'), collectPhotos().addPhoto);
    const dir = tempDir();
    const file = closeLater(await ReportFile.create(join(dir, 'r.nianbao'), { ...sampleMeta, template: 'jianjie' }));
    file.saveDocument(imported.document);
    const out = join(dir, 'r.pdf');
    await exportPdf(fileSource(file), out, { printer: chromiumPdfPrinter() });
    const text = squash(pdfPages(out).join(''));
    for (const line of ['2.深化产教融合', '3.加强师资建设', '4.提升服务能力', '1.扩大招生规模', '2.推进国际合作'])
      expect(text).toContain(line);
  });
});
