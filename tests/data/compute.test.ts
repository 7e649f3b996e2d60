import { describe, expect, it } from 'vitest';
import { computeData } from '../../core/data/compute';
import type { Indicator, ReportData } from '../../core/data/data-schema';
import { changeQuantities } from '../../core/data/edit';
import { templateData } from '../../core/templates/report-templates';

/** The school template with these values (in each quantity's own unit) and 上年 values. */
function school(
  values: Record<string, number>,
  previous: Record<string, number> = {},
  units: Record<string, string> = {},
): ReportData {
  const names = new Set([...Object.keys(values), ...Object.keys(previous), ...Object.keys(units)]);
  return changeQuantities(
    templateData('school'),
    [...names].map((ref) => ({
      ref,
      ...(ref in values ? { value: values[ref] } : {}),
      ...(ref in previous ? { previous: previous[ref] } : {}),
      ...(ref in units ? { unit: units[ref] } : {}),
    })),
  );
}

const indicator = (data: ReportData, id: string) => computeData(data).indicators.find((i) => i.id === id)!;
const quantity = (data: ReportData, id: string) => computeData(data).quantities.find((q) => q.id === id)!;

describe('indicators of the school template, each at and around its 设置标准 line', () => {
  it('生师比 = 在校生数 ÷ 专任教师数, 达标 at most 20:1 (exactly 20 is 达标)', () => {
    expect(indicator(school({ 在校生数: 2000, 专任教师数: 100 }), 'student-teacher-ratio')).toMatchObject({
      value: 20,
      text: '20.0:1',
      status: 'met',
      threshold: { text: '≤ 20:1', basis: '第七条：师生比达到1:20' },
    });
    expect(indicator(school({ 在校生数: 1999, 专任教师数: 100 }), 'student-teacher-ratio')).toMatchObject({
      value: 19.99,
      status: 'met',
    });
    expect(indicator(school({ 在校生数: 2001, 专任教师数: 100 }), 'student-teacher-ratio')).toMatchObject({
      value: 20.01,
      status: 'unmet',
    });
  });

  it('专业课教师比例 ≥ 50% of 专任教师, 高级职称教师比例 ≥ 20% of 专任教师', () => {
    const at = (v: number, id: string, name: string) => indicator(school({ 专任教师数: 10_000, [name]: v }), id);
    expect(at(5000, 'specialty-teacher-share', '专业课教师数')).toMatchObject({
      value: 50,
      text: '50.0%',
      status: 'met',
    });
    expect(at(4999, 'specialty-teacher-share', '专业课教师数').status).toBe('unmet');
    expect(at(2000, 'senior-title-share', '高级职称教师数')).toMatchObject({ value: 20, status: 'met' });
    expect(at(1999, 'senior-title-share', '高级职称教师数')).toMatchObject({
      value: 19.99,
      text: '20.0%',
      status: 'unmet',
    });
    expect(at(2001, 'senior-title-share', '高级职称教师数').status).toBe('met');
  });

  it('双师型教师比例 is of 专业课教师, not of 专任教师: ≥ 30%', () => {
    expect(
      indicator(school({ 专任教师数: 1000, 专业课教师数: 100, 双师型教师数: 30 }), 'dual-qualified-share'),
    ).toMatchObject({ value: 30, status: 'met' });
    expect(
      indicator(school({ 专任教师数: 1000, 专业课教师数: 100, 双师型教师数: 29.99 }), 'dual-qualified-share').status,
    ).toBe('unmet');
    expect(indicator(school({ 专任教师数: 100, 双师型教师数: 30 }), 'dual-qualified-share')).toMatchObject({
      value: null,
      status: 'missing',
      missing: ['专业课教师数'],
    });
  });

  it('生均教学仪器设备值 in 元 from 万元: ≥ 2500元', () => {
    expect(indicator(school({ 教学仪器设备总值: 250, 在校生数: 1000 }), 'equipment-per-student')).toMatchObject({
      value: 2500,
      text: '2500元',
      status: 'met',
      threshold: { text: '≥ 2500元' },
    });
    expect(indicator(school({ 教学仪器设备总值: 249.99, 在校生数: 1000 }), 'equipment-per-student')).toMatchObject({
      text: '2500元',
      status: 'unmet',
    });
    // The same value typed in 元 gives the same result.
    expect(
      indicator(
        school({ 教学仪器设备总值: 2_500_000, 在校生数: 1000 }, {}, { 教学仪器设备总值: '元' }),
        'equipment-per-student',
      ).value,
    ).toBe(2500);
  });

  it('生均纸质图书 ≥ 30册, in 册 or 万册', () => {
    expect(indicator(school({ 纸质图书: 30_000, 在校生数: 1000 }), 'books-per-student')).toMatchObject({
      value: 30,
      text: '30.0册',
      status: 'met',
    });
    expect(indicator(school({ 纸质图书: 29_999, 在校生数: 1000 }), 'books-per-student').status).toBe('unmet');
    expect(
      indicator(school({ 纸质图书: 3, 在校生数: 1000 }, {}, { 纸质图书: '万册' }), 'books-per-student'),
    ).toMatchObject({ value: 30, status: 'met' });
    // 0.051万册 for 17 students: 30 each, 29.999999999999996 in floating point.
    expect(
      indicator(school({ 纸质图书: 0.051, 在校生数: 17 }, {}, { 纸质图书: '万册' }), 'books-per-student'),
    ).toMatchObject({ value: 29.999999999999996, status: 'met' });
  });

  it('生均占地面积 ≥ 33m² (亩 converted) and 生均校舍建筑面积 ≥ 20m²', () => {
    expect(indicator(school({ 占地面积: 33_000, 在校生数: 1000 }), 'land-per-student')).toMatchObject({
      value: 33,
      text: '33.0m²',
      status: 'met',
    });
    expect(indicator(school({ 占地面积: 32_999, 在校生数: 1000 }), 'land-per-student').status).toBe('unmet');
    expect(
      indicator(school({ 占地面积: 49.5, 在校生数: 1000 }, {}, { 占地面积: '亩' }), 'land-per-student').value,
    ).toBeCloseTo(33, 9);
    // 0.297亩 for 6 students is 33m² each, 32.99999999999999 in floating point: still 达标.
    expect(
      indicator(school({ 占地面积: 0.297, 在校生数: 6 }, {}, { 占地面积: '亩' }), 'land-per-student'),
    ).toMatchObject({ value: 32.99999999999999, status: 'met' });
    expect(indicator(school({ 校舍建筑面积: 20_000, 在校生数: 1000 }), 'building-per-student')).toMatchObject({
      value: 20,
      status: 'met',
    });
    expect(indicator(school({ 校舍建筑面积: 19_999, 在校生数: 1000 }), 'building-per-student').status).toBe('unmet');
  });

  it('indicators without a line of the standard: 工位, 计算机, 就业率, 升学率, 生均财政拨款, 兼职教师比例', () => {
    const data = school({
      在校生数: 1000,
      实训工位数: 1500,
      教学用计算机数: 150,
      毕业生数: 1800,
      就业人数: 1760,
      升学人数: 420,
      财政拨款: 2000,
      专任教师数: 100,
      兼职教师数: 20,
    });
    const text = (id: string) => indicator(data, id).text;
    expect(text('workstations-per-student')).toBe('1.50个');
    expect(text('computers-per-100-students')).toBe('15.0台');
    expect(text('employment-rate')).toBe('97.8%');
    expect(text('further-study-rate')).toBe('23.3%');
    expect(text('funding-per-student')).toBe('20000元');
    expect(text('part-time-share')).toBe('20.0%');
    for (const id of ['workstations-per-student', 'employment-rate', 'part-time-share'])
      expect(indicator(data, id)).toMatchObject({ status: 'none', threshold: null });
  });

  it('招生数同比增长 from 上年; every indicator has its 上年 value and the change', () => {
    const data = school(
      { 招生数: 2300, 在校生数: 6531, 专任教师数: 535 },
      { 招生数: 2100, 在校生数: 6200, 专任教师数: 500 },
    );
    expect(indicator(data, 'enrolment-growth')).toMatchObject({ text: '9.5%', previous: null });
    expect(indicator(data, 'student-teacher-ratio')).toMatchObject({
      text: '12.2:1',
      previousText: '12.4:1',
      change: { text: '减少0.2', ratio: null },
    });
    expect(
      indicator(school({ 毕业生数: 100, 就业人数: 98 }, { 毕业生数: 100, 就业人数: 95 }), 'employment-rate').change,
    ).toMatchObject({ delta: 3, text: '提高3.0个百分点' });
  });
});

describe('quantities against their lines', () => {
  it('在校生数 ≥ 1200, 专任教师数 ≥ 60, 占地 ≥ 40000m², 校舍 ≥ 24000m², 仪器设备总值 ≥ 300万元', () => {
    const cases: [string, string, number, number][] = [
      ['students', '在校生数', 1200, 1199],
      ['full-time-teachers', '专任教师数', 60, 59],
      ['land-area', '占地面积', 40_000, 39_999],
      ['building-area', '校舍建筑面积', 24_000, 23_999],
      ['equipment-value', '教学仪器设备总值', 300, 299.99],
    ];
    for (const [id, name, at, below] of cases) {
      expect(quantity(school({ [name]: at }), id).status, name).toBe('met');
      expect(quantity(school({ [name]: below }), id).status, name).toBe('unmet');
      expect(quantity(school({}), id).status, name).toBe('missing');
    }
    expect(quantity(school({}), 'majors')).toMatchObject({ status: 'none', threshold: null });
  });

  it('converts the line into the unit the quantity is kept in (300万元 for a value in 元)', () => {
    const data = school({ 教学仪器设备总值: 3_000_000 }, {}, { 教学仪器设备总值: '元' });
    expect(quantity(data, 'equipment-value')).toMatchObject({
      status: 'met',
      threshold: { value: 3_000_000, unit: '元', text: '≥ 3000000元' },
    });
    expect(
      quantity(school({ 教学仪器设备总值: 2_999_999 }, {}, { 教学仪器设备总值: '元' }), 'equipment-value').status,
    ).toBe('unmet');
    // A unit of another kind (area for money) has no line to meet.
    expect(quantity(school({ 教学仪器设备总值: 5 }, {}, { 教学仪器设备总值: 'm²' }), 'equipment-value')).toMatchObject({
      threshold: null,
      status: 'none',
    });
  });
});

describe('formula faults, in Chinese', () => {
  const withIndicator = (formula: string, unit = '', extra: Partial<Indicator> = {}) => {
    const base = school({ 在校生数: 1000, 专任教师数: 0, 占地面积: 5000, 教学仪器设备总值: 100 });
    const ind: Indicator = { id: 'mine', name: '自定义', formula, unit, decimals: 1, note: '', ...extra };
    return computeData({ ...base, indicators: [...base.indicators, ind] }).indicators.find((i) => i.id === 'mine')!;
  };

  it('names the fault: division by zero, unknown name, units that do not fit, a loop', () => {
    expect(withIndicator('在校生数 / 专任教师数')).toMatchObject({ value: null, status: 'none', error: '除数为 0' });
    expect(withIndicator('在校学生数 / 2')).toMatchObject({ value: null, error: '没有名为“在校学生数”的数据' });
    expect(withIndicator('教学仪器设备总值 / 在校生数', '%')).toMatchObject({
      value: null,
      error: '公式算出的是金额，与单位“%”（数量）不符',
    });
    expect(withIndicator('教学仪器设备总值 + 占地面积', '元').error).toBe('金额与面积不能相加');
    expect(withIndicator('自定义 + 1').error).toBe('“自定义”公式循环引用了“自定义”');
    expect(withIndicator('在校生数 / ').error).toBe('公式有误：公式不完整：末尾缺少数或名称');
  });

  it('computes from other indicators, and lists every empty quantity a formula needs', () => {
    expect(withIndicator('生均占地面积 * 2', 'm²')).toMatchObject({ value: 10, text: '10.0m²' });
    expect(withIndicator('毕业生数 - 就业人数 - 升学人数')).toMatchObject({
      value: null,
      missing: ['毕业生数', '就业人数', '升学人数'],
      error: null,
    });
    expect(withIndicator('教学仪器设备总值 / 在校生数', '万元', { decimals: 2 })).toMatchObject({
      value: 0.1,
      text: '0.10万元',
    });
  });
});
