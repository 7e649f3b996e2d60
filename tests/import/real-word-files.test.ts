import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../core/check/index';
import { buildReportTree } from '../../core/report-tree';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import {
  type Producer,
  inlinePicture,
  paragraph,
  paragraphStyle,
  table,
  wordPackage,
} from '../fixtures/ooxml/word-package';
import { unaccountedParagraphs } from './text-coverage';

/**
 * The failures of issue #20, each as the file people wrote it, hand-written as Word and WPS
 * write it (tests/fixtures/ooxml): the structure the import must find, and every source
 * paragraph accounted for.
 */
async function importCovered(bytes: Buffer) {
  const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
  expect(await unaccountedParagraphs(bytes, result)).toEqual([]);
  const tree = buildReportTree(result.document);
  return { result, tree, headings: tree.headings.map((h) => [h.level, h.text]) };
}

const producers: Producer[] = ['word', 'wps'];
const body = (...texts: string[]) => texts.map((t) => paragraph(t)).join('');
/** Word's built-in heading styles as Chinese Word and WPS write them: ids "1", "2", "3", names "heading N". */
const headingStyles = (numbered = '') =>
  paragraphStyle('a', 'Normal') +
  [1, 2, 3]
    .map((n) =>
      paragraphStyle(String(n), `heading ${n}`, {
        basedOn: 'a',
        properties:
          `${numbered && `<w:numPr><w:ilvl w:val="${n - 1}"/><w:numId w:val="${numbered}"/></w:numPr>`}` +
          `<w:outlineLvl w:val="${n - 1}"/>`,
      }),
    )
    .join('');

describe.each(producers)('Word files as people write them (issue #20), as %s writes them', (producer) => {
  it('reads the report’s title in 标题 1 at the top, centred, as the cover’s title, not as chapter 一 (3)', async () => {
    const bytes = wordPackage({
      producer,
      styles: headingStyles(),
      body: [
        paragraph('昌吉职业技术学院2025年质量年度报告', { style: '1', align: 'center' }),
        paragraph('学校概况', { style: '1' }),
        body('学校位于昌吉市，占地面积1200亩。'),
        paragraph('人才培养', { style: '1' }),
        body('全年培养毕业生3000人。'),
      ].join(''),
    });
    const { result, headings } = await importCovered(bytes);
    expect(result.title).toBe('昌吉职业技术学院2025年质量年度报告');
    expect(headings).toEqual([
      [1, '学校概况'],
      [1, '人才培养'],
    ]);
  });

  it('takes headings styled only 标题 2 and 标题 3 (no 标题 1 in the file) for chapters and sections (8)', async () => {
    const bytes = wordPackage({
      producer,
      styles: headingStyles(),
      body: [
        paragraph('学校概况', { style: '2' }),
        body('学校位于昌吉市。'),
        paragraph('办学规模', { style: '3' }),
        body('在校生1.2万人。'),
        paragraph('人才培养', { style: '2' }),
        body('全年培养毕业生3000人。'),
      ].join(''),
    });
    const { headings } = await importCovered(bytes);
    expect(headings).toEqual([
      [1, '学校概况'],
      [2, '办学规模'],
      [1, '人才培养'],
    ]);
  });

  it('follows Word’s multilevel heading list: 第%1章, 1.1, 1.1.1; 摘要, 参考文献 unnumbered; no false notes (4)', async () => {
    const thesis =
      `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/>` +
      `<w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>` +
      `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="2"/><w:isLgl/>` +
      `<w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>` +
      `<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="3"/><w:isLgl/>` +
      `<w:lvlText w:val="%1.%2.%3"/><w:suff w:val="space"/></w:lvl>` +
      `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const bytes = wordPackage({
      producer,
      styles: headingStyles('1'),
      numbering: thesis,
      body: [
        // Numbering switched off on the paragraph (numId 0), as templates set their front and back matter.
        paragraph('摘要', { style: '1', numbering: { numId: 0, ilvl: 0 } }),
        body('本文研究了校企合作的成效。'),
        paragraph('ABSTRACT', { style: '1', numbering: { numId: 0, ilvl: 0 } }),
        body('This paper studies school-enterprise cooperation.'),
        paragraph('绪论', { style: '1' }),
        paragraph('研究背景', { style: '2' }),
        body('职业教育进入提质培优阶段。'),
        paragraph('研究目的', { style: '3' }),
        body('本研究旨在分析校企合作的成效。'),
        paragraph('研究方法', { style: '3' }),
        body('采用问卷调查与访谈。'),
        paragraph('文献综述', { style: '1' }),
        paragraph('国内研究', { style: '2' }),
        body('国内学者多从政策角度展开研究。'),
        paragraph('国外研究', { style: '2' }),
        body('国外研究侧重于学徒制。'),
        paragraph('参考文献', { style: '1', numbering: { numId: 0, ilvl: 0 } }),
        body('[1] 张三. 职业教育研究[J]. 2020.'),
        paragraph('致谢', { style: '1', numbering: { numId: 0, ilvl: 0 } }),
        body('感谢导师的指导。'),
      ].join(''),
    });
    const { result, tree } = await importCovered(bytes);
    // 摘要, ABSTRACT, 参考文献 and 致谢 are headings (in 导航 and the 目录) that take no number.
    expect(tree.headings.map((h) => [h.level, h.text, h.numbers])).toEqual([
      [1, '摘要', []],
      [1, 'ABSTRACT', []],
      [1, '绪论', [1]],
      [2, '研究背景', [1, 1]],
      [3, '研究目的', [1, 1, 1]],
      [3, '研究方法', [1, 1, 2]],
      [1, '文献综述', [2]],
      [2, '国内研究', [2, 1]],
      [2, '国外研究', [2, 2]],
      [1, '参考文献', []],
      [1, '致谢', []],
    ]);
    expect(result.numbering).toMatchObject({ headings: 'decimal', chapters: 'chapter' });
    expect(tree.headings.filter((h) => !h.numbered).map((h) => h.label)).toEqual(['', '', '', '']);
    expect(result.notes.map((n) => n.kind)).toEqual([]);
    expect(runChecks(tree, { importNotes: result.notes }).filter((f) => /编号/.test(f.message))).toEqual([]);
  });
});

describe('photos side by side in a table, as Word writes them', () => {
  it.each(producers)(
    'pairs two side-by-side captions with their photos when one wraps onto a second line in its cell (10, %s)',
    async (producer) => {
      const photo = (seed: number) =>
        sharp({ create: { width: 640, height: 480, channels: 3, background: { r: seed * 40, g: 90, b: 120 } } })
          .jpeg()
          .toBuffer();
      const bytes = wordPackage({
        producer,
        media: { 'p42.jpeg': await photo(1), 'p43.jpeg': await photo(2) },
        body: [
          body('【案例19】科创丝路 智汇高新', '4月28日，科技成果转化对接活动在昌吉高新区人才大厦举行。'),
          table([
            [paragraph(inlinePicture('p42.jpeg', 7, 5.25, 1)), paragraph(inlinePicture('p43.jpeg', 7, 5.25, 2))],
            [
              paragraph('图42 昌吉国家高新区2025年“百园百校', { align: 'center' }) +
                paragraph('万企”科技成果转化对接活动现场', { align: 'center' }),
              paragraph('图43 企业与高校签订合作协议', { align: 'center' }),
            ],
          ]),
          body('探索行业产教融合共同体建设。'),
        ].join(''),
      });
      const { tree } = await importCovered(bytes);
      expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
        ['昌吉国家高新区2025年“百园百校万企”科技成果转化对接活动现场', true],
        ['企业与高校签订合作协议', true],
      ]);
    },
  );
});

describe.each(producers)('typed chapters under styled title lines (issue #20, 2), as %s writes them', (producer) => {
  it('reads typed 一、 chapters as the chapters when only the title lines and 【摘要】 carry heading styles', async () => {
    const bytes = wordPackage({
      producer,
      styles: headingStyles(),
      body: [
        paragraph('关于学生社会实践的调查报告', { style: '1', align: 'center' }),
        paragraph('——以昌吉市为例', { style: '2', align: 'center' }),
        paragraph('【摘要】', { style: '3' }),
        body(
          '本文调查了昌吉市大学生参加社会实践的情况。',
          '一、引言',
          '社会实践是高校育人的重要环节。',
          '二、调查方法',
          '本次调查采用问卷与访谈。',
          '三、调查结果',
          '九成学生参加过社会实践。',
        ),
      ].join(''),
    });
    const { headings } = await importCovered(bytes);
    expect(headings).toEqual([
      [1, '引言'],
      [1, '调查方法'],
      [1, '调查结果'],
    ]);
  });
});

describe.each(producers)('a long native Word file (issue #20, 6), as %s writes it', (producer) => {
  it('is not taken for text pasted from a PDF: items without full stops stay apart, repeated lines stay', async () => {
    const section = (n: number) =>
      body(
        '主要做法',
        // Lines of many lengths, as a writer's are (printed lines share one width).
        `第${n}项工作按照年度计划推进，组织教职工开展专题培训${'并完成阶段性任务'.repeat(n % 4)}和考核`,
        `围绕人才培养质量持续改进教学管理制度${'，各项指标均已达到预期要求'.repeat((n % 3) + 1)}。`,
      );
    const bytes = wordPackage({ producer, body: Array.from({ length: 12 }, (_, i) => section(i + 1)).join('') });
    const { result, tree } = await importCovered(bytes);
    expect(result.notes.map((n) => n.kind)).not.toContain('pasted-from-pdf');
    expect(result.notes.map((n) => n.kind)).not.toContain('paragraphs-rejoined');
    expect(result.notes.map((n) => n.kind)).not.toContain('page-furniture-left-out');
    expect(tree.blocks.filter((b) => b.kind === 'paragraph' && b.text === '主要做法')).toHaveLength(12);
  });
});

describe.each(producers)('a cover page (issue #20, 7), as %s writes it', (producer) => {
  it('reads the title, school and year off the first page, its logo no figure, whatever the page holds', async () => {
    const logo = await sharp({ create: { width: 400, height: 400, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#0a6' } })
      .jpeg()
      .toBuffer();
    const pageBreak = '<w:r><w:br w:type="page"/></w:r>';
    const bytes = wordPackage({
      producer,
      media: { 'logo.png': logo, 'site.jpeg': photo },
      body: [
        paragraph(inlinePicture('logo.png', 3, 3, 1), { align: 'center' }),
        paragraph('昌吉职业技术学院', { align: 'center' }),
        paragraph('2025年度工作总结', { align: 'center' }),
        paragraph('部门：教务处', { align: 'center' }),
        paragraph('二〇二五年十二月', { align: 'center' }),
        paragraph(pageBreak),
        body('一、主要工作', '全年完成教学任务。'),
        paragraph(inlinePicture('site.jpeg', 12, 9, 2), { align: 'center' }),
        paragraph('图1 实训基地', { align: 'center' }),
        body('二、存在问题', '实训条件仍需改善。'),
      ].join(''),
    });
    const { result, tree, headings } = await importCovered(bytes);
    expect(result.cover).toMatchObject({
      title: '昌吉职业技术学院2025年度工作总结',
      issuer: '昌吉职业技术学院',
      year: 2025,
    });
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([['实训基地', true]]);
    expect(headings).toEqual([
      [1, '主要工作'],
      [1, '存在问题'],
    ]);
  });
});
