import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { check, inText } from './check-helpers';

describe('impossible-date', () => {
  it('finds days and months that do not exist', () => {
    expect(inText('10月59日，活动周开幕。', 'impossible-date')[0]?.message).toBe(
      '日期有误：10 月没有 59 日（最多 31 日）',
    );
    expect(inText('2025年4月31日召开会议。', 'impossible-date')[0]?.message).toContain('4 月没有 31 日');
    expect(inText('于13月完成验收。', 'impossible-date')[0]?.message).toBe('日期有误：没有 13 月');
    expect(inText('2025年2月29日举行。', 'impossible-date')).toHaveLength(1);
  });

  it('leaves real dates, leap days and month counts alone', () => {
    expect(inText('2024年2月29日、2025年8月31日、12月31日、9月份、历时12个月、4月28日。', 'impossible-date')).toEqual(
      [],
    );
  });
});

describe('share-over-100', () => {
  it('finds a share above 100%', () => {
    expect(inText('专任教师本科以上学历比例103.5%。', 'share-over-100')[0]?.message).toBe('比例 103.5% 超过 100%');
    expect(inText('毕业生就业率达120%。', 'share-over-100')).toHaveLength(1);
  });
  it('leaves growth and completion above 100% alone', () => {
    expect(inText('招生人数同比增长150%，任务完成率达112%，经费增长率130%。', 'share-over-100')).toEqual([]);
  });
});

describe('total-differs-from-parts', () => {
  it('finds a total that is not the sum of the grades listed right after it', () => {
    const [f] = inText(
      '2025 年获自治区教学成果奖 11 项，特等奖 1 项，一等奖 1 项，二等奖 7 项。',
      'total-differs-from-parts',
    );
    expect(f?.message).toBe('总数 11 项与其后各项之和 9 项不符');
    expect(inText('获奖 10 项，其中一等奖 6 项，二等奖 7 项。', 'total-differs-from-parts')).toHaveLength(1);
  });
  it('leaves matching sums, partial 其中 lists and entries versus wins alone', () => {
    expect(inText('获奖 9 项，特等奖 1 项，一等奖 1 项，二等奖 7 项。', 'total-differs-from-parts')).toEqual([]);
    expect(inText('获奖 20 项，其中一等奖 3 项，二等奖 5 项。', 'total-differs-from-parts')).toEqual([]);
    expect(
      inText('申报自治区教学成果奖 11 项，荣获特等奖 1 项，一等奖 1 项，二等奖 7 项。', 'total-differs-from-parts'),
    ).toEqual([]);
    expect(inText('获技能大赛一等奖 29 项，二等奖 47 项，三等奖 76 项。', 'total-differs-from-parts')).toEqual([]);
  });
});

describe('list-count-differs', () => {
  it('finds a count that does not match the items enumerated', () => {
    expect(
      inText('共有中职6所（木垒县、奇台县、吉木萨尔县、阜康市、呼图壁县各1所）。', 'list-count-differs')[0]?.message,
    ).toBe('写明 6 个，但列出了 5 个');
    expect(
      inText('在四所学校（呼图壁县一中、吉木萨尔县一中、奇台县三中）开展试点。', 'list-count-differs'),
    ).toHaveLength(1);
    expect(
      inText('新增硅材料制备技术、新能源装备技术、风力发电工程技术、中医康复技术3个高职专业。', 'list-count-differs')[0]
        ?.message,
    ).toBe('写明 3 个，但列出了 4 个');
  });
  it('leaves matching counts, lists with 等, asides and counts of instances alone', () => {
    expect(
      inText('共有中职6所（木垒县、奇台县、吉木萨尔县、阜康市、呼图壁县、玛纳斯县各1所）。', 'list-count-differs'),
    ).toEqual([]);
    expect(inText('新增应急救援技术、硅材料制备技术、中医康复技术等中高职专业 10 个。', 'list-count-differs')).toEqual(
      [],
    );
    expect(inText('研究院1个（昌吉学院牵头和山东大学、高新区管委会共同成立）。', 'list-count-differs')).toEqual([]);
    expect(inText('校企共建教师培养培训基地、教师企业实践基地206个。', 'list-count-differs')).toEqual([]);
    expect(
      inText('土木建筑施工、新型电力系统技术与应用、医药生产与经营和能源与动力赛项获 5 个铜奖。', 'list-count-differs'),
    ).toEqual([]);
  });
});

describe('ratios', () => {
  const basics = [build.heading(1, '基本情况'), '全日制中职在校学生6531人，教职工630人。'];
  it('finds a 生均 figure off by a power of ten (the unit slip), with the right figure as suggestion', () => {
    const [f] = check(
      [...basics, build.heading(1, '设施'), '教学仪器设备值达到18967.3836万元，生均教学仪器设备值达29042万元。'],
      'unit-slip',
    );
    expect(f?.message).toContain('10000 倍');
    expect(f?.suggestion).toBe('生均教学仪器设备值约 2.9万元（29042元）');
    expect(
      check([...basics, '校内教学实践工位5928个，生均实践工位9个；计算机2193台，生均3.4台。'], 'unit-slip'),
    ).toHaveLength(2);
  });
  it('leaves 生均 figures that agree alone', () => {
    expect(
      check(
        [
          ...basics,
          '教学仪器设备值达到18967.3836万元，生均教学仪器设备值达2.9万元；工位5928个，生均实践工位0.9个；计算机2193台，生均0.34台。',
        ],
        'unit-slip',
      ),
    ).toEqual([]);
  });
  it('recomputes 生师比, 就业率 and 占…% from numbers in the same paragraph', () => {
    const [ratio] = check([...basics, '专任教师为535人，生师比达15.2:1。'], 'ratio-mismatch');
    expect(ratio?.suggestion).toBe('生师比 12.2:1');
    expect(ratio?.severity).toBe('warning'); // 在校生 comes from 基本情况, maybe another scope
    expect(check(['毕业生总人数为1947人，就业人数1709人，就业率达98%。'], 'ratio-mismatch')[0]?.suggestion).toBe(
      '87.8%',
    );
    // another paragraph: within 10%
    expect(check([...basics, '外聘教师数达到 135 名，占教职工总数 23%。'], 'ratio-mismatch')).toEqual([]);
    const [share] = check(['教职工630人，外聘教师数达到 135 名，占教职工总数 23%。'], 'ratio-mismatch');
    expect(share?.suggestion).toBe('21.4%');
    expect(share?.severity).toBe('error');
  });
  it('leaves ratios that agree alone (the seed’s figures)', () => {
    const ok = [
      '专任教师为535人，中职学校生师比达12.2:1。',
      '专兼职思政课教师 41 名，师生比 1:159。',
      '毕业生总人数为1947人，就业人数1909人，就业率达98%。升入高一级学校就读的学生人数为1259人，占毕业生总数64.7%。',
      '外聘教师数达到 135 名，占教职工总数 21%。',
    ];
    expect(check([...basics, ...ok]).filter((f) => f.rule === 'ratio-mismatch' || f.rule === 'unit-slip')).toEqual([]);
  });
});

describe('inconsistent-value', () => {
  it('shows every place one quantity is given with different values', () => {
    const [f] = check(
      [
        '入驻准东产业学院学生 3300 余名。',
        build.heading(1, '产教融合'),
        '引入疆内高校学生入驻准东产业学院 6000 余名学生。',
        '已入驻准东产业学院 4000 余名学生。',
      ],
      'inconsistent-value',
    );
    expect(f?.message).toBe(
      '“入驻准东产业学院”在不同地方的数字不一致：3300余名 / 6000余名 / 4000余名（如口径不同请忽略）',
    );
    expect(f?.severity).toBe('warning');
    expect(f?.excerpt.split(' ｜ ')).toHaveLength(3);
    expect(check(['中高职就业率达 96%以上。', '就业率达98%。'], 'inconsistent-value')).toHaveLength(1);
  });
  it('leaves equal values, short keys and enumerations in one paragraph alone', () => {
    expect(check(['专任教师为535人。', '专任教师535人。'], 'inconsistent-value')).toEqual([]);
    expect(check(['特等奖 1 项，一等奖 1 项。', '一等奖 29 项。'], 'inconsistent-value')).toEqual([]);
    expect(check(['一是共建实习实训基地2个；二是共建实习实训基地5个。'], 'inconsistent-value')).toEqual([]);
    expect(check(['2024年全年培训教师人数300人。', '同比增长培训教师人数50人。'], 'inconsistent-value')).toEqual([]);
  });
});
