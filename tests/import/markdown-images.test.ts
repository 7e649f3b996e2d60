import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../core/check/index';
import { importText } from '../../core/import/text-import';
import { buildReportTree } from '../../core/report-tree';
import { importFile } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { tempDir } from '../helpers/files';
import { samplePhoto } from './docx-fixture';

const figuresOf = (document: Parameters<typeof buildReportTree>[0]) =>
  buildReportTree(document).figures.map((f) => [f.caption, f.image !== null]);

describe('Markdown pictures', () => {
  it('reads pictures in files beside the .md (relative, spaced, file: URLs) and data: URIs, and captions', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'images'));
    mkdirSync(join(dir, 'my pics'));
    writeFileSync(join(dir, 'images', 'a.jpg'), await samplePhoto(1));
    writeFileSync(join(dir, 'my pics', 'b c.jpg'), await samplePhoto(2));
    const elsewhere = join(tempDir(), 'c.jpg');
    writeFileSync(elsewhere, await samplePhoto(3));
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6' } })
      .png()
      .toBuffer();
    writeFileSync(join(dir, 'images', 'fake.jpg'), 'not a picture');
    const md = [
      '# 一、基本情况',
      '学校现有在校生3200人。',
      '![实训基地全景](images/a.jpg "实训基地")',
      '',
      `![](my%20pics/b%20c.jpg) <img src="${pathToFileURL(elsewhere).href}" width="300">`,
      '图2 企业导师指导　　图3 学生顶岗实习',
      '',
      `校园一角如下。![图4 校园风貌](data:image/png;base64,${png.toString('base64')})`,
      '![网上的照片](https://example.com/x.jpg)',
      '![](images/none.jpg)',
      '![坏图](images/fake.jpg)',
      // No plain file: never read (it would not end).
      '![](/dev/zero)',
    ].join('\n');
    writeFileSync(join(dir, 'report.md'), md);
    const { addPhoto, assets } = collectPhotos();
    const result = await importFile(join(dir, 'report.md'), addPhoto);
    expect(figuresOf(result.document)).toEqual([
      ['实训基地全景', true],
      ['企业导师指导', true],
      ['学生顶岗实习', true],
      ['校园风貌', true],
      ['网上的照片', false],
      ['', false],
      ['坏图', false],
      ['', false],
    ]);
    expect(assets.size).toBe(4);
    // Each link noted with the figure's caption, where it has one.
    expect(result.notes.filter((n) => n.kind === 'image-file-missing').map((n) => n.text)).toEqual([
      'https://example.com/x.jpg｜网上的照片',
      'images/none.jpg',
      '/dev/zero',
    ]);
    expect(result.notes.filter((n) => n.kind === 'image-unreadable').map((n) => n.text)).toEqual(['坏图']);
    // The alt text's caption was the source's 图1: its 图2 is in sequence.
    expect(result.notes.map((n) => n.kind)).not.toContain('figure-number-out-of-sequence');
    // The words beside a picture stay a paragraph, ahead of it.
    const tree = buildReportTree(result.document);
    expect(tree.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'figure',
      'figure-row',
      'paragraph',
      'figure',
      'figure',
      'figure',
      'figure',
      'figure',
    ]);
  });

  it('reads a photo table (a row of pictures, one of captions) as a figure row; a list item’s picture after it', () => {
    const md = [
      '# 概况',
      '| ![](a.jpg) | ![](b.jpg) |',
      '|---|---|',
      '| 图1 实训基地 | 图2 企业导师 |',
      '',
      '- 学生获奖 ![](c.jpg)',
      '- 教师获奖',
      '',
      '| 项目 | 说明 |',
      '|---|---|',
      '| 专业 | 学校开设专业12个，新增专业2个，覆盖现代农业、先进制造、现代服务等领域，与区域产业结构高度契合，![](d.jpg) |',
    ].join('\n');
    const result = importText(md, { markdown: true });
    const tree = buildReportTree(result.document);
    expect(tree.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'figure-row',
      'list',
      'figure',
      'list',
      'table',
      'figure',
    ]);
    expect(tree.figures.map((f) => f.caption)).toEqual(['实训基地', '企业导师', '', '']);
    expect(result.notes.filter((n) => n.kind === 'image-moved-from-table')).toHaveLength(1);
    const list = tree.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((i) => i.text)).toEqual(['学生获奖']);
    // A table of text keeps its text; a picture in it follows it, leaving no "!" behind.
    const table = tree.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows[1]![1]!.text.endsWith('高度契合，')).toBe(true);
  });

  it('keeps a picture’s place, and notes its link, where no file is read (Markdown read as text)', () => {
    const result = importText(
      ['# 概况', '![图1 实训基地](images/a.jpg)', '![IMG_2024.jpg](images/b.jpg)', '图2 企业导师指导'].join('\n'),
      { markdown: true },
    );
    expect(figuresOf(result.document)).toEqual([
      ['实训基地', false],
      ['企业导师指导', false],
    ]);
    expect(result.notes.filter((n) => n.kind === 'image-file-missing').map((n) => n.text)).toEqual([
      'images/a.jpg｜图1 实训基地',
      'images/b.jpg｜企业导师指导',
    ]);
    // So 体检 (and a click in the import report) finds each at its figure, not at the top.
    const tree = buildReportTree(result.document);
    const placed = runChecks(tree, { importNotes: result.notes }).filter(
      (f) => f.message === result.notes.find((n) => n.kind === 'image-file-missing')!.message,
    );
    expect(placed.map((f) => f.location.blockPath)).toEqual(tree.figures.map((f) => f.path));
  });
});
