import { describe, expect, it } from 'vitest';
import { computeData } from '../../core/data/compute';
import {
  addIndicators,
  addQuantities,
  changeIndicators,
  changeQuantities,
  parseValueInput,
  removeIndicators,
  removeQuantities,
} from '../../core/data/edit';
import { ReportError } from '../../core/errors';
import { templateData } from '../../core/templates/report-templates';

function errorOf(run: () => unknown): ReportError['error'] {
  try {
    run();
  } catch (err) {
    if (err instanceof ReportError) return err.error;
    throw err;
  }
  throw new Error('did not fail');
}

describe('data edits', () => {
  it('applies a batch in order, all or nothing', () => {
    const data = templateData('school');
    const next = changeQuantities(data, [
      { ref: '在校生数', value: 6531 },
      { ref: 'students', note: '含五年制前三年' },
    ]);
    expect(next.quantities.find((q) => q.id === 'students')).toMatchObject({ value: 6531, note: '含五年制前三年' });
    expect(data.quantities.find((q) => q.id === 'students')!.value).toBeNull();
    expect(
      errorOf(() =>
        changeQuantities(data, [
          { ref: '在校生数', value: 1 },
          { ref: '学生', value: 2 },
        ]),
      ),
    ).toMatchObject({ code: 'DATA_UNKNOWN', message: '没有名为“学生”的数据' });
  });

  it('checks input the CLI builds itself with the same Chinese messages as the API', () => {
    const data = templateData('school');
    expect(errorOf(() => changeQuantities(data, [{ ref: '在校生数', value: Number.NaN }]))).toMatchObject({
      code: 'DATA_INVALID',
      message: '数值必须是数字',
    });
    expect(errorOf(() => addQuantities(data, [{ name: '  ', unit: '个' }]))).toMatchObject({
      code: 'DATA_INVALID',
      message: '名称不能为空',
    });
    expect(errorOf(() => addQuantities(data, [{ name: '3D打印机', unit: '台' }]))).toMatchObject({
      message: '名称不能以数字开头',
    });
    expect(errorOf(() => changeQuantities(data, [{ ref: '招生数', name: '在校生数' }]))).toMatchObject({
      code: 'DATA_NAME_TAKEN',
    });
  });

  it("gives the user's quantities fresh ids and removes them by name or id", () => {
    let data = addQuantities(templateData('blank'), [
      { name: '合作企业数', unit: '家' },
      { name: '订单班数', unit: '个', value: 12 },
    ]);
    expect(data.quantities.map((q) => [q.id, q.name, q.value])).toEqual([
      ['q-1', '合作企业数', null],
      ['q-2', '订单班数', 12],
    ]);
    data = removeQuantities(data, ['q-1']);
    data = addQuantities(data, [{ name: '产业学院数', unit: '个' }]);
    expect(data.quantities.map((q) => q.id)).toEqual(['q-2', 'q-1']);
    expect(removeQuantities(data, ['订单班数', '产业学院数']).quantities).toEqual([]);
  });
});

describe('values as typed', () => {
  const students = { name: '在校生数', unit: '人' };
  it("reads plain, grouped, full-width and negative numbers, with or without the quantity's own unit", () => {
    expect(parseValueInput(students, '6531')).toBe(6531);
    expect(parseValueInput(students, '6,531')).toBe(6531);
    expect(parseValueInput(students, '６５３１人')).toBe(6531);
    expect(parseValueInput({ name: '经费', unit: '万元' }, '18967.3836万元')).toBe(18967.3836);
    expect(parseValueInput({ name: '增减', unit: '人' }, '－5')).toBe(-5);
    expect(parseValueInput(students, '')).toBeNull();
    expect(parseValueInput(students, '空')).toBeNull();
  });

  it('refuses text, another unit and a broken number, saying which in Chinese', () => {
    expect(errorOf(() => parseValueInput(students, '很多'))).toMatchObject({
      code: 'DATA_INVALID',
      message: '“在校生数”的值“很多”不是数字',
    });
    expect(errorOf(() => parseValueInput(students, '0.65万人'))).toMatchObject({
      message: '“在校生数”的单位是“人”，不是“万人”',
    });
    expect(errorOf(() => parseValueInput(students, '65,31'))).toMatchObject({
      message: '“在校生数”的值“65,31”不是数字',
    });
    expect(errorOf(() => parseValueInput(students, '6531.5.2'))).toMatchObject({
      message: '“在校生数”的值“6531.5.2”不是数字',
    });
  });
});

describe("the user's own indicators", () => {
  const base = addQuantities(templateData('school'), [
    { name: '合作企业数', unit: '家', value: 120 },
    { name: '订单班学生数', unit: '人', value: 900 },
  ]);

  it('adds one, computed at once, and renames it into the formulas that use it', () => {
    let data = addIndicators(base, [{ name: '订单班学生比例', formula: '订单班学生数 ÷ 在校生数', unit: '%' }]);
    data = changeQuantities(data, [{ ref: '在校生数', value: 6000 }]);
    expect(computeData(data).indicators.at(-1)).toMatchObject({ id: 'i-1', text: '15.0%', decimals: 1 });
    data = addIndicators(data, [{ name: '订单班学生比例的一半', formula: '订单班学生比例 / 2', unit: '%' }]);
    data = changeIndicators(data, [{ ref: 'i-1', name: '订单班比例', decimals: 2 }]);
    expect(data.indicators.at(-1)!.formula).toBe('订单班比例 / 2');
    expect(computeData(data).indicators.at(-1)!.text).toBe('7.5%');
    expect(errorOf(() => removeIndicators(data, ['订单班比例']))).toMatchObject({ code: 'DATA_IN_USE' });
    expect(removeIndicators(data, ['订单班学生比例的一半', 'i-1']).indicators).toHaveLength(
      templateData('school').indicators.length,
    );
  });

  it('refuses a formula with a fault, naming it in Chinese; empty data is no fault', () => {
    expect(
      errorOf(() => addIndicators(base, [{ name: '校企比', formula: '合作企业数 / 专业数 +', unit: '' }])),
    ).toMatchObject({ code: 'DATA_INVALID', message: '指标“校企比”：公式有误：公式不完整：末尾缺少数或名称' });
    expect(
      errorOf(() => addIndicators(base, [{ name: '校企比', formula: '合作企业 / 专业数', unit: '' }])),
    ).toMatchObject({ message: '指标“校企比”：没有名为“合作企业”的数据' });
    expect(
      errorOf(() => addIndicators(base, [{ name: '生均经费', formula: '财政拨款 / 在校生数', unit: '%' }])),
    ).toMatchObject({ message: '指标“生均经费”：公式算出的是金额，与单位“%”（数量）不符' });
    expect(errorOf(() => changeIndicators(base, [{ ref: '生师比', formula: '在校生数 / 专任教师' }]))).toMatchObject({
      message: '指标“生师比”：没有名为“专任教师”的数据',
    });
    expect(
      addIndicators(base, [{ name: '校企比', formula: '合作企业数 / 专业数', unit: '' }]).indicators.at(-1),
    ).toMatchObject({ name: '校企比', decimals: 1 });
  });
});
