import { Document, HeadingLevel, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDocxModel } from '../../core/import/docx/read-package';
import { styledHeadingNumbering } from '../../core/import/docx/styled-numbering';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const styles = (...bodies: string[]) => `<w:styles ${W}>${bodies.join('')}</w:styles>`;
const heading = (id: string, name: string, properties = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:pPr>${properties}</w:pPr></w:style>`;
const numPr = (numId: number, ilvl: number) =>
  `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, format: string, text: string, pStyle = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/>` +
  `${pStyle && `<w:pStyle w:val="${pStyle}"/>`}<w:lvlText w:val="${text}"/></w:lvl>`;
const numbering = (...levels: string[]) =>
  `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels.join('')}</w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

/** styledHeadingNumbering over styles.xml and numbering.xml as text, read into the model. */
const headingNumbering = (stylesXml: string, numberingXml: string) =>
  styledHeadingNumbering(
    readDocxModel({ document: `<w:document ${W}><w:body/></w:document>`, styles: stylesXml, numbering: numberingXml }),
    [],
  );

describe('the numbering Word gives the heading styles itself', () => {
  it('reads 第一章 / 第一部分 and the Chinese or decimal sequence under them, from the styles or from the list', () => {
    // Chinese Word's own ids for 标题 1/2 are "1" and "2"; the names say "heading 1".
    const chinese = styles(heading('1', 'heading 1', numPr(1, 0)), heading('2', 'heading 2', numPr(1, 1)));
    expect(
      headingNumbering(chinese, numbering(lvl(0, 'chineseCounting', '%1、'), lvl(1, 'chineseCounting', '（%2）'))),
    ).toEqual({ headings: 'chinese', chapters: 'none' });
    expect(
      headingNumbering(chinese, numbering(lvl(0, 'chineseCounting', '第%1部分'), lvl(1, 'chineseCounting', '%2、'))),
    ).toEqual({ headings: 'chinese', chapters: 'part' });
    expect(
      headingNumbering(chinese, numbering(lvl(0, 'chineseCounting', '第%1章'), lvl(1, 'decimal', '%1.%2'))),
    ).toEqual({ headings: 'decimal', chapters: 'chapter' });
    expect(headingNumbering(chinese, numbering(lvl(0, 'decimal', '%1'), lvl(1, 'decimal', '%1.%2')))).toEqual({
      headings: 'decimal',
      chapters: 'none',
    });
    // The link written from the list's side only, to a template's own style with an outline level.
    const linkedFromList = numbering(
      lvl(0, 'chineseCounting', '%1、', 'BT1'),
      lvl(1, 'chineseCounting', '（%2）', 'BT2'),
    );
    const outline = (n: number) => `<w:outlineLvl w:val="${n}"/>`;
    expect(
      headingNumbering(
        styles(heading('BT1', '报告标题一', outline(0)), heading('BT2', '报告标题二', outline(1))),
        linkedFromList,
      ),
    ).toEqual({
      headings: 'chinese',
      chapters: 'none',
    });
    // A list that only points at a list style (w:numStyleLink) numbers as that style's list does.
    const throughListStyle =
      `<w:numbering ${W}>` +
      `<w:abstractNum w:abstractNumId="0"><w:styleLink w:val="ReportList"/>` +
      `${lvl(0, 'chineseCounting', '第%1章')}${lvl(1, 'chineseCounting', '%2、')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ReportList"/></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
    expect(headingNumbering(chinese, throughListStyle)).toEqual({ headings: 'chinese', chapters: 'chapter' });
    // Lists that number no heading, bullets and unnumbered headings say nothing.
    expect(
      headingNumbering(
        styles(heading('1', 'heading 1'), heading('List', 'List Paragraph', numPr(1, 0))),
        numbering(lvl(0, 'decimal', '%1.')),
      ),
    ).toBeNull();
    expect(headingNumbering(chinese, numbering(lvl(0, 'bullet', '•'), lvl(1, 'bullet', '◦')))).toBeNull();
  });

  it('numbers a report from a Word file with heading styles numbered 第一部分 / 一、 as Word showed it', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'headings',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1部分' },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '%2、' },
            ],
          },
        ],
      },
      styles: {
        paragraphStyles: [
          {
            id: 'Heading1',
            name: 'Heading 1',
            basedOn: 'Normal',
            next: 'Normal',
            paragraph: { numbering: { reference: 'headings', level: 0 } },
          },
          {
            id: 'Heading2',
            name: 'Heading 2',
            basedOn: 'Normal',
            next: 'Normal',
            paragraph: { numbering: { reference: 'headings', level: 1 } },
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '学校概况', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '基本情况', heading: HeadingLevel.HEADING_2 }),
            new Paragraph('全日制在校生5600人。'),
            new Paragraph({ text: '人才培养', heading: HeadingLevel.HEADING_1 }),
          ],
        },
      ],
    });
    const result = await importDocxBytes(await Packer.toBuffer(doc), collectPhotos().addPhoto);
    expect(result.numbering).toMatchObject({ headings: 'chinese', chapters: 'part' });
    const headings = (result.document.root.children ?? []).filter((n) => n.type === 'heading').map((n) => n.tag);
    expect(headings).toEqual(['h1', 'h2', 'h1']);
  });

  it('reads it too from headings given a list level by hand (多级列表 on the paragraphs, not the styles)', async () => {
    const doc = new Document({
      numbering: {
        config: [
          {
            reference: 'chapters',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1章' },
              { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2' },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({
              text: '学校概况',
              heading: HeadingLevel.HEADING_1,
              numbering: { reference: 'chapters', level: 0 },
            }),
            new Paragraph({
              text: '基本情况',
              heading: HeadingLevel.HEADING_2,
              numbering: { reference: 'chapters', level: 1 },
            }),
            new Paragraph('全日制在校生5600人。'),
          ],
        },
      ],
    });
    const result = await importDocxBytes(await Packer.toBuffer(doc), collectPhotos().addPhoto);
    expect(result.numbering).toMatchObject({ headings: 'decimal', chapters: 'chapter' });
  });
});
