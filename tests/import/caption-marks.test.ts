import { AlignmentType, Document, ImageRun, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { importText } from '../../core/import/text-import';
import { buildReportTree } from '../../core/report-tree';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { samplePhoto } from './docx-fixture';

describe('captions marked with ▲, as web pages and WeChat articles caption photos', () => {
  it('Markdown: a ▲ line under a picture, or a row (one ▲ part each), is its caption; alone it stays text', () => {
    const md = [
      '# 一、基本情况',
      '学校组织学生参加技能大赛。',
      '![](a.jpg)',
      '▲ 学生参加技能大赛',
      '',
      '![](d.jpg) ![](e.jpg)',
      '▲左：开幕式 ▲右：颁奖',
      '',
      '![](f.jpg) ![](g.jpg)',
      '▲ 一行只有一个图题',
      '',
      '▲ 前面没有图片的一行',
    ].join('\n');
    const result = importText(md, { markdown: true });
    const tree = buildReportTree(result.document);
    expect(tree.figures.map((f) => f.caption)).toEqual(['学生参加技能大赛', '左：开幕式', '右：颁奖', '', '']);
    expect(tree.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'figure',
      'figure-row',
      'figure-row',
      'paragraph',
      'paragraph',
    ]);
    // A ▲ line under a picture wins over its alt text, as a 图N line does.
    const alt = buildReportTree(
      importText(['![实训基地](h.jpg)', '▲ 学生在实训基地开展技能训练'].join('\n'), { markdown: true }).document,
    );
    expect(alt.blocks.map((b) => (b.kind === 'figure' ? b.caption : b.kind))).toEqual(['学生在实训基地开展技能训练']);
    // The link notes quote the caption, so they are found at their figures.
    expect(
      result.notes
        .filter((n) => n.kind === 'image-file-missing')
        .map((n) => n.text)
        .slice(0, 3),
    ).toEqual(['a.jpg｜学生参加技能大赛', 'd.jpg｜左：开幕式', 'e.jpg｜右：颁奖']);
  });

  it('news captions: 图为…。 under a photo, bracketed or not, is its caption less 图为, brackets and 。', () => {
    const md = [
      '![](a.jpg)',
      '图为学生在实训基地开展技能训练。',
      '',
      '![](b.jpg)',
      '（图为：校企合作签约仪式）',
      '',
      '![](c.jpg)',
      '▲ 颁奖现场（左二为校长）',
      '',
      '![](d.jpg)',
      '图为加快推进产教融合、深化校企合作、提升人才培养质量，学校召开专题会议进行研究部署，各系部、各专业负责人和骨干教师参加会议。',
    ].join('\n');
    const tree = buildReportTree(importText(md, { markdown: true }).document);
    expect(tree.figures.map((f) => f.caption)).toEqual([
      '学生在实训基地开展技能训练',
      '校企合作签约仪式',
      '颁奖现场（左二为校长）',
      '',
    ]);
    // A line that long is body text, whatever it starts with.
    expect(tree.blocks.at(-1)?.kind).toBe('paragraph');
  });

  it('Word (an article pasted in): a ▲ line under a photo, centred or not, is its caption without the ▲', async () => {
    const photo = async (seed: number) =>
      new Paragraph({
        children: [
          new ImageRun({ type: 'jpg', data: await samplePhoto(seed), transformation: { width: 240, height: 180 } }),
        ],
      });
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('学校举办职业技能大赛。'),
              await photo(1),
              new Paragraph({ text: '▲ 大赛开幕式现场', alignment: AlignmentType.CENTER }),
              await photo(2),
              new Paragraph('△学生在比赛中'),
              new Paragraph('比赛共设12个赛项。'),
            ],
          },
        ],
      }),
    );
    const result = await importDocxBytes(bytes, collectPhotos().addPhoto);
    const tree = buildReportTree(result.document);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual([
      ['大赛开幕式现场', true],
      ['学生在比赛中', true],
    ]);
    expect(result.notes.map((n) => n.kind)).not.toContain('image-without-caption');
  });
});
