import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { check, inText } from './check-helpers';

describe('doubled-word', () => {
  it('finds a word or a character typed twice, and a clause typed twice', () => {
    expect(inText('由法治副校长校长实地讲解思政课。', 'doubled-word').map((f) => f.message)).toEqual(['“校长”重复']);
    const [learn] = inText('不仅组织学生学学习雷锋同志的先进事迹，学习先进，学习榜样，学习精神。', 'doubled-word');
    expect(learn?.message).toBe('“学”重复');
    expect(learn?.suggestion).toContain('学生学习雷锋');
    expect(inText('开展岗位培训，培训，有效解决了人才不足的问题。', 'doubled-word')[0]?.message).toBe(
      '“培训”连续出现两次',
    );
  });

  it('leaves legitimate reduplication alone (人人, 常常, 天天, 一一, 谢谢, 看看, 渐渐, 年年, AABB, 一个一个)', () => {
    for (const text of [
      '形成我为人人、人人为我的社会风气。',
      '常常深入一线，天天坚持训练。',
      '一一对应，谢谢大家，大家看看。',
      '学生渐渐成长，年年获奖。',
      '认认真真做事，踏踏实实做人。',
      '一个一个地落实。',
      '搭建师生、生生情感交流平台。',
      '王桂珍奶奶的事迹。',
      '研究研究再定。',
    ]) {
      expect(inText(text, 'doubled-word'), text).toEqual([]);
    }
  });

  it('leaves two words meeting on one character alone (学校|校长, 管理|理念, 企业|企业家)', () => {
    for (const text of [
      '学校校长带队调研。',
      '更新管理理念。',
      '2期大型企业企业家进校园座谈交流活动。',
      '中高职职业教育专业体系。',
    ]) {
      expect(inText(text, 'doubled-word'), text).toEqual([]);
    }
  });

  it('leaves a three-character word meeting the next on one character alone (示范课|课堂), still finding 课课程', () => {
    for (const text of ['打造思政示范课课堂教学模式。', '开设实验班班级管理课程。']) {
      expect(inText(text, 'doubled-word'), text).toEqual([]);
    }
    expect(inText('学校开设了课课程思政建设。', 'doubled-word').map((f) => f.message)).toHaveLength(1);
  });
});

describe('doubled-measure-word', () => {
  it('finds a measure word doubled after a number', () => {
    const [f] = inText('生均纸质图书29.78万册册，电子图书总数达34.41万册。', 'doubled-measure-word');
    expect(f?.message).toBe('量词“册”重复');
    expect(f?.suggestion).toBe('图书29.78万册');
    expect(inText('共有3个个体工商户参与，完成5项项目，2名名师授课，录取3本本科。', 'doubled-measure-word')).toEqual(
      [],
    );
    expect(inText('新建实训室2间间。', 'doubled-measure-word')).toHaveLength(1);
  });
});

describe('stray-latin-word', () => {
  it('finds English function words between Chinese words', () => {
    const [f] = inText('以国家、自治区最新文件精神 and 表彰成果等为主要依据。', 'stray-latin-word');
    expect(f?.message).toBe('中文里夹着英文单词“and”');
    expect(f?.suggestion).toBe('和');
    expect(inText('学习思想And党的精神。', 'stray-latin-word')).toHaveLength(1);
  });

  it('leaves real abbreviations alone (SYB, PLC, CAD, 1+X, 3D, AI, VR, OR, IT)', () => {
    const text =
      '引入 SYB 课程，开设《PLC 可编程应用技术》，配套 51 套 CAD 软件，开展 1+X 证书试点，新增 6 台 3D 打印机，建设 AI 与 VR 实训室，OR 考核，IT 运维。';
    expect(inText(text, 'stray-latin-word')).toEqual([]);
  });
});

describe('mixed-punctuation', () => {
  it('finds a half-width mark in a sentence with full-width ones', () => {
    const [f] = inText('五个社区微活动(微党课、微讲堂、微阅读)，联动开展党建活动。', 'mixed-punctuation');
    expect(f?.message).toContain('“(”');
    expect(f?.suggestion).toBe('（');
    expect(inText('学校高度重视,全面推进改革。', 'mixed-punctuation')[0]?.suggestion).toBe('，');
  });

  it('leaves numbers, ratios and all-English text alone', () => {
    expect(inText('目前师生比达到 1: 12.2，生师比 12.2:1，经费 1,200 万元。', 'mixed-punctuation')).toEqual([]);
    expect(inText('访问 http://example.com 了解详情。', 'mixed-punctuation')).toEqual([]);
  });
});

describe('repeated-sentence', () => {
  const s1 = '开展了国家通用语言培训近万人次，着力提高少数民族学生的汉语水平。';
  it('finds a sentence repeated exactly, in the paragraph or elsewhere', () => {
    expect(check([`${s1}其他内容在这里写明白了。${s1}`], 'repeated-sentence')[0]?.message).toBe(
      '这句话与本段中的一句完全相同',
    );
    const across = check([build.heading(1, '基本情况'), s1, build.heading(1, '人才培养'), s1], 'repeated-sentence');
    expect(across).toHaveLength(1);
    expect(across[0]?.message).toContain('1 基本情况');
    expect(across[0]?.location.blockPath).toEqual([3]);
  });

  it('finds a near copy with a clause added, but not a short clause shared by two different sentences', () => {
    const a = '玛纳斯县围绕职业技能培训、全民健康等主题，广泛开展线上线下相结合的讲座、培训等活动。';
    const b = '玛纳斯县围绕职业技能培训、全民健康等主题，广泛开展线上线下相结合的讲座、培训等活动，组织340人次参与。';
    expect(check([a, b], 'repeated-sentence')[0]?.message).toBe('这句话与前言中的一句几乎相同');
    expect(
      check(
        [
          '积极开展融合育人，5 所中职校开展现代学徒制试点，6 个试点专业通过国家验收。',
          '建设精品在线课程 7 门；4 个现代学徒制试点专业通过国家验收；',
        ],
        'repeated-sentence',
      ),
    ).toEqual([]);
    expect(check(['学校高度重视职业教育工作。', '学校高度重视职业教育工作。'], 'repeated-sentence')).toEqual([]); // too short to matter
  });
});
