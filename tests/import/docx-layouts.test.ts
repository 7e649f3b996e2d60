import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  TextWrappingType,
  VerticalMergeType,
  VerticalPositionRelativeFrom,
} from 'docx';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../core/check/index';
import { build } from '../../core/document/nodes';
import { buildReportTree } from '../../core/report-tree';
import { importDocxBytes } from '../../electron/import/import-file';
import { importToNewReport } from '../../electron/import/import-to-report';
import { collectPhotos } from '../../electron/import/collect-photos';
import { ZipArchive } from '../../electron/import/zip-archive';
import { closeLater, tempDir } from '../helpers/files';
import { samplePhoto } from './docx-fixture';
import { alternateContent, editDocx, wpsTextBox } from './edit-docx';
import { deflatedEntry, rawZip, zipEntryNames } from './raw-zip';

const docxOf = async (children: (Paragraph | Table)[]) => Packer.toBuffer(new Document({ sections: [{ children }] }));

const photoParagraph = async (seed: number) =>
  new Paragraph({
    children: [
      new ImageRun({ type: 'jpg', data: await samplePhoto(seed), transformation: { width: 240, height: 180 } }),
    ],
  });

async function importDocx(bytes: Buffer) {
  const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
  return { result, tree: buildReportTree(result.document) };
}

/**
 * Imports `bytes` and expects exactly these figures, each with its photo, and no note of a photo or caption left alone.
 */
async function expectEachPhotoCaptioned(bytes: Buffer, captions: string[]) {
  const imported = await importDocx(bytes);
  expect(imported.tree.figures.map((f) => [f.caption, f.image !== null])).toEqual(captions.map((c) => [c, true]));
  expect(imported.result.notes.map((n) => n.kind)).not.toContain('caption-without-photo');
  expect(imported.result.notes.map((n) => n.kind)).not.toContain('image-without-caption');
  return imported;
}

describe('docx layouts beyond the common one', () => {
  it('pairs captions placed above their photos when the document does so throughout', async () => {
    const bytes = await docxOf([
      new Paragraph('图1 实训基地全景'),
      await photoParagraph(1),
      new Paragraph('学生在基地完成岗位实习。'),
      new Paragraph('图2 企业导师指导'),
      await photoParagraph(2),
    ]);
    await expectEachPhotoCaptioned(bytes, ['实训基地全景', '企业导师指导']);
  });

  it('places a photo set in a paragraph (floating, 上下型环绕, inline after words) after it, with its caption', async () => {
    const photo = async (seed: number, floating: boolean) =>
      new ImageRun({
        type: 'jpg',
        data: await samplePhoto(seed),
        transformation: { width: 240, height: 180 },
        ...(floating && {
          floating: {
            horizontalPosition: { relative: HorizontalPositionRelativeFrom.COLUMN, offset: 0 },
            verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: 0 },
            wrap: { type: TextWrappingType.TOP_AND_BOTTOM },
          },
        }),
      });
    const bytes = await docxOf([
      // Word keeps a floating picture's anchor at the start of the paragraph it was dropped on.
      new Paragraph({ children: [await photo(1, true), new TextRun('学校建成实训基地，学生在真实岗位中学习。')] }),
      new Paragraph('图1 实训基地全景'),
      new Paragraph({ children: [new TextRun('企业导师驻校指导。'), await photo(2, false)] }),
      new Paragraph('图2 企业导师指导'),
      new Paragraph('后续正文继续说明。'),
    ]);
    const { result } = await expectEachPhotoCaptioned(bytes, ['实训基地全景', '企业导师指导']);
    expect((result.document.root.children ?? []).map((c) => c.type)).toEqual([
      'paragraph',
      'figure',
      'paragraph',
      'figure',
      'paragraph',
    ]);
    // Where the captions stand above the photos, a photo set in text stays ahead of it, under its caption.
    const above = await docxOf([
      new Paragraph('图1 实训基地全景'),
      new Paragraph({ children: [await photo(3, true), new TextRun('学校建成实训基地。')] }),
      new Paragraph('图2 企业导师指导'),
      new Paragraph({ children: [await photo(4, true), new TextRun('企业导师驻校指导。')] }),
    ]);
    const captionedAbove = await expectEachPhotoCaptioned(above, ['实训基地全景', '企业导师指导']);
    expect((captionedAbove.result.document.root.children ?? []).map((c) => c.type)).toEqual([
      'figure',
      'paragraph',
      'figure',
      'paragraph',
    ]);
  });

  it('still reads captions below photos as before', async () => {
    const bytes = await docxOf([
      await photoParagraph(1),
      new Paragraph('图1 实训基地全景'),
      await photoParagraph(2),
      new Paragraph('图2 企业导师指导'),
    ]);
    const { tree } = await importDocx(bytes);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['实训基地全景', true],
      ['企业导师指导', true],
    ]);
  });

  it('takes a centred or 题注-styled line without 图N under a photo as its caption, not as heading or body', async () => {
    const centred = (text: string) => new Paragraph({ text, alignment: AlignmentType.CENTER });
    const { tree, result } = await importDocx(
      await docxOf([
        new Paragraph({ text: '一、学生发展', heading: HeadingLevel.HEADING_1 }),
        await photoParagraph(1),
        centred('学生参加技能大赛'),
        await photoParagraph(2),
        new Paragraph({ text: '企业导师现场指导', style: 'Caption' }),
        await photoParagraph(3),
        centred('（一）在校体验'),
        await photoParagraph(4),
        new Paragraph('学生满意度持续提升'),
      ]),
    );
    expect(tree.figures.map((f) => f.caption)).toEqual(['学生参加技能大赛', '企业导师现场指导', '', '']);
    expect(tree.headings.map((h) => h.text)).toEqual(['学生发展', '在校体验']);
    expect(result.notes.filter((n) => n.kind === 'image-without-caption')).toHaveLength(2);
  });

  it('keeps bold and italic inside Word table cells, and merged cells', async () => {
    const cell = (
      children: TextRun[],
      extra: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {},
    ) => new TableCell({ children: [new Paragraph({ children })], ...extra });
    const bytes = await docxOf([
      new Paragraph('表1 各校招生情况'),
      new Table({
        rows: [
          new TableRow({
            children: [
              cell([new TextRun({ text: '学校', bold: true })], { verticalMerge: VerticalMergeType.RESTART }),
              cell([new TextRun({ text: '招生人数', bold: true })], { columnSpan: 2 }),
            ],
          }),
          new TableRow({
            children: [
              cell([], { verticalMerge: VerticalMergeType.CONTINUE }),
              cell([new TextRun('2024')]),
              cell([new TextRun('2025')]),
            ],
          }),
          new TableRow({
            children: [
              cell([new TextRun('木垒县职业中专')]),
              cell([new TextRun('300')]),
              cell([new TextRun({ text: '320', italics: true }), new TextRun('人')]),
            ],
          }),
        ],
      }),
    ]);
    const { tree } = await importDocx(bytes);
    const table = tree.tables[0]!;
    expect(table.caption).toBe('各校招生情况');
    expect(table.rows.map((r) => r.map((c) => [c.text, c.colSpan, c.rowSpan]))).toEqual([
      [
        ['学校', 1, 2],
        ['招生人数', 2, 1],
      ],
      [
        ['2024', 1, 1],
        ['2025', 1, 1],
      ],
      [
        ['木垒县职业中专', 1, 1],
        ['300', 1, 1],
        ['320人', 1, 1],
      ],
    ]);
    expect(table.rows[0]![0]!.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(['学校']);
    expect(table.rows[2]![2]!.runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['320']);
  });

  it('takes a caption typed in a first row merged across the table (表1 …) for the table’s caption', async () => {
    const cell = (text: string, columnSpan = 1) => new TableCell({ children: [new Paragraph(text)], columnSpan });
    const bytes = await docxOf([
      new Table({
        rows: [
          new TableRow({ children: [cell('表1 各校招生情况', 2)] }),
          new TableRow({ tableHeader: true, children: [cell('学校'), cell('招生人数')] }),
          new TableRow({ children: [cell('木垒县职业中专'), cell('320')] }),
        ],
      }),
      // A title row that is no caption stays the table's.
      new Table({
        rows: [
          new TableRow({ children: [cell('2025年招生', 2)] }),
          new TableRow({ children: [cell('学校'), cell('人数')] }),
        ],
      }),
    ]);
    const { tree } = await importDocx(bytes);
    expect(
      tree.tables.map((t) => [t.caption, t.rows.map((r) => r.map((c) => `${c.header ? 'th' : 'td'}:${c.text}`))]),
    ).toEqual([
      [
        '各校招生情况',
        [
          ['th:学校', 'th:招生人数'],
          ['td:木垒县职业中专', 'td:320'],
        ],
      ],
      ['', [['td:2025年招生'], ['td:学校', 'td:人数']]],
    ]);
  });

  it('build.table still takes plain strings', () => {
    const tree = buildReportTree(build.document([build.table([['a', 'b']], true)]));
    expect(tree.tables[0]!.rows[0]!.map((c) => [c.text, c.colSpan, c.header])).toEqual([
      ['a', 1, true],
      ['b', 1, true],
    ]);
  });

  it('parts a paragraph at Shift+Enter breaks before a heading, case label or caption; joins sentences', async () => {
    const lines = (...texts: string[]) => texts.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : 0 }));
    const bytes = await docxOf([
      // A heading broken over two lines is one heading.
      new Paragraph({ children: lines('一、基本', '情况'), heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: lines(
          '（一）办学规模',
          '学校现有在校生3200人，',
          '教职工210人。',
          '【案例1】校企合作',
          '学校与企业共建实训基地，学生在',
          'SYB',
          'training 中学习。',
        ),
      }),
      new Paragraph('（二）专业建设'),
      new Paragraph('学校坚持立德树人。'),
    ]);
    const { tree, result } = await importDocx(bytes);
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '办学规模'],
      [2, '专业建设'],
    ]);
    expect(tree.cases.map((c) => [c.title, c.body.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))])).toEqual([
      ['校企合作', ['学校与企业共建实训基地，学生在SYB training 中学习。']],
    ]);
    const paragraphs = (result.document.root.children ?? [])
      .filter((c) => c.type === 'paragraph')
      .map((c) => (c.children ?? []).map((t) => (t as { text?: string }).text ?? '').join(''));
    expect(paragraphs).toEqual(['学校现有在校生3200人，教职工210人。', '学校坚持立德树人。']);
  });

  it('reads a case label styled 标题 3 (for Word’s navigation) as a case, not a heading; it needs no colon', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: '一、人才培养', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '（一）立德树人', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: '【案例1】红色基因代代传', heading: HeadingLevel.HEADING_3 }),
      new Paragraph('学校开展红色教育。'),
      // A bare label needs no colon in a heading style.
      new Paragraph({ text: '案例二 劳动教育', heading: HeadingLevel.HEADING_3 }),
      new Paragraph('学校开展劳动教育。'),
      new Paragraph({ text: '（二）技能培养', heading: HeadingLevel.HEADING_2 }),
    ]);
    const { tree } = await importDocx(bytes);
    expect(tree.headings.map((h) => h.text)).toEqual(['人才培养', '立德树人', '技能培养']);
    expect(tree.cases.map((c) => [c.title, c.body.length])).toEqual([
      ['红色基因代代传', 1],
      ['劳动教育', 1],
    ]);
  });

  it('reads a case boxed in a one-cell table with its photo and caption; text after the box stays out', async () => {
    const frame = new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({
              children: [
                new Paragraph('【案例1】校企共建实训基地'),
                new Paragraph('学校与企业共建实训基地，年培训学生500人次。'),
                await photoParagraph(1),
                new Paragraph('图1 实训基地全景'),
                new Paragraph('基地已成为全州共享的实训平台。'),
              ],
            }),
          ],
        }),
      ],
    });
    const bytes = await docxOf([
      new Paragraph({ text: '1. 基本情况', heading: HeadingLevel.HEADING_1 }),
      frame,
      new Paragraph('全州职业教育稳步发展，办学条件持续改善。'),
    ]);
    const { result, tree } = await importDocx(bytes);
    expect(tree.tables).toEqual([]);
    expect(tree.cases.map((c) => c.title)).toEqual(['校企共建实训基地']);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([['实训基地全景', true]]);
    const caseBlock = tree.cases[0]!;
    // The box decides where the case ends: the text after the photo is in it, the text after the box is not.
    expect(caseBlock.body.map((b) => b.kind)).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(tree.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '全州职业教育稳步发展，办学条件持续改善。' });
    expect(result.notes.map((n) => n.kind)).not.toContain('image-moved-from-table');
    expect(result.notes.map((n) => n.kind)).not.toContain('case-ended-after-figures');
  });

  it('leaves out pictures too small to be photos (an icon before a heading, a rule), with a note', async () => {
    const png = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: '#c00' } })
        .png()
        .toBuffer();
    const picture = async (width: number, height: number) =>
      new ImageRun({
        type: 'png',
        data: await png(width, height),
        transformation: { width: width / 2, height: height / 2 },
      });
    const bytes = await docxOf([
      new Paragraph({ children: [await picture(24, 24), new TextRun('一、基本情况')] }),
      new Paragraph('学校现有在校生3200人。'),
      new Paragraph({ children: [await picture(600, 4)] }),
      await photoParagraph(12),
      new Paragraph('图1 实训基地'),
    ]);
    const { result, tree } = await importDocx(bytes);
    expect(tree.headings.map((h) => h.text)).toEqual(['基本情况']);
    expect(tree.figures.map((f) => [f.caption, f.image?.width])).toEqual([['实训基地', 640]]);
    expect(result.notes.find((n) => n.kind === 'decorations-left-out')?.message).toContain('2 个');
    expect(result.notes.map((n) => n.kind)).not.toContain('image-without-caption');
  });

  it('leaves a cover’s pictures (an emblem, a photo) out with its lines, with or without a 前言 after it', async () => {
    for (const preface of [['前言', '本报告依据……编制。'], []]) {
      const bytes = await docxOf([
        await photoParagraph(10),
        new Paragraph('木垒县职业中专'),
        new Paragraph('2025年质量年度报告'),
        await photoParagraph(11),
        new Paragraph('2025年12月'),
        ...preface.map((text) => new Paragraph(text)),
        new Paragraph({ text: '一、基本情况', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('学校现有在校生3200人。'),
      ]);
      const { result, tree } = await importDocx(bytes);
      expect(result.cover).toMatchObject({
        title: '木垒县职业中专2025年质量年度报告',
        year: 2025,
        issuedOn: '2025年12月',
      });
      expect(tree.figures).toEqual([]);
      expect(result.notes.find((n) => n.kind === 'cover-moved')?.text).toContain('封面图片 2 张');
      expect(tree.blocks[0]?.kind).toBe(preface.length ? 'paragraph' : 'heading');
      // Nor are they stored in the new report.
      const input = join(tempDir(), 'cover.docx');
      writeFileSync(input, bytes);
      const { file } = await importToNewReport(input, join(tempDir(), 'cover.nianbao'), {});
      closeLater(file);
      expect(file.listAssets()).toEqual([]);
    }
  });

  it('reads a case boxed by paragraph borders or shading (边框和底纹) as a case that ends where its box does', async () => {
    const border = { style: BorderStyle.SINGLE, size: 6, color: '4472C4', space: 4 };
    const boxed = { border: { top: border, bottom: border, left: border, right: border } };
    const shaded = { shading: { type: ShadingType.CLEAR, fill: 'E7F0F7', color: 'auto' } };
    const photo = await samplePhoto(9);
    const bytes = await docxOf([
      new Paragraph({ text: '一、基本情况', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({ text: '【案例1】校企共建', ...boxed }),
      new Paragraph({ text: '学校与企业共建实训基地。', ...boxed }),
      new Paragraph({
        children: [new ImageRun({ type: 'jpg', data: photo, transformation: { width: 240, height: 180 } })],
        ...boxed,
      }),
      new Paragraph({ text: '图1 实训基地', ...boxed }),
      // Text after the photo, still in the box: the case's own.
      new Paragraph({ text: '基地年接待学生2000人次。', ...boxed }),
      new Paragraph('本节其余内容，不属于案例。'),
      new Paragraph({ text: '【案例2】匠心育人', ...shaded }),
      new Paragraph({ text: '学校开展工匠精神教育。', ...shaded }),
      new Paragraph('第二段正文。'),
    ]);
    const { tree, result } = await importDocx(bytes);
    expect(tree.cases.map((c) => [c.title, c.body.map((b) => b.kind)])).toEqual([
      ['校企共建', ['paragraph', 'figure', 'paragraph']],
      ['匠心育人', ['paragraph']],
    ]);
    expect(tree.blocks.map((b) => b.kind)).toEqual(['heading', 'case', 'paragraph', 'case', 'paragraph']);
    expect(result.notes.map((n) => n.kind)).not.toContain('case-ended-after-figures');
    expect(JSON.stringify(result.document)).not.toContain('\ue0b0');
  });

  it('reads a case boxed by its paragraph style (a template’s 案例框, or a style based on it) the same way', async () => {
    const border = { style: BorderStyle.SINGLE, size: 6, color: '4472C4', space: 4 };
    const bytes = await Packer.toBuffer(
      new Document({
        styles: {
          paragraphStyles: [
            {
              id: 'CaseBox',
              name: '案例框',
              basedOn: 'Normal',
              paragraph: { border: { top: border, bottom: border, left: border, right: border } },
            },
            { id: 'CaseBody', name: '案例正文', basedOn: 'CaseBox', paragraph: { indent: { firstLine: 480 } } },
          ],
        },
        sections: [
          {
            children: [
              new Paragraph('一、基本情况'),
              new Paragraph({ text: '【案例1】校企共建', style: 'CaseBox' }),
              new Paragraph({ text: '学校与企业共建实训基地。', style: 'CaseBody' }),
              new Paragraph({ text: '图1 实训基地', style: 'CaseBody' }),
              new Paragraph({ text: '基地年接待学生2000人次。', style: 'CaseBody' }),
              new Paragraph('本节其余内容，不属于案例。'),
            ],
          },
        ],
      }),
    );
    const { tree } = await importDocx(bytes);
    expect(tree.cases.map((c) => [c.title, c.body.map((b) => b.kind)])).toEqual([
      ['校企共建', ['paragraph', 'figure', 'paragraph']],
    ]);
    expect(tree.blocks.map((b) => b.kind)).toEqual(['heading', 'case', 'paragraph']);
  });

  it('one-column boxes opening with a case label are cases; a text table’s photos go after it, noted', async () => {
    const oneColumn = new Table({
      rows: [
        new TableRow({ children: [new TableCell({ children: [new Paragraph('【案例2】技能大赛成绩突出')] })] }),
        new TableRow({
          children: [new TableCell({ children: [new Paragraph('学生在自治区技能大赛中获一等奖3项。')] })],
        }),
      ],
    });
    const described = new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: [await photoParagraph(2)] }),
            new TableCell({
              children: [
                new Paragraph(
                  '学校投入资金建成智能制造实训中心，设备总值超过两千万元。中心可同时容纳三百名学生开展实训，面向社会开展培训。',
                ),
              ],
            }),
          ],
        }),
      ],
    });
    const { result, tree } = await importDocx(await docxOf([oneColumn, described]));
    expect(tree.cases.map((c) => c.title)).toEqual(['技能大赛成绩突出']);
    expect(tree.tables).toHaveLength(1);
    expect(tree.figures.filter((f) => f.image !== null)).toHaveLength(1);
    expect(result.notes.map((n) => n.kind)).toContain('image-moved-from-table');
  });

  it('checks the figure numbers typed in a table of photos like those of caption lines', async () => {
    const row = new Table({
      rows: [
        new TableRow({
          children: [
            new TableCell({ children: [await photoParagraph(1)] }),
            new TableCell({ children: [await photoParagraph(2)] }),
          ],
        }),
        new TableRow({
          children: [
            new TableCell({ children: [new Paragraph('图1 开学典礼')] }),
            new TableCell({ children: [new Paragraph('图3 技能展示')] }),
          ],
        }),
      ],
    });
    const { result, tree } = await importDocx(
      await docxOf([row, await photoParagraph(3), new Paragraph('图4 毕业典礼')]),
    );
    expect(tree.figures.map((f) => f.caption)).toEqual(['开学典礼', '技能展示', '毕业典礼']);
    expect(result.notes.filter((n) => n.kind === 'figure-number-out-of-sequence').map((n) => n.text)).toEqual([
      '图3 技能展示',
    ]);
  });

  it('takes typed （一）, 1. headings under chapters in 标题 1; typed （1）, long numbered sentences stay text', async () => {
    const body = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] });
    const { tree, result } = await importDocx(
      await docxOf([
        new Paragraph({ text: '一、基本情况', heading: HeadingLevel.HEADING_1 }),
        body('（一）规模和结构'),
        new Paragraph('全州共有中职学校6所。'),
        body('1.专业设置'),
        body('（1）对接产业'),
        new Paragraph('（二）学校坚持立德树人。思想政治教育贯穿人才培养全过程，成效明显。'),
        new Paragraph({ text: '二、学生发展', heading: HeadingLevel.HEADING_1 }),
        body('（一）在校体验'),
      ]),
    );
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '规模和结构'],
      [3, '专业设置'],
      [1, '学生发展'],
      [2, '在校体验'],
    ]);
    const paragraphs = (result.document.root.children ?? [])
      .filter((c) => c.type === 'paragraph')
      .map((c) => (c.children ?? []).map((t) => (t as { text?: string }).text ?? '').join(''));
    expect(paragraphs).toEqual([
      '全州共有中职学校6所。',
      '（1）对接产业',
      '（二）学校坚持立德树人。思想政治教育贯穿人才培养全过程，成效明显。',
    ]);
  });

  it('takes 二、 typed among 标题 1 chapters (or （二） among 标题 2 ones) as a heading; a list of such is not', async () => {
    const chapter = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
    const bytes = await docxOf([
      chapter('一、基本情况'),
      new Paragraph('学校现有在校生3200人。'),
      new Paragraph('二、人才培养'),
      new Paragraph('（一）立德树人'),
      new Paragraph('学校坚持立德树人。'),
      chapter('三、服务贡献'),
      new Paragraph('主要做法有：'),
      new Paragraph('一、加强校企合作'),
      new Paragraph('与20家企业签订协议。'),
      new Paragraph('二、完善培训体系'),
      new Paragraph('年培训3000人次。'),
      new Paragraph('四、挑战与展望'),
      new Paragraph('学校将继续努力。'),
    ]);
    const { tree } = await importDocx(bytes);
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [1, '人才培养'],
      [2, '立德树人'],
      [1, '服务贡献'],
      [1, '挑战与展望'],
    ]);
    // The same a level down: （二） between （一） and （三） set in 标题 2; a new chapter starts its own run.
    const section = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
    const sections = await docxOf([
      chapter('一、基本情况'),
      section('（一）办学规模'),
      new Paragraph('学校现有在校生3200人。'),
      new Paragraph('（二）专业设置'),
      new Paragraph('学校开设专业12个。'),
      section('（三）师资队伍'),
      chapter('二、人才培养'),
      new Paragraph('（二）不是这一章的第二节'),
      section('（一）立德树人'),
    ]);
    expect((await importDocx(sections)).tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '办学规模'],
      [2, '专业设置'],
      [2, '师资队伍'],
      [1, '人才培养'],
      [2, '立德树人'],
    ]);
  });

  it('reads paragraphs numbered by Word’s 编号 (一、（一） or 1. 1.1) as headings; a run of items stays a list', async () => {
    /**
     * A document whose lists number by `levels` (format and text per level), and its paragraphs: [text, list, level] or
     * body text.
     */
    const numbered = (
      lists: Record<string, [(typeof LevelFormat)[keyof typeof LevelFormat], string][]>,
      paragraphs: (string | [string, string, number])[],
    ) =>
      Packer.toBuffer(
        new Document({
          numbering: {
            config: Object.entries(lists).map(([reference, levels]) => ({
              reference,
              levels: levels.map(([format, text], level) => ({ level, format, text, alignment: AlignmentType.LEFT })),
            })),
          },
          sections: [
            {
              children: paragraphs.map((p) =>
                typeof p === 'string'
                  ? new Paragraph(p)
                  : new Paragraph({ text: p[0], numbering: { reference: p[1], level: p[2] } }),
              ),
            },
          ],
        }),
      );
    const chinese = await numbered(
      {
        chapters: [
          [LevelFormat.CHINESE_COUNTING, '%1、'],
          [LevelFormat.CHINESE_COUNTING, '（%2）'],
        ],
        items: [[LevelFormat.CHINESE_COUNTING, '%1是']],
      },
      [
        ['基本情况', 'chapters', 0],
        ['办学规模', 'chapters', 1],
        '学校现有在校生3200人。',
        ['专业设置', 'chapters', 1],
        '学校开设专业12个，主要做法：',
        ['加强校企合作；', 'items', 0],
        ['完善培训体系。', 'items', 0],
        ['人才培养', 'chapters', 0],
        ['立德树人', 'chapters', 1],
        '学校坚持立德树人。',
      ],
    );
    const { tree, result } = await importDocx(chinese);
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '办学规模'],
      [2, '专业设置'],
      [1, '人才培养'],
      [2, '立德树人'],
    ]);
    // Counted as Word counts them: each chapter's sections start again at （一）, so no number is reported skipped.
    expect(result.notes.map((n) => n.kind)).not.toContain('heading-number-skipped');
    expect(result.numbering.headings).toBe('chinese');
    expect(
      tree.blocks.filter((b) => b.kind === 'list').map((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : [])),
    ).toEqual([['加强校企合作；', '完善培训体系。']]);

    // The same in digits: 1. and 1.1 from a multi-level list.
    const decimal = await numbered(
      {
        headings: [
          [LevelFormat.DECIMAL, '%1.'],
          [LevelFormat.DECIMAL, '%1.%2'],
        ],
      },
      [
        ['基本情况', 'headings', 0],
        ['规模和结构', 'headings', 1],
        '全州共有中职学校6所。',
        ['人才培养质量', 'headings', 0],
        ['学生发展', 'headings', 1],
        '学生满意度逐年提高。',
      ],
    );
    const digits = await importDocx(decimal);
    expect(digits.tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '规模和结构'],
      [1, '人才培养质量'],
      [2, '学生发展'],
    ]);
    expect(digits.result.numbering.headings).toBe('decimal');
    expect(digits.result.notes.map((n) => n.kind)).not.toContain('heading-number-skipped');
  });

  it('takes （一） typed under styled chapters without typed numbers as level 2, restarting in each chapter', async () => {
    const { tree, result } = await importDocx(
      await docxOf([
        new Paragraph({ text: '学校基本情况', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('（一）规模和结构'),
        new Paragraph('全州共有中职学校6所。'),
        new Paragraph('1.专业设置'),
        new Paragraph({ text: '学生发展', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('（一）在校体验'),
      ]),
    );
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '学校基本情况'],
      [2, '规模和结构'],
      [3, '专业设置'],
      [1, '学生发展'],
      [2, '在校体验'],
    ]);
    expect(result.notes).toEqual([]);
  });

  it('reads chapters styled 标题 1 and called 第一部分, with 一、（一） typed below them, a level down', async () => {
    const { tree, result } = await importDocx(
      await docxOf([
        new Paragraph({ text: '第一部分 学校概况', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('一、基本情况'),
        new Paragraph('（一）办学规模'),
        new Paragraph('全日制在校生5600人。'),
        new Paragraph({ text: '第二部分　人才培养', heading: HeadingLevel.HEADING_1 }),
        new Paragraph('一、立德树人'),
      ]),
    );
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '学校概况'],
      [2, '基本情况'],
      [3, '办学规模'],
      [1, '人才培养'],
      [2, '立德树人'],
    ]);
    expect(result.numbering).toMatchObject({ headings: 'chinese', chapters: 'part' });
    expect(result.notes).toEqual([]);
  });

  it('reads no typed number as a heading in a source that styles three levels', async () => {
    const { tree } = await importDocx(
      await docxOf([
        new Paragraph({ text: '基本情况', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: '规模和结构', heading: HeadingLevel.HEADING_2 }),
        new Paragraph({ text: '在校生', heading: HeadingLevel.HEADING_3 }),
        new Paragraph('1.专业设置'),
        new Paragraph('（1）对接产业'),
      ]),
    );
    expect(tree.headings.map((h) => h.level)).toEqual([1, 2, 3]);
  });

  it('keeps footnotes as bracketed notes where referenced, in text and tables, each with a note to check', async () => {
    const doc = new Document({
      footnotes: {
        1: { children: [new Paragraph('数据来源：2025年教育事业统计。')] },
        2: { children: [new Paragraph('含技工学校。')] },
      },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun('全州共有中职学校6所'),
                new FootnoteReferenceRun(1),
                new TextRun('，在校生1.2万人。'),
              ],
            }),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('学校')] }),
                    new TableCell({ children: [new Paragraph('人数')] }),
                  ],
                }),
                new TableRow({
                  children: [
                    new TableCell({
                      children: [new Paragraph({ children: [new TextRun('中职学校'), new FootnoteReferenceRun(2)] })],
                    }),
                    new TableCell({ children: [new Paragraph('6')] }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const { result } = await importDocx(await Packer.toBuffer(doc));
    const [para, table] = result.document.root.children ?? [];
    const textOf = (node: unknown): string => {
      const n = node as { text?: string; children?: unknown[] };
      return (n.text ?? '') + (n.children ?? []).map(textOf).join('');
    };
    expect(textOf(para)).toBe('全州共有中职学校6所（注：数据来源：2025年教育事业统计。），在校生1.2万人。');
    expect(textOf(table)).toContain('中职学校（注：含技工学校。）');
    expect(result.notes.filter((n) => n.kind === 'footnote-inlined').map((n) => n.text)).toEqual([
      '（注：数据来源：2025年教育事业统计。）',
      '（注：含技工学校。）',
    ]);
  });

  it('takes headings from the outline level (大纲级别) of a template’s own styles, inherited through basedOn', async () => {
    const doc = new Document({
      styles: {
        paragraphStyles: [
          { id: 'BT1', name: '报告标题一', basedOn: 'Normal', paragraph: { outlineLevel: 0 } },
          { id: 'BT2', name: '报告标题二', basedOn: 'BT1', paragraph: { outlineLevel: 1 } },
          { id: 'BT2X', name: '报告标题二（加粗）', basedOn: 'BT2', run: { bold: true } },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ style: 'BT1', text: '基本情况' }),
            new Paragraph({ style: 'BT2', text: '规模和结构' }),
            new Paragraph({ style: 'BT2X', text: '专业设置' }),
            new Paragraph('全州共有中职学校6所。'),
          ],
        },
      ],
    });
    const { tree } = await importDocx(await Packer.toBuffer(doc));
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '规模和结构'],
      [2, '专业设置'],
    ]);
  });

  it('keeps a Word chart or SmartArt as a figure awaiting its picture, with the chart’s caption; noted', async () => {
    const graphic = (uri: string) =>
      `<w:r><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="9" name="Chart"/>` +
      `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="${uri}">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId99"/>` +
      `</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const bytes = await editDocx(
      await docxOf([
        new Paragraph('招生规模稳定。'),
        new Paragraph('CHART'),
        new Paragraph('图1 近三年招生人数'),
        new Paragraph('SMARTART'),
        new Paragraph('学校持续优化专业结构。'),
        await photoParagraph(1),
        new Paragraph('图2 实训基地'),
      ]),
      {
        'word/document.xml': (xml) =>
          xml
            .replace(
              /<w:r>(?:(?!<w:r>).)*?CHART<\/w:t><\/w:r>/,
              graphic('http://schemas.openxmlformats.org/drawingml/2006/chart'),
            )
            .replace(
              /<w:r>(?:(?!<w:r>).)*?SMARTART<\/w:t><\/w:r>/,
              graphic('http://schemas.openxmlformats.org/drawingml/2006/diagram'),
            ),
      },
    );
    const { result, tree } = await importDocx(bytes);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['近三年招生人数', false],
      ['', false],
      ['实训基地', true],
    ]);
    expect(result.notes.filter((n) => n.kind === 'charts-not-imported').map((n) => n.message)).toEqual([
      expect.stringContaining('2 个 Word 图表'),
    ]);
    expect(result.notes.map((n) => n.kind)).not.toContain('caption-without-photo');
  });

  it('reads a chartex chart by its fallback picture, else as a figure to come; never the fallback’s text', async () => {
    const chartexUri = 'http://schemas.microsoft.com/office/drawing/2014/chartex';
    const chartexDrawing =
      '<w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="9" name="Chart"/>' +
      `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="${chartexUri}">` +
      `<cx:chart xmlns:cx="${chartexUri}" r:id="rId99"/></a:graphicData></a:graphic></wp:inline></w:drawing>`;
    const chartex = (fallback: string) => `<w:r>${alternateContent('cx1', chartexDrawing, fallback)}</w:r>`;
    const message =
      '<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>' +
      '<w:p><w:r><w:t>此图表在您的 Word 版本中不可用。</w:t></w:r></w:p>' +
      '</w:txbxContent></v:textbox></v:shape></w:pict>';
    const bytes = await editDocx(
      await docxOf([
        new Paragraph('招生规模稳定。'),
        new Paragraph('CHARTEX'),
        new Paragraph('图1 近三年招生人数'),
        await photoParagraph(1),
        new Paragraph('图2 专业布局'),
      ]),
      {
        'word/document.xml': (xml) => {
          // The photo's own drawing stands in for the picture Word draws of a chart as its fallback.
          const drawing = /<w:drawing>[\s\S]*?<\/w:drawing>/.exec(xml)![0];
          return xml
            .replace(/<w:r>(?:(?!<w:r>).)*?CHARTEX<\/w:t><\/w:r>/, chartex(message))
            .replace(drawing, alternateContent('cx1', chartexDrawing, drawing));
        },
      },
    );
    const { result, tree } = await importDocx(bytes);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['近三年招生人数', false],
      ['专业布局', true],
    ]);
    const text = tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
    expect(text).toEqual(['招生规模稳定。']);
    expect(result.notes.filter((n) => n.kind === 'charts-not-imported').map((n) => n.message)).toEqual([
      expect.stringContaining('1 个 Word 图表'),
    ]);
  });

  it('imports tracked changes as if all were accepted, and says so; comments are left out, counted', async () => {
    const revisedBy = 'w:author="张老师" w:date="2025-11-02T10:00:00Z"';
    const bytes = await editDocx(
      await docxOf([new Paragraph('学校共有专业REVISED个。'), new Paragraph('COMMENTED实训基地建设稳步推进。')]),
      {
        'word/document.xml': (xml) =>
          xml
            .replace(
              /<w:r>(?:(?!<w:r>).)*?REVISED个。<\/w:t><\/w:r>/,
              (run) =>
                run.replace(/学校共有专业REVISED个。/, '学校共有专业') +
                `<w:del w:id="1" ${revisedBy}><w:r><w:delText>20</w:delText></w:r></w:del>` +
                `<w:ins w:id="2" ${revisedBy}><w:r><w:t>23</w:t></w:r></w:ins>` +
                '<w:r><w:t>个。</w:t></w:r>',
            )
            .replace(/COMMENTED/, '</w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t>')
            .replace(
              /稳步推进。<\/w:t><\/w:r>/,
              '稳步推进。</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
            ),
      },
    );
    const { result, tree } = await importDocx(bytes);
    expect(tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toEqual([
      '学校共有专业23个。',
      '实训基地建设稳步推进。',
    ]);
    expect(
      result.notes
        .filter((n) => n.kind === 'revisions-accepted' || n.kind === 'comments-left-out')
        .map((n) => n.message),
    ).toEqual([expect.stringContaining('2 处修订'), expect.stringContaining('1 条批注')]);
  });

  it('reads photos grouped with captions in text boxes (组合, VML fallback) as captioned figures', async () => {
    const bytes = await editDocx(
      await docxOf([
        new Paragraph('学校组织学生走进企业开展岗位认知实习。'),
        await photoParagraph(3),
        new Paragraph('后续正文。'),
        await photoParagraph(4),
      ]),
      {
        'word/document.xml': (xml) => {
          const [one, two] = [...xml.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]);
          const rel = (drawing: string) => /r:embed="([^"]+)"/.exec(drawing)![1];
          const photo = (drawing: string) =>
            `<v:shape style="width:240pt;height:180pt"><v:imagedata r:id="${rel(drawing)}" o:title=""` +
            ` xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape>`;
          const caption = (text: string) =>
            `<v:shape style="top:180pt;width:240pt;height:30pt"><v:textbox><w:txbxContent>` +
            `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>` +
            `</w:txbxContent></v:textbox></v:shape>`;
          const group = (shapes: string) =>
            alternateContent(
              'wpg',
              '<w:drawing><wp:anchor><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
                '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"/>' +
                '</a:graphic></wp:anchor></w:drawing>',
              `<w:pict><v:group xmlns:v="urn:schemas-microsoft-com:vml">${shapes}</v:group></w:pict>`,
            );
          // One photo with its caption; then two photos side by side, their captions below.
          return xml
            .replace(one!, group(photo(one!) + caption('图1 学生在企业车间实习')))
            .replace(two!, group(photo(one!) + photo(two!) + caption('图2 实训基地') + caption('图3 企业导师指导')));
        },
      },
    );
    const { tree } = await importDocx(bytes);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['学生在企业车间实习', true],
      ['实训基地', true],
      ['企业导师指导', true],
    ]);
    expect(tree.blocks.filter((b) => b.kind === 'figure-row')).toHaveLength(1);
    expect(tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toEqual([
      '学校组织学生走进企业开展岗位认知实习。',
      '后续正文。',
    ]);
  });

  it('reads a group of photos and captions (组合, 绘图画布) without a fallback from the group itself', async () => {
    const bytes = await editDocx(
      await docxOf([await photoParagraph(5), new Paragraph('正文。'), await photoParagraph(6)]),
      {
        'word/document.xml': (xml) => {
          const [one, two] = [...xml.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]);
          const pic = (drawing: string) => /<pic:pic\b[\s\S]*?<\/pic:pic>/.exec(drawing)![0];
          const box = (text: string) =>
            '<wps:wsp><wps:txbx><w:txbxContent>' +
            `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>` +
            '</w:txbxContent></wps:txbx></wps:wsp>';
          const word2010 = 'http://schemas.microsoft.com/office/word/2010';
          const group = (uri: string, inside: string) =>
            `<w:drawing><wp:anchor><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
            `<a:graphicData uri="${word2010}/${uri}">` +
            `<wpg:wgp xmlns:wpg="${word2010}/wordprocessingGroup" xmlns:wps="${word2010}/wordprocessingShape">` +
            `${inside}</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
          // A group in an mc:AlternateContent with no fallback, and a canvas standing on its own.
          const choiceOnly = alternateContent(
            'wpg',
            group('wordprocessingGroup', pic(one!) + box('图1 学生在企业车间实习')),
          );
          return xml
            .replace(one!, choiceOnly)
            .replace(two!, group('wordprocessingCanvas', pic(two!) + box('图2 实训基地')));
        },
      },
    );
    const { tree } = await importDocx(bytes);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['学生在企业车间实习', true],
      ['实训基地', true],
    ]);
  });

  it('reads a text box WPS writes without a fallback (its case, its text), also one holding a photo', async () => {
    const bytes = await editDocx(
      await docxOf([new Paragraph('一、基本情况'), await photoParagraph(7), new Paragraph('后文。')]),
      {
        'word/document.xml': (xml) => {
          const drawing = /<w:drawing>[\s\S]*?<\/w:drawing>/.exec(xml)![0];
          const paragraphs = (...texts: string[]) => texts.map((t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`).join('');
          // The photo's paragraph becomes an anchor for a box holding a case, and inside it, the photo and its caption.
          const inner = `<w:p><w:r>${drawing}</w:r></w:p>${paragraphs('图1 学生获奖')}`;
          return xml.replace(
            `<w:r>${drawing}</w:r>`,
            `<w:r>${wpsTextBox(paragraphs('【案例1】技能大赛成绩突出', '学生在自治区技能大赛中获一等奖3项。') + inner)}</w:r>`,
          );
        },
      },
    );
    const { tree } = await importDocx(bytes);
    expect(tree.cases.map((c) => [c.title, c.body.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))])).toEqual([
      ['技能大赛成绩突出', ['学生在自治区技能大赛中获一等奖3项。', 'figure']],
    ]);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([['学生获奖', true]]);
  });

  it('reads the number of a caption Word numbers with a simple field (w:fldSimple SEQ 图)', async () => {
    const bytes = await editDocx(await docxOf([await photoParagraph(8), new Paragraph('图X 实训基地全景')]), {
      'word/document.xml': (xml) =>
        xml.replace(
          /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t[^>]*>图X 实训基地全景<\/w:t><\/w:r>/,
          '<w:r><w:t>图</w:t></w:r><w:fldSimple w:instr=" SEQ 图 \\* ARABIC "><w:r><w:t>1</w:t></w:r></w:fldSimple>' +
            '<w:r><w:t xml:space="preserve"> 实训基地全景</w:t></w:r>',
        ),
    });
    await expectEachPhotoCaptioned(bytes, ['实训基地全景']);
  });

  it('leaves out hidden text (隐藏文字, templates’ instructions), as Word does in print, and says so', async () => {
    const bytes = await editDocx(
      await docxOf([
        new Paragraph({
          children: [
            new TextRun('学校共有专业23个。'),
            new TextRun({ text: '（填写说明：此处写专业数量）', vanish: true }),
          ],
        }),
        new Paragraph('实训基地建设稳步推进。'),
      ]),
      {},
    );
    const { result, tree } = await importDocx(bytes);
    expect(tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toEqual([
      '学校共有专业23个。',
      '实训基地建设稳步推进。',
    ]);
    expect(result.notes.filter((n) => n.kind === 'hidden-text-left-out').map((n) => n.message)).toEqual([
      expect.stringContaining('1 处隐藏文字'),
    ]);
  });

  it('says how many equations (Office Math) it could not take in', async () => {
    const math =
      '<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">' +
      '<m:r><m:t>x=1</m:t></m:r></m:oMath>';
    const bytes = await editDocx(await docxOf([new Paragraph('生师比计算公式为FORMULA。')]), {
      'word/document.xml': (xml) => xml.replace('FORMULA', `</w:t></w:r>${math}<w:r><w:t>`),
    });
    const { result } = await importDocx(bytes);
    expect(result.notes.filter((n) => n.kind === 'equations-left-out').map((n) => n.message)).toEqual([
      expect.stringContaining('1 个公式'),
    ]);
  });

  it('says how many pictures it could not take in (a shape filled with a photo)', async () => {
    const bytes = await editDocx(
      await docxOf([
        new Paragraph('学校概况。'),
        await photoParagraph(7),
        await photoParagraph(8),
        new Paragraph('图2 校园一角'),
      ]),
      {
        'word/document.xml': (xml) => {
          const first = /<w:drawing>[\s\S]*?<\/w:drawing>/.exec(xml)![0];
          const rel = /r:embed="([^"]+)"/.exec(first)![1];
          return xml.replace(
            first,
            `<w:pict><v:rect xmlns:v="urn:schemas-microsoft-com:vml" style="width:200pt;height:150pt">` +
              `<v:fill r:id="${rel}" type="frame"/></v:rect></w:pict>`,
          );
        },
      },
    );
    const { result, tree } = await importDocx(bytes);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([['校园一角', true]]);
    expect(result.notes.filter((n) => n.kind === 'pictures-not-imported').map((n) => n.message)).toEqual([
      expect.stringContaining('1 张图片未能导入'),
    ]);
  });

  it('takes headings from an outline level set on the paragraph itself, over its style', async () => {
    const { tree } = await importDocx(
      await docxOf([
        new Paragraph({ text: '学校基本情况', outlineLevel: 0 }),
        new Paragraph({ text: '规模和结构', outlineLevel: 1, style: 'Heading3' }),
        new Paragraph({ children: [new TextRun({ text: '专业设置', bold: true })], outlineLevel: 2 }),
        new Paragraph('全州共有中职学校6所。'),
      ]),
    );
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '学校基本情况'],
      [2, '规模和结构'],
      [3, '专业设置'],
    ]);
  });

  it('keeps superscript and subscript digits as such (m², CO₂), and other raised text as it is', async () => {
    const { result } = await importDocx(
      await docxOf([
        new Paragraph({
          children: [
            new TextRun('实训基地面积 1.2 万 m'),
            new TextRun({ text: '2', superScript: true }),
            new TextRun('，减排 CO'),
            new TextRun({ text: '2', subScript: true }),
            new TextRun(' 300 吨'),
            new TextRun({ text: '[注]', superScript: true }),
            new TextRun('。'),
          ],
        }),
      ]),
    );
    const text = (result.document.root.children ?? [])
      .flatMap((p) => (p.children ?? []).map((t) => (t as { text?: string }).text ?? ''))
      .join('');
    expect(text).toBe('实训基地面积 1.2 万 m²，减排 CO₂ 300 吨[注]。');
  });

  it('keeps a picture linked to a file outside the .docx as a figure awaiting its photo, noting the file', async () => {
    const bytes = await editDocx(
      await docxOf([
        await photoParagraph(1),
        new Paragraph('图1 学生在实训基地'),
        await photoParagraph(2),
        new Paragraph('图2 企业导师指导'),
      ]),
      {
        'word/document.xml': (xml) => xml.replace(/r:embed="([^"]+)"/, 'r:link="$1"'),
        'word/_rels/document.xml.rels': (xml) =>
          xml.replace(/Target="media\/([^"]+)"/, 'Target="file:///D:/年报/照片/$1" TargetMode="External"'),
      },
    );
    const { result, tree } = await importDocx(bytes);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['学生在实训基地', false],
      ['企业导师指导', true],
    ]);
    // The path, and the caption that finds the figure (体检, the import report).
    expect(result.notes.filter((n) => n.kind === 'image-linked').map((n) => n.text)).toEqual([
      expect.stringMatching(/^file:\/\/\/D:\/年报\/照片\/.+｜学生在实训基地$/),
    ]);
    const linked = runChecks(tree, { importNotes: result.notes }).find(
      (f) => f.message === result.notes.find((n) => n.kind === 'image-linked')!.message,
    );
    expect(linked?.location.blockPath).toEqual(tree.figures[0]!.path);
  });

  it('imports the rest of a zip lacking a picture or holding a damaged one, that one noted unreadable', async () => {
    const docx = await docxOf([
      await photoParagraph(1),
      new Paragraph('图1 学生在实训基地'),
      await photoParagraph(2),
      new Paragraph('图2 企业导师指导'),
      await photoParagraph(3),
      new Paragraph('图3 技能大赛'),
    ]);
    const archive = ZipArchive.open(docx);
    const media = zipEntryNames(docx).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    const entries = await Promise.all(
      zipEntryNames(docx)
        .filter((name) => name !== media[0])
        .map(async (name) => ({
          ...deflatedEntry(name, await archive.read(name)),
          ...(name === media[1] && { crc: 12345 }),
        })),
    );
    const { result, tree } = await importDocx(rawZip(entries));
    expect(tree.figures.map((f) => f.caption)).toEqual(['学生在实训基地', '企业导师指导', '技能大赛']);
    const unread = tree.figures.filter((f) => f.image === null).map((f) => f.caption);
    expect(unread).toHaveLength(2);
    expect(result.notes.filter((n) => n.kind === 'image-unreadable').map((n) => n.text)).toEqual(unread);
  });

  it('takes the 一级标题, 二级标题… styles of Chinese templates for heading levels', async () => {
    const styled = (style: string, text: string) => new Paragraph({ style, text });
    const doc = new Document({
      styles: {
        paragraphStyles: [1, 2, 3].map((n) => ({
          id: `L${n}`,
          name: `${'一二三'[n - 1]}级标题`,
          basedOn: 'Normal',
          run: { bold: true },
        })),
      },
      sections: [
        {
          children: [
            styled('L1', '基本情况'),
            styled('L2', '规模和结构'),
            styled('L3', '在校生'),
            new Paragraph('全州共有中职学校6所。'),
          ],
        },
      ],
    });
    const { tree } = await importDocx(await Packer.toBuffer(doc));
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '规模和结构'],
      [3, '在校生'],
    ]);
  });
});
