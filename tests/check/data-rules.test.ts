import { describe, expect, it } from 'vitest';
import { computeData } from '../../core/data/compute';
import type { ComputedData } from '../../core/data/data-schema';
import { changeQuantities } from '../../core/data/edit';
import { fillDataFields } from '../../core/data/fields';
import type { Finding } from '../../core/check/index';
import { build, textNode } from '../../core/document/nodes';
import { runChecks } from '../../core/check/index';
import { buildReportTree } from '../../core/report-tree';
import { templateData } from '../../core/templates/report-templates';
import { check } from './check-helpers';

/** The data of a school like the seed's: 6531 students, 535 teachers, 18967.38万元 of equipment. */
function data(extra: Record<string, number> = {}): ComputedData {
  const values: Record<string, number> = {
    在校生数: 6531,
    专任教师数: 535,
    专业课教师数: 300,
    双师型教师数: 183,
    高级职称教师数: 216,
    教学仪器设备总值: 18967.38,
    纸质图书: 200_000,
    校舍建筑面积: 120_000,
    毕业生数: 1800,
    就业人数: 1760,
    ...extra,
  };
  return computeData(
    changeQuantities(
      templateData('school'),
      Object.entries(values).map(([ref, value]) => ({ ref, value })),
    ),
  );
}

const rule = (text: string, id: Finding['rule'], view: ComputedData = data()) => check([text], id, { data: view });

describe('differs-from-data', () => {
  it("finds a typed figure next to a quantity's name that is not the data's", () => {
    const [f, ...rest] = rule('全校在校生6513人，专任教师535人。', 'differs-from-data');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'error',
      message: '与数据中的在校生数（6531人）不一致：数据是唯一的来源，请改正文字或数据',
      suggestion: '改为 6531人（或插入数据字段，数据一改文字跟着改）',
    });
    expect(f!.excerpt).toContain('在校生6513人');
    expect(rule('专任教师共553名。', 'differs-from-data')).toHaveLength(1);
    // A year in the clause is compared when it is the quantity's own.
    const of2025 = computeData(
      changeQuantities(templateData('school'), [{ ref: '在校生数', value: 6531, year: 2025 }]),
    );
    expect(rule('2025年在校生6513人。', 'differs-from-data', of2025)).toHaveLength(1);
    expect(rule('2025年在校生6531人。', 'differs-from-data', of2025)).toEqual([]);
    expect(rule('2024年在校生6513人。', 'differs-from-data', of2025)).toEqual([]);
    expect(rule('双师型教师比例为55.0%。', 'differs-from-data')[0]?.message).toContain('双师型教师比例（61.0%）');
    expect(rule('生师比达14.2:1。', 'differs-from-data')[0]?.message).toContain('生师比（12.2:1）');
  });

  it('near misses stay quiet: the same value in another scale or rounding, 约/余, another year or kind of unit', () => {
    const quiet = [
      '全校在校生6531人，在校生达0.6531万人。',
      '教学仪器设备总值达18967.3836万元，仪器设备值约1.9亿元。',
      '在校生6500余人，在校生约6500人。',
      '上年在校生6200人，2024年在校生6200人，同比在校生增加331人。',
      '在校生6531人次参加了培训。',
      '专任教师本科以上学历比例96.3%，生师比为12.2:1。',
      '双师型教师比例61%，高级职称教师比例40.4%，就业率97.8%。',
      '生均教学仪器设备值29042元，生均校舍建筑面积18.4平方米。',
    ];
    for (const text of quiet) expect(rule(text, 'differs-from-data'), text).toEqual([]);
    // Without data the rule has nothing to compare with.
    expect(check(['全校在校生6513人。'], 'differs-from-data')).toEqual([]);
    // An empty quantity is not a disagreement.
    expect(rule('全校在校生6513人。', 'differs-from-data', computeData(templateData('school')))).toEqual([]);
  });

  it("a 生均 figure a power of ten off the data is a unit slip (the seed's 29042万元), not a plain difference", () => {
    const [slip] = rule('生均教学仪器设备值达29042万元。', 'unit-slip-from-data');
    expect(slip).toMatchObject({
      severity: 'error',
      message: '数值比数据中的生均教学仪器设备值（29042元）大了约 10000 倍，可能是单位写错了',
      suggestion: '改为 29042元（或插入数据字段，数据一改文字跟着改）',
    });
    expect(rule('生均教学仪器设备值达29042万元。', 'differs-from-data')).toEqual([]);
    expect(rule('生均纸质图书30.62万册。', 'unit-slip-from-data')).toHaveLength(1);
    // A 生均 figure is never taken for the total it is worked out from, nor the other way round.
    expect(rule('教学仪器设备总值2.9万元。', 'unit-slip-from-data')).toHaveLength(0);
    expect(rule('教学仪器设备总值2.9万元。', 'differs-from-data')).toHaveLength(1);
    // 29042元 itself, and a 生均 figure close but not a power of ten off, are no slips.
    expect(rule('生均教学仪器设备值29042元，生均教学仪器设备值2.9042万元。', 'unit-slip-from-data')).toEqual([]);
    expect(rule('生均教学仪器设备值达35000元。', 'unit-slip-from-data')).toEqual([]);
  });

  it('numbers printed by data fields agree by construction', () => {
    const view = data();
    const paragraph = {
      ...build.paragraph(),
      children: [
        textNode('全校在校生'),
        build.dataField('students'),
        textNode('，生师比'),
        build.dataField('student-teacher-ratio'),
        textNode('。'),
      ],
    };
    const doc = fillDataFields(build.document([paragraph]), view);
    expect(
      runChecks(buildReportTree(doc), { data: view }).filter(
        (f) => f.rule.endsWith('data') || f.rule === 'data-field-empty',
      ),
    ).toEqual([]);
  });
});

describe('claims-standard-met', () => {
  // 校舍 120000m² for 6531 students: 18.4m² each, under the 20m² line.
  it('finds a sentence that claims 达标 for an indicator the data puts below its line', () => {
    const [f] = rule('生均校舍建筑面积18.4平方米，达到国家标准。', 'claims-standard-met');
    expect(f).toMatchObject({
      severity: 'error',
      message: '文中说达标，但数据中的生均校舍建筑面积为 18.4m²，未达到设置标准（≥ 20m²）',
    });
    expect(rule('学校生均校舍建筑面积达标。', 'claims-standard-met')).toHaveLength(1);
    expect(rule('生师比为22:1，符合设置标准。', 'claims-standard-met', data({ 专任教师数: 290 }))).toHaveLength(1);
    const [all] = rule('学校各项办学条件指标均达到国家标准。', 'claims-standard-met');
    expect(all).toMatchObject({
      severity: 'warning',
      message: '文中说各项指标均达标，但生均校舍建筑面积未达到设置标准',
    });
  });

  it('near misses stay quiet: 未达标, an indicator that is met, a claim in another sentence', () => {
    const quiet = [
      '生均校舍建筑面积18.4平方米，尚未达到国家标准。',
      '生均校舍建筑面积未达标，正在扩建。',
      '生均校舍建筑面积不达标。',
      '生师比12.2:1，达到设置标准。',
      '生均校舍建筑面积18.4平方米。学校生师比达标。',
      '学校办学条件达标情况良好（见附表）。',
    ];
    const view = computeData(
      changeQuantities(templateData('school'), [
        { ref: '占地面积', value: 300_000 },
        { ref: '在校生数', value: 6531 },
        { ref: '校舍建筑面积', value: 120_000 },
        { ref: '专任教师数', value: 535 },
      ]),
    );
    for (const text of quiet.slice(0, 5)) expect(rule(text, 'claims-standard-met', view), text).toEqual([]);
    // Every line met: a claim for all is true.
    expect(rule('各项指标均达标。', 'claims-standard-met', computeData(templateData('school')))).toEqual([]);
  });
});

describe('data-field-empty', () => {
  it('finds fields printed without a value, and fields whose item is gone', () => {
    const view = computeData(templateData('school'));
    const paragraph = {
      ...build.paragraph(),
      children: [
        textNode('在校生'),
        build.dataField('students'),
        textNode('，'),
        build.dataField('q-404'),
        textNode('。'),
      ],
    };
    const findings = runChecks(buildReportTree(fillDataFields(build.document([paragraph]), view)), {
      data: view,
    }).filter((f) => f.rule === 'data-field-empty');
    expect(findings.map((f) => f.message)).toEqual([
      '数据“在校生数”还没有填写：请在“数据”中填入',
      '插入的数据已被删除，这里打印为“［数据已删除］”：请删去或换成其他数据',
    ]);
  });
});
