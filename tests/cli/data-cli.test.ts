import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComputedData } from '../../core/data/data-schema';
import { zh } from '../../core/zh';
import { closeLater, snapshot, tempDir } from '../helpers/files';
import { runTs } from '../helpers/processes';
import { ReportFile } from '../../electron/store/report-file';
import { changeQuantities } from '../../core/data/edit';
import { build, textNode } from '../../core/document/nodes';
import { reportMetaSchema } from '../../core/report-meta';
import { templateData } from '../../core/templates/report-templates';

const cli = (...args: string[]) => runTs('electron/cli/main.ts', args);

type JsonItem = ComputedData['quantities'][number] & { statusText: string };
type JsonView = {
  standard: ComputedData['standard'];
  quantities: JsonItem[];
  indicators: (ComputedData['indicators'][number] & { statusText: string })[];
};

async function schoolReport(): Promise<{ dir: string; path: string }> {
  const dir = tempDir();
  const path = join(dir, '学校.nianbao');
  expect((await cli('new', path, '--org', '木垒县职业技术学校', '--year', '2025', '--template', 'school')).code).toBe(
    0,
  );
  return { dir, path };
}

describe('nianbao data', () => {
  it('--json lists quantities and indicators with value, unit, threshold and 达标', async () => {
    const { path } = await schoolReport();
    const set = await cli(
      'data',
      path,
      '--json',
      '--set',
      '在校生数=6,531',
      '上年(在校生数)=6200',
      '专任教师数=535人',
      '教学仪器设备总值=18967.38',
    );
    expect(set).toMatchObject({ code: 0, stderr: '' });
    const view = JSON.parse(set.stdout) as JsonView;
    expect(view.standard.document).toBe('教职成〔2010〕12号');
    expect(view.quantities.find((q) => q.name === '在校生数')).toMatchObject({
      value: 6531,
      unit: '人',
      previous: 6200,
      text: '6531人',
      threshold: { op: '>=', value: 1200 },
      status: 'met',
      statusText: '达标',
    });
    expect(view.indicators.find((i) => i.name === '生师比')).toMatchObject({
      value: 6531 / 535,
      unit: ':1',
      text: '12.2:1',
      threshold: { op: '<=', value: 20 },
      statusText: '达标',
    });
    expect(view.indicators.find((i) => i.name === '生均纸质图书')).toMatchObject({
      value: null,
      statusText: '缺数据',
      missing: ['纸质图书'],
    });
    // Read back without --set: the values were saved in the file.
    const again = JSON.parse((await cli('data', path, '--json')).stdout) as JsonView;
    expect(again.quantities.find((q) => q.id === 'equipment-value')!.text).toBe('18967.38万元');
  });

  it('prints a readable list without --json, and clears a value set to nothing', async () => {
    const { path } = await schoolReport();
    await cli('data', path, '--set', '在校生数=2001', '专任教师数=100');
    const text = await cli('data', path);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('  生师比  20.0:1  ≤ 20:1 未达标');
    expect(text.stdout).toContain('  招生数  —');
    await cli('data', path, '--set', '在校生数=');
    expect((await cli('data', path)).stdout).toContain('  生师比  —  ≤ 20:1 缺数据  （缺 在校生数）');
  });

  it('refuses an unknown name, a value that is not a number and a bad assignment, the file untouched', async () => {
    const { dir, path } = await schoolReport();
    await cli('data', path, '--set', '在校生数=6531');
    const before = snapshot(path, dir);
    const unknown = await cli('data', path, '--set', '专任教师数=535', '在校学生=6531');
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toContain(`error DATA_UNKNOWN: ${zh.data.errors.unknown('在校学生')}`);
    const notNumber = await cli('data', path, '--set', '在校生数=六千');
    expect(notNumber.code).toBe(1);
    expect(notNumber.stderr).toContain('“在校生数”的值“六千”不是数字');
    const otherUnit = await cli('data', path, '--set', '在校生数=0.65万人');
    expect(otherUnit.stderr).toContain('“在校生数”的单位是“人”，不是“万人”');
    const bad = await cli('data', path, '--set', '在校生数');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--set expects 名称=值');
    const stray = await cli('data', path, '在校生数=1');
    expect(stray.code).toBe(2);
    expect(snapshot(path, dir)).toEqual(before);
    const file = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(file.data!.quantities.find((q) => q.id === 'full-time-teachers')!.value).toBeNull();
  });

  it("check reads the data: a typed figure not the data's is found, a data field prints its value", async () => {
    const dir = tempDir();
    const path = join(dir, '体检.nianbao');
    const paragraph = {
      ...build.paragraph(),
      children: [textNode('全校在校生6513人，专任教师'), build.dataField('full-time-teachers'), textNode('。')],
    };
    const data = changeQuantities(templateData('school'), [
      { ref: '在校生数', value: 6531 },
      { ref: '专任教师数', value: 535 },
    ]);
    (
      await ReportFile.create(
        path,
        reportMetaSchema.parse({ title: '体检', organisation: '', year: 2025, kind: 'school' }),
        { content: { document: build.document([paragraph]), assets: [], data } },
      )
    ).close();
    const result = await cli('check', path, '--json');
    expect(result.code).toBe(0);
    const findings = JSON.parse(result.stdout) as { rule: string; message: string; excerpt: string }[];
    expect(findings.filter((f) => f.rule === 'differs-from-data')).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('在校生数（6531人）'),
        excerpt: expect.stringContaining('6513人'),
      }),
    ]);
    expect(findings.some((f) => f.excerpt.includes('535人'))).toBe(false);
  });

  it("--last-year takes last year's report's values into 上年", async () => {
    const { path: lastYear } = await schoolReport();
    await cli('data', lastYear, '--set', '在校生数=6200', '教学仪器设备总值=17000');
    const path = join(tempDir(), '今年.nianbao');
    expect((await cli('new', path, '--template', 'school')).code).toBe(0);
    const view = JSON.parse(
      (await cli('data', path, '--json', '--last-year', lastYear, '--set', '在校生数=6531')).stdout,
    ) as JsonView;
    expect(view.quantities.find((q) => q.id === 'students')).toMatchObject({
      value: 6531,
      previous: 6200,
      change: { text: '增加331人（增长5.3%）' },
    });
    expect(view.quantities.find((q) => q.id === 'equipment-value')).toMatchObject({
      value: null,
      previousText: '17000万元',
    });
  });
});
