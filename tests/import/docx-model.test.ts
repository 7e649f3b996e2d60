import { describe, expect, it } from 'vitest';
import { coverTitleIndex } from '../../core/import/docx/cover-title';
import { headingLevel, levelShift, listOf } from '../../core/import/docx/heading-levels';
import { listLabels } from '../../core/import/docx/list-labels';
import type { DocxBlock, DocxParagraph } from '../../core/import/docx/model';
import { paragraphText } from '../../core/import/docx/read-body';
import { readDocxModel } from '../../core/import/docx/read-package';
import { characterReferences, paragraph, paragraphStyle, run } from '../fixtures/ooxml/word-package';
import { wpsTextBox } from './edit-docx';

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
const documentXml = (body: string, ns = NS) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}</w:body></w:document>`;
const stylesXml = (styles: string) => `<w:styles ${NS}>${styles}</w:styles>`;
const numberingXml = (numbering: string) => `<w:numbering ${NS}>${numbering}</w:numbering>`;
const paragraphs = (blocks: readonly DocxBlock[]) => blocks.filter((b): b is DocxParagraph => b.kind === 'paragraph');

/**
 * A multilevel list of chapters as a thesis template sets it: 第%1章, legal 1.1 and 1.1.1 below, level 4 numbering off.
 */
const thesisList = numberingXml(
  `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/>` +
    `<w:lvlText w:val="第%1章"/><w:suff w:val="space"/></w:lvl>` +
    `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>` +
    `<w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>` +
    `<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/>` +
    `<w:lvlText w:val="%1.%2.%3"/></w:lvl>` +
    `<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="none"/>` +
    `<w:lvlText w:val=""/><w:suff w:val="nothing"/></w:lvl>` +
    `</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
);

describe('the .docx model, read from XML parts with a real parser (no zip)', () => {
  it('reads outline levels however the XML spaces them, and not from a tracked change’s old properties', () => {
    const model = readDocxModel({
      document: documentXml(
        paragraph('基本情况', { properties: '<w:outlineLvl w:val="0" />' }) +
          paragraph('规模', { properties: '<w:outlineLvl  w:val = "1"/>' }) +
          paragraph('正文', {
            properties: '<w:pPrChange w:id="1" w:author="a"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange>',
          }),
      ),
    });
    expect(paragraphs(model.body).map((p) => [paragraphText(p), headingLevel(p, model.styles)])).toEqual([
      ['基本情况', 1],
      ['规模', 2],
      ['正文', null],
    ]);
  });

  it('accepts tracked changes, drops hidden text (boxed too); reads content controls, fields and text boxes', () => {
    const box = wpsTextBox(paragraph(run('隐藏说明', '<w:vanish/>') + run('框内文字')));
    const model = readDocxModel({
      document: documentXml(
        paragraph(
          `${run('共有专业')}<w:del w:id="1" w:author="a"><w:r><w:delText>20</w:delText></w:r></w:del>` +
            `<w:ins w:id="2" w:author="a">${run('23')}</w:ins>${run('个。')}`,
        ) +
          `<w:sdt><w:sdtPr><w:alias w:val="学校名称"/></w:sdtPr><w:sdtContent>` +
          `${paragraph(`<w:sdt><w:sdtContent>${run('昌吉职业技术学院')}</w:sdtContent></w:sdt>`)}</w:sdtContent></w:sdt>` +
          paragraph(`${run('图')}<w:fldSimple w:instr=" SEQ 图 \\* ARABIC ">${run('1')}</w:fldSimple>${run(' 校园')}`) +
          paragraph(
            `${run('表')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> SEQ 表 </w:instrText></w:r>` +
              `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('2')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
          ) +
          paragraph(`<w:r>${box}</w:r>`),
        `${NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`,
      ),
    });
    const texts = paragraphs(model.body).map(paragraphText);
    expect(texts.slice(0, 4)).toEqual(['共有专业23个。', '昌吉职业技术学院', '图1 校园', '表2']);
    const boxes = paragraphs(model.body)[4]!.boxes;
    expect(boxes.map((blocks) => paragraphs(blocks).map(paragraphText))).toEqual([['框内文字']]);
    expect(model.counts).toMatchObject({ hiddenRuns: 1, revisions: 2 });
  });

  it('reads a picture’s size and whether it floats, and a table’s cells with their merges', () => {
    const picture = (anchor: 'inline' | 'anchor', cx: number) =>
      `<w:r><w:drawing><wp:${anchor}><wp:extent cx="${cx}" cy="${cx / 2}"/><wp:docPr id="1" name="签名" descr="院长签名"/>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">` +
      `<pic:pic><pic:blipFill><a:blip r:embed="rId7"/></pic:blipFill></pic:pic>` +
      `</a:graphicData></a:graphic></wp:${anchor}></w:drawing></w:r>`;
    const model = readDocxModel({
      document: documentXml(
        `<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr>` +
          `<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${paragraph('姓名')}</w:tc></w:tr>` +
          `<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${paragraph(picture('inline', 1080000))}</w:tc>` +
          `<w:tc>${paragraph(picture('anchor', 5400000))}</w:tc></w:tr></w:tbl>`,
      ),
    });
    const tableBlock = model.body[0]!;
    expect(tableBlock.kind).toBe('table');
    if (tableBlock.kind !== 'table') return;
    expect(tableBlock.rows.map((r) => [r.header, r.cells.map((c) => [c.colSpan, c.verticalMerge])])).toEqual([
      [true, [[2, null]]],
      [
        false,
        [
          [1, 'restart'],
          [1, null],
        ],
      ],
    ]);
    const pictures = tableBlock.rows[1]!.cells.flatMap((c) => paragraphs(c.blocks).flatMap((p) => p.inlines));
    expect(pictures).toEqual([
      {
        kind: 'picture',
        relationship: 'rId7',
        linked: false,
        widthCm: 3,
        heightCm: 1.5,
        floating: false,
        description: '院长签名',
        chart: false,
      },
      {
        kind: 'picture',
        relationship: 'rId7',
        linked: false,
        widthCm: 15,
        heightCm: 7.5,
        floating: true,
        description: '院长签名',
        chart: false,
      },
    ]);
  });

  it('decodes style ids and names written as character references, as Pages writes them, and follows basedOn', () => {
    const big = characterReferences('大标题');
    const model = readDocxModel({
      document: documentXml(paragraph('总体情况', { style: big }) + paragraph('办学规模', { style: 'sub' })),
      styles: stylesXml(
        paragraphStyle(big, big, { properties: '<w:outlineLvl w:val="0"/>' }) +
          paragraphStyle('sub', characterReferences('小标题'), { basedOn: big }),
      ),
    });
    expect([...model.styles.keys()]).toEqual(['大标题', 'sub']);
    expect(model.styles.get('sub')!.name).toBe('小标题');
    // 小标题 sets no level of its own: it inherits 大标题's.
    expect(paragraphs(model.body).map((p) => headingLevel(p, model.styles))).toEqual([1, 1]);
  });

  it('refuses XML that is not well-formed, and XML nested past the limit, with the codes the importer reports', () => {
    expect(() => readDocxModel({ document: '<w:document><w:body><w:p></w:body></w:document>' })).toThrow(
      /IMPORT_BAD_DOCX|not well-formed/,
    );
    const deep = `<w:document ${NS}><w:body>${'<w:sdt><w:sdtContent>'.repeat(600)}</w:body></w:document>`;
    expect(() => readDocxModel({ document: deep })).toThrow(/deeper than/);
  });

  it('draws Word’s multilevel numbers: 第%1章, legal 1.1 under it, a level with numbering off left unnumbered', () => {
    const model = readDocxModel({
      document: documentXml(
        [
          paragraph('摘要', { style: '1', numbering: { numId: 1, ilvl: 3 } }),
          paragraph('绪论', { style: '1' }),
          paragraph('研究背景', { numbering: { numId: 1, ilvl: 1 } }),
          paragraph('研究目的', { numbering: { numId: 1, ilvl: 2 } }),
          paragraph('研究方法', { numbering: { numId: 1, ilvl: 1 } }),
          paragraph('文献综述', { style: '1' }),
          paragraph('国内研究', { numbering: { numId: 1, ilvl: 1 } }),
          paragraph('参考文献', { style: '1', numbering: { numId: 0, ilvl: 0 } }),
        ].join(''),
      ),
      styles: stylesXml(
        paragraphStyle('1', 'heading 1', {
          properties: '<w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/>',
        }),
      ),
      numbering: thesisList,
    });
    const ps = paragraphs(model.body);
    const labels = listLabels(
      ps.map((p) => listOf(p, model.styles)),
      model.lists,
    );
    expect(labels.map((l) => (l ? [l.text, l.unnumbered] : null))).toEqual([
      ['', true],
      ['第一章', false],
      ['1.1', false],
      ['1.1.1', false],
      ['1.2', false],
      ['第二章', false],
      ['2.1', false],
      null,
    ]);
  });

  it('continues a list’s numbers over a sub-list and lists sharing an abstract list; a start override restarts', () => {
    const lists = readDocxModel({
      document: documentXml(''),
      numbering: numberingXml(
        `<w:abstractNum w:abstractNumId="5">` +
          `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
          `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>` +
          `</w:abstractNum>` +
          `<w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num>` +
          `<w:num w:numId="2"><w:abstractNumId w:val="5"/></w:num>` +
          `<w:num w:numId="3"><w:abstractNumId w:val="5"/>` +
          `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`,
      ),
    }).lists;
    const at = (numId: string, ilvl: number) => ({ numId, ilvl });
    const labels = listLabels([at('1', 0), at('1', 1), at('1', 1), at('1', 0), null, at('2', 0), at('3', 0)], lists);
    expect(labels.map((l) => l?.text ?? null)).toEqual(['1.', 'a)', 'b)', '2.', null, '3.', '1.']);
  });

  it('promotes headings styled from level 2 down only; takes a centred 标题 1 title at the top as the cover’s', () => {
    const at = (level: number | null, text = '标题') => ({ level, text });
    expect(levelShift([at(null, '正文。'), at(2), at(3), at(2)])).toBe(1);
    expect(levelShift([at(1), at(2)])).toBe(0);
    // Chapters typed in body text stand above the sections styled 标题 2.
    expect(levelShift([at(null, '一、基本情况'), at(2), at(null, '二、人才培养'), at(2)])).toBe(0);
    const line = (text: string, level: number | null, centred = false) => ({ text, level, centred });
    expect(
      coverTitleIndex([
        line('昌吉职业技术学院', null, true),
        line('2025年度质量报告', 1, true),
        line('一、学校概况', 1),
        line('学校位于……。', null),
      ]),
    ).toBe(1);
    expect(coverTitleIndex([line('一、学校概况', 1, true), line('学校位于……。', null)])).toBeNull();
    expect(coverTitleIndex([line('前言', 1, true)])).toBeNull();
    expect(coverTitleIndex([line('学校位于昌吉市，占地面积1200亩。', null), line('质量报告', 1, true)])).toBeNull();
    expect(coverTitleIndex([line('质量报告', 1, false), line('学校概况', 1)])).toBeNull();
  });
});
