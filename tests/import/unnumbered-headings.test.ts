import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { printHtml } from '../../core/print/print-html';
import { buildReportTree } from '../../core/report-tree';
import { STYLE, UNNUMBERED_HEADING_1 } from '../../electron/export/docx/docx-styles';
import { buildDocx } from '../../electron/export/docx-export';
import { importText } from '../../core/import/text-import';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { parseXmlPart, W, wAttr, wChild } from '../export/docx-xml';
import { paragraph, paragraphStyle, wordPackage } from '../fixtures/ooxml/word-package';
import { sampleMeta } from '../helpers/files';

/**
 * Issue #20, failure 4: 摘要, ABSTRACT, 参考文献 and 致谢 are headings a report does not number.
 * They stand in 导航 and the 目录, print as headings (centred at level 1), go to Word in the
 * heading style with its numbering switched off, and come back so.
 */
const document = build.document([
  build.heading(1, '摘要', false),
  build.paragraph('本报告总结了学校一年的工作。'),
  build.heading(1, '基本情况'),
  build.heading(2, '学校概况'),
  build.paragraph('学校位于昌吉市。'),
  build.heading(1, '参考文献', false),
  build.paragraph('[1] 教育部. 职业教育法[Z]. 2022.'),
  build.heading(1, '学生发展'),
  build.heading(1, '附录', false),
  build.paragraph('附表略。'),
]);
const shape = (tree: ReturnType<typeof buildReportTree>) => tree.headings.map((h) => [h.level, h.label, h.text]);
const expected = [
  [1, '', '摘要'],
  [1, '一、', '基本情况'],
  [2, '（一）', '学校概况'],
  [1, '', '参考文献'],
  [1, '二、', '学生发展'],
  [1, '', '附录'],
];

describe('unnumbered headings in the outputs', () => {
  it('print as headings without a number, centred, and stand in the 目录', () => {
    const tree = buildReportTree(document, { headingNumbering: 'chinese' });
    expect(shape(tree)).toEqual(expected);
    const html = printHtml(tree, sampleMeta, { imageUrl: () => '', fontCssUrl: '', pagedJsUrl: null });
    expect(html).toContain('<h1 id="h-0" class="unnumbered">摘要</h1>');
    expect(html).toContain('<h1 id="h-1">一、基本情况</h1>');
    expect(html).toMatch(/h1\.unnumbered \{ text-align: center;/);
    const toc = [...html.matchAll(/<span class="toc-text">([^<]*)<\/span>/g)].map((m) => m[1]);
    expect(toc).toEqual(['摘要', '一、基本情况', '（一）学校概况', '参考文献', '二、学生发展', '附录']);
  });

  // Not Word's Heading 1 itself, where Word restarts chapter-numbered captions (docx-styles.ts).
  it('go to Word in a style of their own based on 标题 1, numbering off, centred, and read back unnumbered', async () => {
    const meta = { ...sampleMeta, headingNumbering: 'chinese' as const };
    const { bytes } = await buildDocx({ meta, document, asset: () => null });
    const zip = await JSZip.loadAsync(bytes);
    const xml = parseXmlPart(await zip.file('word/document.xml')!.async('string'));
    const styles = parseXmlPart(await zip.file('word/styles.xml')!.async('string'));
    const pPr = (text: string) =>
      wChild(Array.from(xml.getElementsByTagNameNS(W, 'p')).find((p) => p.textContent === text)!, 'pPr')!;
    for (const title of ['摘要', '参考文献', '附录']) {
      expect(wAttr(wChild(pPr(title), 'pStyle')!, 'val')).toBe(STYLE.unnumberedHeading1);
      // The style says it all: no number, centred, outline level 1 (0 in Word's count).
      expect(['numPr', 'jc', 'ind'].map((name) => wChild(pPr(title), name))).toEqual([undefined, undefined, undefined]);
    }
    const style = Array.from(styles.getElementsByTagNameNS(W, 'style')).find(
      (st) => wAttr(st, 'styleId') === STYLE.unnumberedHeading1,
    )!;
    const stylePPr = wChild(style, 'pPr')!;
    expect([
      wAttr(wChild(style, 'name')!, 'val'),
      wAttr(wChild(style, 'basedOn')!, 'val'),
      wAttr(wChild(stylePPr, 'outlineLvl')!, 'val'),
      wAttr(wChild(wChild(stylePPr, 'numPr')!, 'numId')!, 'val'),
      wAttr(wChild(stylePPr, 'jc')!, 'val'),
    ]).toEqual([UNNUMBERED_HEADING_1, 'Heading1', '0', '0', 'center']);
    // A numbered chapter keeps its number from the heading style's list.
    expect(wAttr(wChild(pPr('基本情况'), 'pStyle')!, 'val')).toBe('Heading1');
    expect(wChild(pPr('基本情况'), 'numPr')).toBeUndefined();

    const back = await importDocxBytes(bytes, collectPhotos().addPhoto);
    expect(shape(buildReportTree(back.document, { headingNumbering: 'chinese' }))).toEqual(expected);
  });
});

describe('unnumbered headings coming in', () => {
  it('reads 摘要 and 参考文献 in 标题 1 of a file that numbers no heading style as unnumbered headings', async () => {
    const bytes = wordPackage({
      styles:
        paragraphStyle('a', 'Normal') +
        paragraphStyle('1', 'heading 1', { basedOn: 'a', properties: '<w:outlineLvl w:val="0"/>' }),
      body: [
        paragraph('摘要', { style: '1', align: 'center' }),
        paragraph('本报告总结了学校一年的工作。'),
        paragraph('基本情况', { style: '1' }),
        paragraph('学校位于昌吉市。'),
        paragraph('参考文献', { style: '1' }),
        paragraph('[1] 教育部. 职业教育法[Z]. 2022.'),
      ].join(''),
    });
    const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
    const tree = buildReportTree(result.document);
    expect(tree.headings.map((h) => [h.text, h.numbered, h.label])).toEqual([
      ['摘要', false, ''],
      ['基本情况', true, '1'],
      ['参考文献', false, ''],
    ]);
  });

  it('reads a Markdown # 致谢 as an unnumbered heading, and a typed 三、致谢 as a numbered one', () => {
    const markdown = importText('# 基本情况\n\n正文。\n\n# 致谢\n\n感谢。\n', { markdown: true });
    expect(buildReportTree(markdown.document).headings.map((h) => [h.text, h.numbered])).toEqual([
      ['基本情况', true],
      ['致谢', false],
    ]);
    const typed = importText('一、基本情况\n正文。\n二、发展\n正文。\n三、致谢\n感谢。\n');
    expect(buildReportTree(typed.document).headings.map((h) => [h.text, h.numbered])).toEqual([
      ['基本情况', true],
      ['发展', true],
      ['致谢', true],
    ]);
  });
});
