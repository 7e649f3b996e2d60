import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../core/zh';
import { ReportFile } from '../../electron/store/report-file';
import { USAGE } from '../../electron/cli/run-cli';
import { doc, h, linebreak, list, p } from '../helpers/doc';
import { closeLater, snapshot, tempDir } from '../helpers/files';
import { runTs } from '../helpers/processes';

/** The CLI exactly as `npm run cli -- …` runs it, minus npm's start-up time. */
const cli = (...args: string[]) => runTs('electron/cli/main.ts', args);

const statsKeys = ['cases', 'chars', 'figures', 'figuresWithImage', 'headings', 'paragraphs', 'tables'];

describe('nianbao CLI', () => {
  it('new creates a report, prints its path, and refuses to overwrite it', async () => {
    const dir = tempDir();
    const path = join(dir, '某职业技术学院.nianbao');
    const created = await cli(
      'new',
      path,
      '--title',
      '某职业技术学院质量年度报告',
      '--org',
      '某职业技术学院',
      '--year',
      '2024',
      '--kind',
      'school',
    );
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(created.stdout).toBe(`${path}\n`);
    expect(readdirSync(dir)).toEqual(['某职业技术学院.nianbao']);

    const file = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(file.meta).toMatchObject({
      title: '某职业技术学院质量年度报告',
      organisation: '某职业技术学院',
      year: 2024,
      kind: 'school',
    });
    file.close();

    const before = snapshot(path, dir);
    const again = await cli('new', path, '--title', '覆盖');
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('ALREADY_EXISTS');
    expect(again.stderr).toContain(zh.errors.ALREADY_EXISTS);
    expect(snapshot(path, dir)).toEqual(before);
  });

  it("new --template starts from a template's outline; an unknown template is a usage error", async () => {
    const dir = tempDir();
    const path = join(dir, '学校.nianbao');
    expect(
      await cli('new', path, '--org', '木垒县职业技术学校', '--year', '2025', '--template', 'school'),
    ).toMatchObject({ code: 0, stderr: '' });
    const stats = JSON.parse((await cli('stats', path, '--json')).stdout) as {
      headings: number[];
      cases: number;
      chars: number;
    };
    expect(stats.headings[0]).toBe(8);
    expect(stats.cases).toBe(3);
    const bad = await cli('new', join(dir, '其他.nianbao'), '--template', 'college');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--template must be one of school, prefecture, blank');
    expect(existsSync(join(dir, '其他.nianbao'))).toBe(false);
  });

  it('stats --json prints one JSON object with the counts of the saved document', async () => {
    const dir = tempDir();
    const path = join(dir, 'stats.nianbao');
    expect((await cli('new', path, '--org', '昌吉州教育局', '--year', '2025', '--kind', 'bureau')).code).toBe(0);

    const empty = await cli('stats', path, '--json');
    expect(empty.code).toBe(0);
    const emptyLines = empty.stdout.trimEnd().split('\n');
    expect(emptyLines).toHaveLength(1);
    const emptyStats = JSON.parse(emptyLines[0]!) as Record<string, unknown>;
    expect(Object.keys(emptyStats).sort()).toEqual(statsKeys);
    expect(emptyStats).toEqual({
      headings: [0, 0, 0, 0],
      cases: 0,
      figures: 0,
      figuresWithImage: 0,
      tables: 0,
      paragraphs: 0,
      chars: 0,
    });

    const file = await ReportFile.open(path);
    file.saveDocument(
      doc(
        h(1, '基本情况'), // 4
        p('学校现有在校生 3200 人。'), // 学校现有在校生3200人。 = 13
        h(2, '办学条件'), // 4
        p('  师资队伍\u3000建设 ', linebreak(), '成效显著\t'), // 师资队伍建设成效显著 = 10
        p(''), // empty: not a paragraph
        h(1, '学生发展 𠀀'), // 5 (a supplementary-plane ideograph counts once)
        list(['技能大赛', '一等奖 3 项']), // 4 + 5
      ),
    );
    file.close();

    const res = await cli('stats', path, '--json');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const lines = res.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const stats = JSON.parse(lines[0]!) as { headings: number[]; chars: number; paragraphs: number };
    expect(Object.keys(stats).sort()).toEqual(statsKeys);
    expect(stats.headings).toEqual([2, 1, 0, 0]);
    expect(stats.paragraphs).toBe(2);
    expect(stats.chars).toBe(4 + 13 + 4 + 10 + 5 + 4 + 5);

    const human = await cli('stats', path);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('昌吉州教育局职业教育质量年度报告（2025年）');
    expect(human.stdout).toMatch(/headings\s+2 \/ 1 \/ 0 \/ 0/);
    expect(human.stdout).toMatch(/chars\s+45\n$/);
  });

  it('stats on a text file fails with NOT_A_REPORT in Chinese and leaves the file untouched', async () => {
    const dir = tempDir();
    const path = join(dir, '年报.nianbao');
    writeFileSync(path, '一、基本情况\n这其实是一个文本文件。\n');
    const before = snapshot(path, dir);
    const res = await cli('stats', path, '--json');
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('NOT_A_REPORT');
    expect(res.stderr).toContain('不是');
    expect(snapshot(path, dir)).toEqual(before);
  });

  it('stats on a missing file fails with NOT_FOUND and creates nothing', async () => {
    const dir = tempDir();
    const res = await cli('stats', join(dir, 'nothing.nianbao'));
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('NOT_FOUND');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('wrong usage exits 2 with the usage text', async () => {
    const dir = tempDir();
    const unknown = await cli('frobnicate', join(dir, 'x.nianbao'));
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(unknown.stderr).toContain(USAGE);
    expect(existsSync(join(dir, 'x.nianbao'))).toBe(false);

    const badKind = await cli('new', join(dir, 'x.nianbao'), '--kind', 'university');
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('--kind');
    const unknownFlag = await cli('stats', join(dir, 'x.nianbao'), '--verbose');
    expect(unknownFlag.code).toBe(2);
    const noFile = await cli('new');
    expect(noFile.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);

    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stdout).toContain(USAGE);
  });
});
