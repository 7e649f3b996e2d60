import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiName, ApiValue } from '../../core/api';
import { build } from '../../core/document/nodes';
import { zh } from '../../core/zh';
import type { Dispatch } from '../../electron/api/dispatch';
import { ReportFile } from '../../electron/store/report-file';
import { harnessServices } from '../assets/services';
import { doc, p } from '../helpers/doc';
import { closeLater, sampleMeta, snapshot, tempDir } from '../helpers/files';

async function call<N extends ApiName>(dispatch: Dispatch, name: N, params: unknown): Promise<ApiValue<N>> {
  const res = await dispatch(name, params);
  if (!res.ok) throw new Error(`${name}: ${res.error.code} ${res.error.message} ${res.error.detail ?? ''}`);
  return res.value as ApiValue<N>;
}

async function schoolReport(dispatch: Dispatch, dir: string, template: 'school' | 'blank' = 'school'): Promise<string> {
  mkdirSync(join(dir, 'reports'), { recursive: true });
  const path = join(dir, 'reports', '数据.nianbao');
  await call(dispatch, 'report.create', { path, meta: { ...sampleMeta, kind: 'school' }, template });
  return path;
}

describe('data.* (数据)', () => {
  it('a school report starts with the template quantities, empty, every indicator 缺数据 or without a line', async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    await schoolReport(dispatch, dir);
    const view = await call(dispatch, 'data.get', {});
    expect(view.standard).toEqual({ name: '中等职业学校设置标准', document: '教职成〔2010〕12号', issuedBy: '教育部' });
    const names = view.quantities.map((q) => q.name);
    for (const name of [
      '在校生数',
      '专任教师数',
      '专业课教师数',
      '双师型教师数',
      '高级职称教师数',
      '兼职教师数',
      '教学仪器设备总值',
      '纸质图书',
      '占地面积',
      '校舍建筑面积',
      '实训工位数',
      '毕业生数',
      '就业人数',
      '升学人数',
      '招生数',
      '专业数',
      '财政拨款',
    ]) {
      expect(names).toContain(name);
    }
    expect(view.quantities.every((q) => q.value === null && q.text === '')).toBe(true);
    const ratio = view.indicators.find((i) => i.id === 'student-teacher-ratio')!;
    expect(ratio).toMatchObject({
      value: null,
      status: 'missing',
      missing: ['在校生数', '专任教师数'],
      error: null,
      threshold: { op: '<=', value: 20, text: '≤ 20:1' },
    });
  });

  it('sets values by name or id in one batch, recomputes at once, and keeps them in the file', async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    const path = await schoolReport(dispatch, dir);
    const view = await call(dispatch, 'data.set', {
      changes: [
        { ref: '在校生数', value: 6531, previous: 6200, source: '2025年事业统计' },
        { ref: 'full-time-teachers', value: 535 },
        { ref: '教学仪器设备总值', value: 18967.38 },
      ],
    });
    expect(view.quantities.find((q) => q.id === 'students')).toMatchObject({
      value: 6531,
      text: '6531人',
      previousText: '6200人',
      change: { text: '增加331人（增长5.3%）' },
      status: 'met',
    });
    expect(view.indicators.find((i) => i.id === 'student-teacher-ratio')).toMatchObject({
      text: '12.2:1',
      status: 'met',
    });
    // 万元 ÷ 人 given in 元: the evaluator converts (the seed printed 29042万元 for this).
    expect(view.indicators.find((i) => i.id === 'equipment-per-student')).toMatchObject({
      text: '29042元',
      status: 'met',
    });
    expect(await call(dispatch, 'report.close', {})).toBeNull();
    const file = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(file.data?.quantities.find((q) => q.id === 'students')).toMatchObject({
      value: 6531,
      previous: 6200,
      source: '2025年事业统计',
    });
  });

  it("adds the user's own quantity, renames one with its formulas, refuses to remove one a formula uses", async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    await schoolReport(dispatch, dir);
    const added = await call(dispatch, 'data.add', { quantities: [{ name: '技能大赛获奖数', unit: '项', value: 11 }] });
    expect(added.quantities.at(-1)).toMatchObject({ id: 'q-1', name: '技能大赛获奖数', text: '11项', status: 'none' });
    const renamed = await call(dispatch, 'data.set', { changes: [{ ref: '在校生数', name: '全日制在校生数' }] });
    expect(renamed.indicators.find((i) => i.id === 'student-teacher-ratio')!.formula).toBe(
      '全日制在校生数 / 专任教师数',
    );
    const inUse = await dispatch('data.remove', { refs: ['专任教师数'] });
    expect(inUse).toMatchObject({ ok: false, error: { code: 'DATA_IN_USE' } });
    expect(!inUse.ok && inUse.error.message).toContain('生师比');
    const removed = await call(dispatch, 'data.remove', { refs: ['技能大赛获奖数'] });
    expect(removed.quantities.some((q) => q.name === '技能大赛获奖数')).toBe(false);
  });

  it('a 州/市 report created blank starts with the region’s data; 添加常用数据 brings back what was removed', async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    mkdirSync(join(dir, 'reports'), { recursive: true });
    const path = join(dir, 'reports', '州.nianbao');
    await call(dispatch, 'report.create', { path, meta: { ...sampleMeta, kind: 'bureau' }, template: 'blank' });
    const view = await call(dispatch, 'data.get', {});
    expect(view.quantities.map((q) => q.name)).toEqual(expect.arrayContaining(['中职学校数', '在校生数']));
    const names = view.quantities.map((q) => q.name);
    const emptied = await call(dispatch, 'data.remove', { refs: names, force: true });
    expect(emptied.quantities).toEqual([]);
    const back = await call(dispatch, 'data.addStarter', {});
    expect(back.quantities.map((q) => q.name)).toEqual(names);
    expect((await call(dispatch, 'data.addStarter', {})).quantities).toHaveLength(names.length);
  });

  it('refuses to remove a quantity a chart, a formula or the text uses, naming each, unless forced', async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    const path = await schoolReport(dispatch, dir);
    const grid = { kind: 'bar' as const, categories: ['2024年', '2025年'], source: '' };
    const typed = build.chart('专业数', { ...grid, series: [{ name: '专业数', unit: '个', values: ['12', '14'] }] });
    const linked = { dataId: 'enrolment', part: 'value' as const };
    const series = [{ name: '招生数', unit: '人', values: ['1200', ''], links: [null, linked] }];
    const chart = build.chart('招生情况', { ...grid, series });
    const field = {
      ...p('招生'),
      children: [build.dataField('enrolment'), build.dataField('enrolment', '', 'change')],
    };
    await call(dispatch, 'report.saveDocument', { path, document: doc(typed, chart, field) });
    const refused = await dispatch('data.remove', { refs: ['招生数'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DATA_IN_USE' } });
    expect(!refused.ok && refused.error.message).toBe('“招生数”用于图2、指标“招生数同比增长”、正文中 2 处');
    expect((await call(dispatch, 'data.get', {})).quantities.some((q) => q.id === 'enrolment')).toBe(true);
    // 仍然删除: the field and the chart cell show the marker, in what report.open answers too.
    const removed = await call(dispatch, 'data.remove', { refs: ['招生数'], force: true });
    expect(removed.quantities.some((q) => q.id === 'enrolment')).toBe(false);
    expect(removed.indicators.find((i) => i.id === 'enrolment-growth')!.error).toContain('招生数');
    const reopened = await call(dispatch, 'report.open', { path });
    const text = JSON.stringify(reopened.document);
    expect(text.split(zh.data.fieldGone).length - 1).toBe(3);
  });

  it('answers bad input with a Chinese message naming what is wrong, and changes nothing', async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    await schoolReport(dispatch, dir);
    const before = await call(dispatch, 'data.get', {});
    const unknown = await dispatch('data.set', {
      changes: [
        { ref: '在校生数', value: 1 },
        { ref: '在校学生', value: 6531 },
      ],
    });
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'DATA_UNKNOWN', message: zh.data.errors.unknown('在校学生'), detail: expect.any(String) },
    });
    const notNumber = await dispatch('data.set', { changes: [{ ref: '在校生数', value: '6531人' }] });
    expect(notNumber).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: `${zh.errors.BAD_INPUT}：数值必须是数字` },
    });
    const badName = await dispatch('data.add', { quantities: [{ name: '在校生+教师', unit: '人' }] });
    expect(badName.ok === false && badName.error.message).toContain('名称不能包含运算符号');
    const formula = await dispatch('data.addIndicators', {
      indicators: [{ name: '校企比', formula: '合作企业数 / 专业数', unit: '' }],
    });
    expect(formula).toMatchObject({
      ok: false,
      error: { code: 'DATA_INVALID', message: '指标“校企比”：没有名为“合作企业数”的数据' },
    });
    const noFormula = await dispatch('data.addIndicators', {
      indicators: [{ name: '校企比', formula: ' ', unit: '' }],
    });
    expect(noFormula).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: `${zh.errors.BAD_INPUT}：公式不能为空` },
    });
    const taken = await dispatch('data.add', { quantities: [{ name: '生师比', unit: '' }] });
    expect(taken).toMatchObject({
      ok: false,
      error: { code: 'DATA_NAME_TAKEN', message: zh.data.errors.nameTaken('生师比') },
    });
    expect(await call(dispatch, 'data.get', {})).toEqual(before);
  });

  it('fills data fields in the document report.open returns and in report.stats', async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    const path = await schoolReport(dispatch, dir, 'blank');
    await call(dispatch, 'report.saveDocument', {
      path,
      document: doc(p('全校在校生', build.dataField('students', '旧值'), '。')),
    });
    await call(dispatch, 'data.set', { changes: [{ ref: '在校生数', value: 6531 }] });
    const opened = await call(dispatch, 'report.open', { path });
    const field = opened.document!.root.children![0]!.children![1]!;
    expect(field).toMatchObject({ type: 'data-field', dataId: 'students', text: '6531人' });
    // 全校在校生 + 6531人 + 。 = 5 + 5 + 1
    expect((await call(dispatch, 'report.stats', {})).chars).toBe(11);
  });

  it('keeps the data in snapshots: restoring a version brings back the numbers its text was written with', async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    await schoolReport(dispatch, dir);
    await call(dispatch, 'data.set', { changes: [{ ref: '在校生数', value: 6531 }] });
    const named = await call(dispatch, 'history.snapshot', { reason: 'named', name: '送审稿' });
    await call(dispatch, 'data.set', { changes: [{ ref: '在校生数', value: 7000 }] });
    await call(dispatch, 'history.restore', { id: named.id });
    const students = (await call(dispatch, 'data.get', {})).quantities.find((q) => q.id === 'students');
    expect(students?.value).toBe(6531);
    // The restore kept the numbers it replaced with the text it replaced.
    const list = await call(dispatch, 'history.list', {});
    await call(dispatch, 'history.restore', { id: list.at(-1)!.id });
    expect((await call(dispatch, 'data.get', {})).quantities.find((q) => q.id === 'students')?.value).toBe(7000);
  });

  it("data.takeLastYear moves last year's values into 上年, and leaves last year's report as it was", async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    const lastPath = join(dir, 'reports', '去年.nianbao');
    mkdirSync(join(dir, 'reports'), { recursive: true });
    await call(dispatch, 'report.create', {
      path: lastPath,
      meta: { ...sampleMeta, kind: 'school', year: 2024 },
      template: 'school',
    });
    await call(dispatch, 'data.set', {
      changes: [
        { ref: '在校生数', value: 6200 },
        { ref: '招生数', value: 2100 },
      ],
    });
    await call(dispatch, 'report.close', {});
    const before = snapshot(lastPath, join(dir, 'reports'));
    await schoolReport(dispatch, dir);
    await call(dispatch, 'data.set', { changes: [{ ref: '招生数', value: 2300 }] });
    const view = await call(dispatch, 'data.takeLastYear', { path: lastPath });
    expect(view.quantities.find((q) => q.id === 'students')).toMatchObject({ value: null, previous: 6200 });
    expect(view.indicators.find((i) => i.id === 'enrolment-growth')).toMatchObject({ text: '9.5%' });
    expect(snapshot(lastPath, join(dir, 'reports')).sha).toBe(before.sha);
    expect(await dispatch('data.takeLastYear', { path: join(dir, 'reports', '没有.nianbao') })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
