import { describe, expect, it } from 'vitest';
import { matchFigureCaptions, matchTableCaption } from '../../core/import/caption-patterns';
import { matchCaseLabel } from '../../core/import/case-patterns';
import { hanNumber, headingTextEnd, levelInScheme, matchHeadingNumber } from '../../core/import/heading-patterns';

describe('heading numbers', () => {
  it.each([
    ['1. 基本情况', 'single', [1], '1.'],
    ['1 基本情况', 'single', [1], '1'],
    ['1、基本情况', 'single', [1], '1、'],
    ['1.1 规模和结构。', 'multi', [1, 1], '1.1'],
    ['2.3. 教学改革', 'multi', [2, 3], '2.3.'],
    ['2.1.1 党建引领', 'multi', [2, 1, 1], '2.1.1'],
    ['2.1.1党建引领', 'multi', [2, 1, 1], '2.1.1'],
    ['一、基本情况', 'han', [1], '一、'],
    ['十二、展望', 'han', [12], '十二、'],
    ['二．人才培养', 'han', [2], '二．'],
    ['三. 服务贡献', 'han', [3], '三.'],
    ['四　挑战与展望', 'han', [4], '四'],
    ['（一）学生发展', 'han-paren', [1], '（一）'],
    ['(三)学生发展', 'han-paren', [3], '(三)'],
    ['（1）党建引领', 'paren', [1], '（1）'],
    ['第一部分 学校概况', 'chapter', [1], '第一部分'],
    ['第十二章：展望', 'chapter', [12], '第十二章'],
    ['第3章　人才培养', 'chapter', [3], '第3章'],
  ])('%s', (text, form, numbers, typed) => {
    expect(matchHeadingNumber(text)).toMatchObject({ form, numbers, typed });
  });

  it.each([
    '2025年昌吉州共有中职6所',
    '2025 年职业教育活动周期间',
    '10月59日，昌吉州',
    '2.5万人参加培训',
    '18.6%的学生',
    '3.2',
    '一是加强培育',
    '一 二 三',
    '十分重视',
    '基本情况',
    '第一部分',
    '第一批国家级示范校',
  ])('is no heading number: %s', (text) => {
    expect(matchHeadingNumber(text)).toBeNull();
  });

  it('reads Chinese numerals and maps forms to levels per scheme', () => {
    expect([hanNumber('一'), hanNumber('十'), hanNumber('十一'), hanNumber('二十'), hanNumber('二十三')]).toEqual([
      1, 10, 11, 20, 23,
    ]);
    const decimal = { style: 'decimal', chapters: false } as const;
    const chinese = { style: 'chinese', chapters: false } as const;
    const underChapters = { style: 'chinese', chapters: true } as const;
    expect(levelInScheme('single', [1], decimal)).toBe(1);
    expect(levelInScheme('multi', [2, 1, 1], decimal)).toBe(3);
    expect(levelInScheme('han', [1], decimal)).toBeNull();
    expect(levelInScheme('single', [1], chinese)).toBe(3);
    expect(levelInScheme('paren', [1], chinese)).toBe(4);
    expect(levelInScheme('chapter', [1], decimal)).toBe(1);
    expect(levelInScheme('han', [1], underChapters)).toBe(2);
    expect(levelInScheme('single', [1], underChapters)).toBe(4);
    expect(levelInScheme('paren', [1], underChapters)).toBeNull();
    expect('规模和结构。'.slice(0, headingTextEnd('规模和结构。'))).toBe('规模和结构');
  });
});

describe('case labels', () => {
  it.each([
    ['【案例1】：坚持党建引领发展', 1, '【案例1】', true, '坚持党建引领发展'],
    ['【案例 2】双节同庆', 2, '【案例 2】', true, '双节同庆'],
    ['【案例22】 教育援疆', 22, '【案例22】', true, '教育援疆'],
    ['【典型案例 5】党团共享', 5, '【典型案例 5】', false, '党团共享'],
    ['〖案例3〗红韵启智', 3, '〖案例3〗', false, '红韵启智'],
    ['[案例4] 标题', 4, '[案例4]', false, '标题'],
    ['案例6：实习为桥', 6, '案例6', false, '实习为桥'],
    ['【案例三】校企共建实训基地', 3, '【案例三】', false, '校企共建实训基地'],
    ['【典型案例十二】 匠心育人', 12, '【典型案例十二】', false, '匠心育人'],
    ['案例二十一：服务乡村振兴', 21, '案例二十一', false, '服务乡村振兴'],
    ['【案例2-1】产教融合育人', 1, '【案例2-1】', true, '产教融合育人'],
    ['【案例2－1】产教融合育人', 1, '【案例2－1】', false, '产教融合育人'],
    ['【案例 3.2】数字校园', 2, '【案例 3.2】', false, '数字校园'],
  ])('%s', (text, number, typed, standard, title) => {
    const label = matchCaseLabel(text);
    expect(label).toMatchObject({ number, typed, standard });
    expect(text.slice(label!.length)).toBe(title);
  });

  it.each([
    '案例3所示的做法值得推广',
    '案例三中的做法值得推广',
    '【案例1〗错配的括号',
    '【通知】关于案例',
    '典型案例很多',
  ])('is no case label: %s', (text) => {
    expect(matchCaseLabel(text)).toBeNull();
  });
});

describe('captions', () => {
  it.each([
    ['图1 学生参加情景剧大赛获奖证书', [[1, '学生参加情景剧大赛获奖证书']]],
    ['图 3: 古尔邦节研学平原林场', [[3, '古尔邦节研学平原林场']]],
    ['图29昌吉州全民学习活动周开幕式活动现场', [[29, '昌吉州全民学习活动周开幕式活动现场']]],
    ['图 7 2024 年自治区大中专学生演讲比赛决赛', [[7, '2024 年自治区大中专学生演讲比赛决赛']]],
    ['图2-3 实训基地', [[3, '实训基地']]],
    [
      '图1 学生参加情景剧大赛获奖证书 图2 姜学峰校长给学生进行思政教育讲座',
      [
        [1, '学生参加情景剧大赛获奖证书'],
        [2, '姜学峰校长给学生进行思政教育讲座'],
      ],
    ],
    [
      '图 5 参观红色教育基地—阿同汗社区 图 6: 由法治副校长校长实地讲解思政课',
      [
        [5, '参观红色教育基地—阿同汗社区'],
        [6, '由法治副校长校长实地讲解思政课'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(matchFigureCaptions(text)?.map((c) => [c.number, c.text])).toEqual(expected);
  });

  it('keeps a smaller later number inside one caption (a mention, not a row)', () => {
    expect(matchFigureCaptions('图5 与图 3 同一场地')?.map((c) => c.text)).toEqual(['与图 3 同一场地']);
  });

  it.each(['图书馆、美术馆联合开展活动', '图1显示，就业率逐年提高。各校…', '如图1所示', '图20%的学生'])(
    'is no figure caption: %s',
    (text) => {
      expect(matchFigureCaptions(text)).toBeNull();
    },
  );

  it('reads table captions and rejects body text', () => {
    expect(matchTableCaption('表1 2025年各校招生情况')).toMatchObject({ number: 1, text: '2025年各校招生情况' });
    expect(matchTableCaption('表明学校办学水平提升')).toBeNull();
    expect(matchTableCaption('表1')).toBeNull();
  });
});
