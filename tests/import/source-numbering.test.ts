import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../core/import/text-import';
import { importToNewReport } from '../../electron/import/import-to-report';

const outOfSequence = (text: string) =>
  importText(text).notes.filter((n) => n.kind === 'figure-number-out-of-sequence');

describe('the source’s own numbering', () => {
  it('is read from the typed heading numbers and figure labels', () => {
    expect(importText('一、基本情况\n（一）规模和结构\n正文。\n二、学生发展\n图1 学生在实训基地').numbering).toEqual({
      headings: 'chinese',
      chapters: 'none',
      figures: 'continuous',
      cases: null,
    });
    expect(importText('1 基本情况\n1.1 规模和结构\n正文。\n图1-1 学生在实训基地\n图1-2 企业导师').numbering).toEqual({
      headings: 'decimal',
      chapters: 'none',
      figures: 'per-chapter',
      cases: null,
    });
    expect(importText('# 基本情况\n\n正文。', { markdown: true }).numbering).toEqual({
      headings: null,
      chapters: null,
      figures: null,
      cases: null,
    });
    expect(
      importText('1 基本情况\n【案例1-1】共建基地\n正文。\n2 学生发展\n【案例2-1】匠心育人\n正文。').numbering.cases,
    ).toBe('per-chapter');
    expect(
      importText('1 基本情况\n【案例1】共建基地\n正文。\n2 学生发展\n【案例2】匠心育人\n正文。').numbering.cases,
    ).toBe('continuous');
    expect(importText('第一部分 学校概况\n一、基本情况\n正文。').numbering).toMatchObject({
      headings: 'chinese',
      chapters: 'part',
    });
    expect(importText('第一章 学校概况\n1.1 基本情况\n正文。').numbering).toMatchObject({
      headings: 'decimal',
      chapters: 'chapter',
    });
  });

  it('reads 第一部分 / 第一章 as chapters, the Chinese sequence one level down', () => {
    const source = [
      '第一部分 学校概况',
      '一、基本情况',
      '（一）办学规模',
      '1. 专业设置',
      '（1）新增专业3个。',
      '第二部分：人才培养',
      '一、立德树人',
      '第二部分 服务贡献',
    ].join('\n');
    const result = importText(source);
    const headings = (result.document.root.children ?? [])
      .filter((n) => n.type === 'heading')
      .map((n) => `${n.tag} ${n.children?.map((c) => c.text).join('')}`);
    expect(headings).toEqual([
      'h1 学校概况',
      'h2 基本情况',
      'h3 办学规模',
      'h4 专业设置',
      'h1 人才培养',
      'h2 立德树人',
      'h1 服务贡献',
    ]);
    // The typed 第二部分 used twice is reported, as 4.2 is in the seed.
    expect(result.notes.filter((n) => n.kind === 'heading-number-duplicate').map((n) => n.text)).toEqual([
      '第二部分 服务贡献',
    ]);
    // A skipped number is told in the form the source typed it.
    const skipped = (text: string) =>
      importText(text)
        .notes.filter((n) => n.kind === 'heading-number-skipped')
        .map((n) => n.message);
    expect(skipped('第一部分 学校概况\n第三部分 人才培养')).toEqual([
      expect.stringContaining('第三部分 跳号（应为 第二部分）'),
    ]);
    expect(skipped('一、学校概况\n（一）规模\n（三）结构\n三、人才培养')).toEqual([
      expect.stringContaining('（应为 （二））'),
      expect.stringContaining('三 跳号（应为 二）'),
    ]);
    // A document quoted at the end (an appended 管理办法) keeps the report's own 一、 at level 1.
    const quoted = importText(
      '一、学校概况\n（一）基本情况\n正文。\n二、附件\n第一章 总则\n第一条 为规范管理，制定本办法。\n第二章 附则',
    );
    expect(
      (quoted.document.root.children ?? [])
        .filter((n) => n.type === 'heading')
        .map((n) => `${n.tag} ${n.children?.map((c) => c.text).join('')}`),
    ).toEqual(['h1 学校概况', 'h2 基本情况', 'h1 附件', 'h1 总则', 'h1 附则']);
    expect(quoted.numbering).toMatchObject({ headings: 'chinese', chapters: 'none' });
    const decimal = importText('第一章 学校概况\n1.1 基本情况\n1.1.1 办学规模\n第二章 人才培养\n2.1 立德树人');
    expect((decimal.document.root.children ?? []).filter((n) => n.type === 'heading').map((n) => n.tag)).toEqual([
      'h1',
      'h2',
      'h3',
      'h1',
      'h2',
    ]);
  });

  it('checks figures numbered per chapter within each chapter (图2-1 after 图1-2 is in sequence)', () => {
    const notes = outOfSequence('1 基本情况\n图1-1 甲\n图1-2 乙\n2 学生发展\n图2-1 丙\n图2-3 丁');
    expect(notes.map((n) => [n.text, n.message])).toEqual([['图2-3 丁', expect.stringContaining('应为 2-2')]]);
    expect(outOfSequence('1 基本情况\n图1 甲\n图3 乙').map((n) => n.message)).toEqual([
      expect.stringContaining('应为 2'),
    ]);
  });

  it('gives the new report the same numbering styles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-numbering-'));
    try {
      const input = join(dir, '学校.txt');
      writeFileSync(
        input,
        '一、基本情况\n（一）规模和结构\n全州共有中职学校6所。\n图1-1 学生在实训基地\n二、学生发展\n图2-1 技能竞赛\n',
      );
      const { file } = await importToNewReport(input, join(dir, 'out.nianbao'), { year: 2025 });
      expect([file.meta.headingNumbering, file.meta.chapterLabel, file.meta.figureNumbering]).toEqual([
        'chinese',
        'none',
        'per-chapter',
      ]);
      file.close();
      writeFileSync(input, '第一部分 学校概况\n一、基本情况\n全州共有中职学校6所。\n');
      const parts = await importToNewReport(input, join(dir, 'parts.nianbao'), { year: 2025 });
      expect([parts.file.meta.headingNumbering, parts.file.meta.chapterLabel]).toEqual(['chinese', 'part']);
      parts.file.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
