import { describe, expect, it } from 'vitest';
import { computeData } from '../../core/data/compute';
import { dataSheets } from '../../core/data/data-sheets';
import { changeQuantities } from '../../core/data/edit';
import {
  type SheetCell,
  applyImport,
  columnLabels,
  convertUnit,
  guessMapping,
  planImport,
  splitUnit,
} from '../../core/data/sheet-import';
import { templateData } from '../../core/templates/report-templates';

const school = () =>
  changeQuantities(templateData('school'), [{ ref: '在校生数', value: 6200, previous: 6000, year: 2024 }]);
const rows = (...r: SheetCell[][]) => r;

describe('导入Excel: reading rows of quantities', () => {
  it('guesses the header row and columns from their words, below a title row', () => {
    const sheet = rows(
      ['2025年学校基本数据'],
      [],
      ['序号', '项目', '数值（万元）', '计量单位', '上年数', '数据来源', '年度'],
    );
    expect(guessMapping(sheet)).toEqual({ headerRow: 2, name: 1, value: 2, unit: 3, previous: 4, source: 5, year: 6 });
    expect(guessMapping(rows(['指标名称', '值']))).toMatchObject({ headerRow: 0, name: 0, value: 1, unit: null });
    expect(guessMapping(rows(['在校生数', 6531]))).toBeNull();
    expect(columnLabels(sheet, 2).slice(0, 3)).toEqual([
      { index: 0, label: 'A · 序号' },
      { index: 1, label: 'B · 项目' },
      { index: 2, label: 'C · 数值（万元）' },
    ]);
  });

  it('reads numbers typed as text, full-width digits and units after the number or in brackets', () => {
    const sheet = rows(
      ['名称', '数值', '单位'],
      ['在校生数', '6,531', '人'],
      ['专任教师数', '３５３', null],
      ['教学仪器设备总值（元）', 29042000, null],
      ['纸质图书', '20万册', null],
      ['占地面积', '150亩', null],
      ['合作企业数', 48, '个'],
    );
    const plan = planImport(school(), sheet, guessMapping(sheet)!);
    expect(plan.rows.map((r) => [r.row, r.name, r.status])).toEqual([
      [2, '在校生数', 'changed'],
      [3, '专任教师数', 'changed'],
      [4, '教学仪器设备总值', 'changed'],
      [5, '纸质图书', 'changed'],
      [6, '占地面积', 'changed'],
      [7, '合作企业数', 'new'],
    ]);
    expect(plan.rows[0]!.reason).toBe('数值：6200人 → 6531人');
    const next = applyImport(school(), plan);
    const value = (name: string) => next.quantities.find((q) => q.name === name);
    // Each quantity keeps its own unit: 元 → 万元, 万册 → 册, 亩 → m².
    expect(value('教学仪器设备总值')).toMatchObject({ value: 2904.2, unit: '万元' });
    expect(value('纸质图书')).toMatchObject({ value: 200000, unit: '册' });
    expect(value('占地面积')!.value).toBeCloseTo(100000, 6);
    expect(value('专任教师数')!.value).toBe(353);
    expect(value('合作企业数')).toMatchObject({ value: 48, unit: '个', previous: null });
  });

  it('says why a row is not understood, and leaves blank rows out', () => {
    const sheet = rows(
      ['项目', '数值', '单位', '上年'],
      ['一、学生发展'],
      [null, null, null],
      ['在校生数', '6531', '册'],
      ['生师比', 18.5],
      ['纸质图书', '约20万'],
      ['专任教师数', 353, null, 'n/a'],
      [null, 12],
      ['3D打印机', 4, '台'],
      ['招生数', 2100],
      ['招生数', 2200],
      ['毕业生数', '#DIV/0!'],
    );
    const plan = planImport(school(), sheet, guessMapping(sheet)!);
    expect(plan.rows.map((r) => [r.row, r.status, r.reason])).toEqual([
      [2, 'invalid', '没有数值'],
      [4, 'invalid', '单位“册”与“在校生数”的单位“人”不符'],
      [5, 'invalid', '“生师比”是由公式计算的指标，不能导入'],
      [6, 'invalid', '数值“约20万”不是数字'],
      [7, 'invalid', '上年“n/a”不是数字'],
      [8, 'invalid', '没有名称'],
      [9, 'invalid', '名称不能以数字开头'],
      [10, 'changed', '数值：（空） → 2100人'],
      [11, 'invalid', '与第 10 行重名'],
      [12, 'invalid', '数值“#DIV/0!”不是数字'],
    ]);
    expect(plan.changes).toEqual([{ ref: 'enrolment', value: 2100 }]);
    expect(plan.added).toEqual([]);
  });

  it('reads 上年, 年份 and 来源, and calls a row with nothing new unchanged', () => {
    const sheet = rows(
      ['名称', '数值', '年份', '上年', '数据来源'],
      ['在校生数', 6200, '2024年', 6000, ''],
      ['在校生数（人）', 6531, 2025, 6200, '2025年事业统计'],
    );
    const unchanged = planImport(school(), sheet.slice(0, 2), guessMapping(sheet)!);
    expect(unchanged.rows).toEqual([{ row: 2, name: '在校生数', status: 'unchanged', reason: '' }]);
    expect(unchanged.changes).toEqual([]);
    const changed = planImport(school(), [sheet[0]!, sheet[2]!], guessMapping(sheet)!);
    expect(changed.rows[0]!.reason).toBe(
      '数值：6200人 → 6531人；上年：6000人 → 6200人；年份：2024 → 2025；来源：事业统计 → 2025年事业统计',
    );
  });

  it('converts within a dimension only', () => {
    expect(convertUnit(29042000, '元', '万元')).toBe(2904.2);
    expect(convertUnit(1.5, '亿元', '万元')).toBe(15000);
    expect(convertUnit(3, '万册', '册')).toBe(30000);
    expect(convertUnit(5, '人', '人')).toBe(5);
    expect(convertUnit(5, '', '万元')).toBe(5);
    expect(convertUnit(5, '册', '人')).toBeNull();
    expect(convertUnit(5, '万元', 'm²')).toBeNull();
    expect(splitUnit('教学仪器设备总值（万元）')).toEqual({ name: '教学仪器设备总值', unit: '万元' });
    expect(splitUnit('校舍建筑面积(m²)')).toEqual({ name: '校舍建筑面积', unit: 'm²' });
    expect(splitUnit('就业率（2025届）')).toEqual({ name: '就业率（2025届）', unit: '' });
  });

  it('reads its own export of the 数据 sheet back with nothing to change', () => {
    const data = changeQuantities(school(), [{ ref: '教学仪器设备总值', value: 2904.2, source: '财务决算' }]);
    const [quantities] = dataSheets(computeData(data));
    const sheet = [quantities!.columns.map((c) => c.header), ...quantities!.rows] as SheetCell[][];
    const plan = planImport(data, sheet, guessMapping(sheet)!);
    expect(plan.rows.every((r) => r.status === 'unchanged')).toBe(true);
    expect(plan.rows).toHaveLength(data.quantities.length);
  });
});
