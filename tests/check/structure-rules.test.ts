import { describe, expect, it } from 'vitest';
import { checkSummary, findingHash, runChecks } from '../../core/check/index';
import { build } from '../../core/document/nodes';
import { buildReportTree } from '../../core/report-tree';
import { check } from './check-helpers';

const photo = { assetKey: 'a'.repeat(64), width: 2400, height: 1800 };

describe('structure rules', () => {
  it('heading-full-stop: a heading ending in 。, not one ending in a number', () => {
    const f = check(
      [build.heading(1, '基本情况'), build.heading(2, '规模和结构。'), '正文。', build.heading(2, '第 2.1.'), '正文。'],
      'heading-full-stop',
    );
    expect(f.map((x) => x.suggestion)).toEqual(['规模和结构']);
    expect(f[0]?.location.headingPath).toEqual(['1 基本情况', '1.1 规模和结构。']);
  });

  it('empty-section: a heading with nothing under it before its next sibling, and at the end', () => {
    const f = check(
      [
        build.heading(1, '基本情况'),
        build.heading(2, '规模'),
        build.heading(2, '设施'),
        '正文。',
        build.heading(1, '展望'),
      ],
      'empty-section',
    );
    expect(f.map((x) => x.excerpt)).toEqual(['1.1 规模', '2 展望']);
  });

  it('figure-without-photo and duplicate-caption', () => {
    const blocks = [
      build.figure('教研活动', null),
      build.figureRow([build.figure('校际联合开展教研活动', photo), build.figure('校际联合开展教研活动', photo)]),
    ];
    expect(check(blocks, 'figure-without-photo').map((f) => f.excerpt)).toEqual(['图1 教研活动']);
    const dup = check(blocks, 'duplicate-caption');
    expect(dup.map((f) => [f.message, f.location.blockPath])).toEqual([
      ['图题与图2相同，可能是复制后忘了修改', [1, 1]],
    ]);
    expect(check([build.figure('甲', photo), build.figure('乙', photo)], 'duplicate-caption')).toEqual([]);
  });

  it('chart-cannot-be-drawn: text in a number cell of a chart’s grid; a chart is never a figure without photo', () => {
    const good = {
      kind: 'bar' as const,
      categories: ['2024年', '2025年'],
      series: [{ name: '招生数', unit: '人', values: ['1956', '2103'] }],
      source: '',
    };
    const bad = { ...good, series: [{ ...good.series[0]!, values: ['1956', '约两千'] }] };
    const blocks = [build.chart('招生', good), build.chart('就业', bad)];
    expect(check(blocks, 'chart-cannot-be-drawn').map((f) => [f.excerpt, f.message, f.severity])).toEqual([
      ['图2 就业', '图表无法绘制，导出时会留空：“2025年”的“招生数”不是数字：“约两千”', 'error'],
    ]);
    expect(check(blocks, 'figure-without-photo')).toEqual([]);
  });

  it('figure-without-caption: a photo with a bare 图N, alone or in a row; not one with its caption', () => {
    const blocks = [
      build.figure('', photo),
      build.figureRow([build.figure('校园开放日', photo), build.figure('\u3000 ', photo)]),
    ];
    expect(check(blocks, 'figure-without-caption').map((f) => [f.excerpt, f.location.blockPath])).toEqual([
      ['图1', [0]],
      ['图3', [1, 1]],
    ]);
  });

  it('case-without-body: a case with a title and photos only', () => {
    expect(check([build.caseBlock('红韵启智', [build.figure('参观', photo)])], 'case-without-body')).toHaveLength(1);
    expect(check([build.caseBlock('红韵启智', [build.paragraph('学校组织学生参观。')])], 'case-without-body')).toEqual(
      [],
    );
  });

  it('typed-numbering: numbers typed where the report numbers things itself', () => {
    const f = check(
      [
        build.heading(1, '1.1 规模和结构'),
        '【案例3】红韵启智 思政育人',
        '图 5 参观红色教育基地',
        build.caseBlock('【案例 2】双节同庆', [build.paragraph('正文。')]),
        build.figure('图6: 由法治副校长讲解', photo),
      ],
      'typed-numbering',
    );
    expect(f.map((x) => x.suggestion ?? x.excerpt)).toEqual([
      '规模和结构',
      '【案例3】红韵启智 思政育人',
      '图 5 参观红色教育基地',
      '双节同庆',
      '由法治副校长讲解',
    ]);
  });

  it('typed-numbering leaves ordinary text alone (years, 图书馆, 一是)', () => {
    expect(
      check(
        [build.heading(1, '2025年工作回顾'), '图书馆新增藏书。', '一是加强党建。', '表彰先进。'],
        'typed-numbering',
      ),
    ).toEqual([]);
  });

  it('import-note: the import’s notes, at the block they quote; a photo-less caption only once', () => {
    const notes = [
      {
        kind: 'heading-number-duplicate',
        text: '4.2 文化育人实践',
        message: '原文标题编号 4.2 重复使用，编号已重新生成',
      },
      { kind: 'caption-without-photo', text: '图 3 湿地公园游船', message: '图题没有对应的照片，已留出占位图' },
      { kind: 'paragraphs-rejoined', text: '学校积极｜开展活动', message: '段落在句中断开，已与下一段合并' },
    ];
    const f = check(
      [build.heading(1, '非遗传承'), build.heading(1, '文化育人实践'), '学校积极开展活动。'],
      'import-note',
      { importNotes: notes },
    );
    expect(f.map((x) => [x.severity, x.location.blockPath])).toEqual([
      ['warning', [1]],
      ['info', [2]],
    ]);
    // A case label in any form the import reads is not in the report: the case's title is.
    const labels = ['【典型案例 5】党团共享结对共建', '案例2：技能大赛引领'].map((text) => ({
      kind: 'case-label-non-standard',
      text,
      message: '案例标注不规范',
    }));
    const cases = check(
      [
        build.caseBlock('党团共享结对共建', [build.paragraph('正文。')]),
        build.caseBlock('技能大赛引领', [build.paragraph('正文。')]),
      ],
      'import-note',
      { importNotes: labels },
    );
    expect(cases.map((x) => x.location.blockPath)).toEqual([[0], [1]]);
  });
});

describe('ignoring and the export summary', () => {
  const doc = build.document([build.paragraph('由法治副校长校长实地讲解。10月59日开幕。')]);
  it('leaves ignored findings out until their text changes', () => {
    const all = runChecks(buildReportTree(doc));
    expect(all.map((f) => f.rule)).toEqual(['doubled-word', 'impossible-date']);
    const ignored = [{ rule: all[0]!.rule, hash: findingHash(all[0]!) }];
    expect(runChecks(buildReportTree(doc), { ignored }).map((f) => f.rule)).toEqual(['impossible-date']);
    const edited = build.document([build.paragraph('由法治副校长校长到场讲解。10月59日开幕。')]);
    expect(runChecks(buildReportTree(edited), { ignored }).map((f) => f.rule)).toEqual([
      'doubled-word',
      'impossible-date',
    ]);
  });
  it('summarises the findings in one line', () => {
    expect(checkSummary(runChecks(buildReportTree(doc)))).toBe('体检：2 个错误，0 个警告，0 个提示');
    expect(checkSummary([])).toBe('体检：没有发现问题');
  });
});
