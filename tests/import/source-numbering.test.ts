import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../core/import/text-import';
import { importToNewReport } from '../../electron/import/import-to-report';

const outOfSequence = (text: string) => importText(text).notes.filter((n) => n.kind === 'figure-number-out-of-sequence');

describe('the source’s own numbering', () => {
  it('is read from the typed heading numbers and figure labels', () => {
    expect(importText('一、基本情况\n（一）规模和结构\n正文。\n二、学生发展\n图1 学生在实训基地').numbering).toEqual({ headings: 'chinese', figures: 'continuous' });
    expect(importText('1 基本情况\n1.1 规模和结构\n正文。\n图1-1 学生在实训基地\n图1-2 企业导师').numbering).toEqual({ headings: 'decimal', figures: 'per-chapter' });
    expect(importText('# 基本情况\n\n正文。', { markdown: true }).numbering).toEqual({ headings: null, figures: null });
  });

  it('checks figures numbered per chapter within each chapter (图2-1 after 图1-2 is in sequence)', () => {
    const notes = outOfSequence('1 基本情况\n图1-1 甲\n图1-2 乙\n2 学生发展\n图2-1 丙\n图2-3 丁');
    expect(notes.map((n) => [n.text, n.message])).toEqual([['图2-3 丁', expect.stringContaining('应为 2-2')]]);
    expect(outOfSequence('1 基本情况\n图1 甲\n图3 乙').map((n) => n.message)).toEqual([expect.stringContaining('应为 2')]);
  });

  it('gives the new report the same numbering styles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-numbering-'));
    try {
      const input = join(dir, '学校.txt');
      writeFileSync(input, '一、基本情况\n（一）规模和结构\n全州共有中职学校6所。\n图1-1 学生在实训基地\n二、学生发展\n图2-1 技能竞赛\n');
      const { file } = await importToNewReport(input, join(dir, 'out.nianbao'), { year: 2025 });
      expect([file.meta.headingNumbering, file.meta.figureNumbering]).toEqual(['chinese', 'per-chapter']);
      file.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
