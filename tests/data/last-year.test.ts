import { describe, expect, it } from 'vitest';
import { computeData } from '../../core/data/compute';
import { addQuantities, changeQuantities } from '../../core/data/edit';
import { takeLastYear } from '../../core/data/last-year';
import { templateData } from '../../core/templates/report-templates';

describe("从去年的报告开始: last year's values into 上年", () => {
  const lastYear = addQuantities(
    changeQuantities(templateData('school'), [
      { ref: '在校生数', value: 6200, previous: 5900, year: 2024 },
      { ref: '教学仪器设备总值', value: 180_000_000, unit: '元' },
      { ref: '招生数', value: 2100 },
      { ref: '占地面积', value: 300, unit: '亩' },
    ]),
    [{ name: '合作企业数', unit: '家', value: 110, year: 2024, source: '校企合作台账' }],
  );

  it("moves each value into 上年 of the same quantity, in this year's unit, leaving this year's values alone", () => {
    const now = changeQuantities(templateData('school'), [
      { ref: '在校生数', value: 6531 },
      { ref: '招生数', value: 2300 },
      { ref: '纸质图书', previous: 190_000 },
    ]);
    const next = takeLastYear(now, lastYear);
    const q = (name: string) => next.quantities.find((x) => x.name === name)!;
    expect(q('在校生数')).toMatchObject({ value: 6531, previous: 6200 });
    expect(q('教学仪器设备总值')).toMatchObject({ value: null, unit: '万元', previous: 18000 });
    expect(q('占地面积')).toMatchObject({ unit: 'm²', previous: 200_000 });
    // Nothing last year: this year's 上年 stays as typed.
    expect(q('纸质图书').previous).toBe(190_000);
    expect(computeData(next).indicators.find((i) => i.id === 'enrolment-growth')).toMatchObject({ text: '9.5%' });
    // A template quantity renamed this year is still found by its id.
    const renamed = takeLastYear(changeQuantities(now, [{ ref: '在校生数', name: '全日制在校生数' }]), lastYear);
    expect(renamed.quantities.find((x) => x.id === 'students')).toMatchObject({
      name: '全日制在校生数',
      previous: 6200,
    });
  });

  it("adds last year's own quantities, their value to fill in, and never duplicates a name", () => {
    const next = takeLastYear(templateData('school'), lastYear);
    expect(next.quantities.at(-1)).toMatchObject({
      id: 'q-1',
      name: '合作企业数',
      unit: '家',
      value: null,
      previous: 110,
      year: 2025,
      source: '校企合作台账',
    });
    expect(takeLastYear(next, lastYear).quantities.filter((q) => q.name === '合作企业数')).toHaveLength(1);
    // Another quantity holds q-1 here: last year's one gets a free id.
    const taken = addQuantities(templateData('school'), [{ name: '订单班数', unit: '个' }]);
    expect(takeLastYear(taken, lastYear).quantities.at(-1)).toMatchObject({ id: 'q-2', name: '合作企业数' });
  });
});
