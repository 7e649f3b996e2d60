import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, FootnoteReferenceRun, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../core/check/index';
import { buildReportTree } from '../../core/report-tree';
import { importDocxBytes } from '../../electron/import/import-file';
import { importToNewReport } from '../../electron/import/import-to-report';
import { collectPhotos } from '../../electron/import/collect-photos';
import { ZipArchive } from '../../electron/import/zip-archive';
import { closeLater, sampleMeta, tempDir } from '../helpers/files';
import { sampleDocx, samplePhoto } from './docx-fixture';
import { editDocx } from './edit-docx';
import { deflatedEntry, rawZip, zipEntryNames } from './raw-zip';

/**
 * A school's report: styled chapters, a typed section, a footnote, three captioned photos (stored last, as Word stores
 * them after the text).
 */
async function report(): Promise<Buffer> {
  const photo = async (seed: number) =>
    new Paragraph({
      children: [
        new ImageRun({
          type: 'jpg',
          data: await samplePhoto(seed, 800, 600),
          transformation: { width: 320, height: 240 },
        }),
      ],
    });
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph('数据来源：2025年教育事业统计。')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: '一、基本情况', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('（一）办学规模'),
          new Paragraph({
            children: [new TextRun('学校现有在校生3200人'), new FootnoteReferenceRun(1), new TextRun('。')],
          }),
          await photo(1),
          new Paragraph('图1 校园全景'),
          new Paragraph({ text: '二、人才培养', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('【案例1】技能大赛引领'),
          new Paragraph('学校以赛促教，学生获奖12项。'),
          await photo(2),
          new Paragraph('图2 技能大赛获奖现场'),
          await photo(3),
          new Paragraph('图3 学生在实训基地'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The .docx rewritten with the named parts' CRC made wrong, as when their bytes were damaged. */
async function withDamaged(docx: Buffer, damaged: readonly string[]): Promise<Buffer> {
  const archive = ZipArchive.open(docx);
  return rawZip(
    await Promise.all(
      zipEntryNames(docx).map(async (name) => ({
        ...deflatedEntry(name, await archive.read(name)),
        ...(damaged.includes(name) && { crc: 12345 }),
      })),
    ),
  );
}

/** A report of 300 paragraphs, each of its own words, under one chapter. */
async function longText(): Promise<{ docx: Buffer; paragraphs: string[] }> {
  const paragraphs = Array.from(
    { length: 300 },
    (_, i) => `第${i + 1}项：学校开展实践活动，参与学生${((i * 37) % 500) + 100}人，覆盖专业${(i % 9) + 1}个。`,
  );
  const docx = await Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '一、基本情况', heading: HeadingLevel.HEADING_1 }),
            ...paragraphs.map((text) => new Paragraph(text)),
          ],
        },
      ],
    }),
  );
  return { docx, paragraphs };
}

/**
 * The text read is the first paragraphs, each whole; the note of `kind` comes first, and 体检 shows it at the last of
 * them.
 */
function expectParagraphsUpToNote(
  result: Awaited<ReturnType<typeof importDocx>>['result'],
  tree: ReturnType<typeof buildReportTree>,
  paragraphs: string[],
  kind: string,
): void {
  const texts = tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  expect(texts.length).toBeGreaterThan(50);
  expect(texts.length).toBeLessThan(300);
  expect(texts).toEqual(paragraphs.slice(0, texts.length));
  expect(tree.headings.map((h) => h.text)).toEqual(['基本情况']);
  expect(result.notes[0]).toMatchObject({ kind, text: texts.at(-1) });
  const finding = runChecks(tree, { importNotes: result.notes }).find((f) => f.message === result.notes[0]!.message);
  expect(finding?.location.blockPath).toEqual(tree.blocks.at(-1)!.path);
}

const importDocx = async (bytes: Buffer) => {
  const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
  return { result, tree: buildReportTree(result.document) };
};

describe('a damaged .docx: what is whole is imported, and a note says what was not', () => {
  it('imports a file cut short (a copy or download interrupted): all its text, the photos before the cut', async () => {
    const whole = await report();
    const media = zipEntryNames(whole).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(3);
    // Cut inside the second photo: its directory, at the end, is gone with the rest.
    const cut = whole.subarray(0, whole.indexOf(media[1]!) + 500);
    const { result, tree } = await importDocx(cut);
    const full = await importDocx(whole);
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual(full.tree.headings.map((h) => [h.level, h.text]));
    expect(tree.cases.map((c) => c.title)).toEqual(['技能大赛引领']);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['校园全景', true],
      ['技能大赛获奖现场', false],
      ['学生在实训基地', false],
    ]);
    expect(JSON.stringify(result.document)).toContain('（注：数据来源：2025年教育事业统计。）');
    expect(result.notes[0]).toMatchObject({ kind: 'docx-incomplete', message: expect.stringContaining('不完整') });
    expect(full.result.notes.map((n) => n.kind)).not.toContain('docx-incomplete');

    // Through the whole import: a report that opens, its one photo stored.
    const dir = tempDir();
    writeFileSync(join(dir, '年报.docx'), cut);
    const { file } = await importToNewReport(join(dir, '年报.docx'), join(dir, '年报.nianbao'), {
      organisation: sampleMeta.organisation,
      year: 2025,
      kind: 'school',
    });
    closeLater(file);
    expect(file.meta.importNotes?.[0]?.kind).toBe('docx-incomplete');
    expect(buildReportTree(file.document!.json).figures.filter((f) => f.image).length).toBe(1);
  });

  it('imports a file cut in its text up to the last paragraph before the cut, and says so there', async () => {
    const { docx, paragraphs } = await longText();
    const name = docx.indexOf('word/document.xml');
    // Cut 60% of the way into the text's compressed data.
    const { result, tree } = await importDocx(
      docx.subarray(0, name + 17 + Math.floor(docx.readUInt32LE(name - 30 + 18) * 0.6)),
    );
    expectParagraphsUpToNote(result, tree, paragraphs, 'docx-text-cut');
  });

  it('imports a file whose text is damaged part way (a bad sector) up to the damage, and says so there', async () => {
    const { docx, paragraphs } = await longText();
    const name = docx.indexOf('word/document.xml');
    const data = name + 17;
    const damaged = Buffer.from(docx);
    damaged.fill(
      0xff,
      data + Math.floor(docx.readUInt32LE(name - 30 + 18) * 0.6),
      data + Math.floor(docx.readUInt32LE(name - 30 + 18) * 0.6) + 512,
    );
    const { result, tree } = await importDocx(damaged);
    expectParagraphsUpToNote(result, tree, paragraphs, 'docx-text-damaged');
    expect(result.notes.map((n) => n.kind)).not.toContain('docx-incomplete');
  });

  it('refuses a file cut before a paragraph of its text ended', async () => {
    const whole = await report();
    await expect(importDocx(whole.subarray(0, whole.indexOf('word/document.xml') + 100))).rejects.toMatchObject({
      error: { code: 'IMPORT_BAD_DOCX' },
    });
  });

  it('imports without its styles, numbering or footnotes when those parts are damaged, and names them', async () => {
    const { result, tree } = await importDocx(
      await withDamaged(await report(), ['word/styles.xml', 'word/footnotes.xml']),
    );
    // Without the heading styles, the typed numbers still tell the chapters.
    expect(tree.headings.map((h) => [h.level, h.text])).toEqual([
      [1, '基本情况'],
      [2, '办学规模'],
      [1, '人才培养'],
    ]);
    expect(tree.figures.every((f) => f.image !== null)).toBe(true);
    expect(result.notes[0]).toMatchObject({
      kind: 'docx-parts-unreadable',
      message: expect.stringMatching(/样式表、脚注已损坏/),
    });
  });

  it('imports the text of a file whose picture index (document.xml.rels) is damaged; photos left to fill', async () => {
    const { result, tree } = await importDocx(await withDamaged(await report(), ['word/_rels/document.xml.rels']));
    expect(tree.cases.map((c) => c.title)).toEqual(['技能大赛引领']);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['校园全景', false],
      ['技能大赛获奖现场', false],
      ['学生在实训基地', false],
    ]);
    expect(result.notes[0]?.message).toContain('图片和链接的索引');
  });

  it('imports the text of a file without its picture index (document.xml.rels), noting the lost photos', async () => {
    const docx = await report();
    const archive = ZipArchive.open(docx);
    const names = zipEntryNames(docx).filter((name) => name !== 'word/_rels/document.xml.rels');
    const entries = await Promise.all(names.map(async (name) => deflatedEntry(name, await archive.read(name))));
    const { result, tree } = await importDocx(rawZip(entries));
    expect(tree.headings.map((h) => h.text)).toEqual(['基本情况', '办学规模', '人才培养']);
    expect(JSON.stringify(result.document)).toContain('（注：数据来源：2025年教育事业统计。）');
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['校园全景', false],
      ['技能大赛获奖现场', false],
      ['学生在实训基地', false],
    ]);
    const notFound = { kind: 'pictures-not-found', message: expect.stringContaining('找不到原文 3 张图片') };
    expect(result.notes[0]).toMatchObject(notFound);
  });

  it('imports a file whose list points at a list style it does not define, its list kept, with a note', async () => {
    // w:numStyleLink: the list takes its levels from a list style, here one styles.xml lacks (mammoth failed on it).
    const dangling = (xml: string) =>
      xml.replace(/(<w:abstractNum\b[^>]*>)/, '$1<w:numStyleLink w:val="缺失的列表样式"/>');
    const whole = await importDocx(await sampleDocx());
    const { result, tree } = await importDocx(await editDocx(await sampleDocx(), { 'word/numbering.xml': dangling }));
    expect(tree.blocks.map((b) => b.kind)).toEqual(whole.tree.blocks.map((b) => b.kind));
    expect(tree.headings.map((h) => h.text)).toEqual(whole.tree.headings.map((h) => h.text));
    const missing = { kind: 'list-style-missing', message: expect.stringContaining('1 处指向文件里没有的列表样式') };
    expect(result.notes[0]).toMatchObject(missing);
    expect(whole.result.notes.map((n) => n.kind)).not.toContain('list-style-missing');
  });
});
