import { describe, expect, it } from 'vitest';
import { buildReportTree, splitPreface } from '../../core/report-tree';
import { doc, h, linebreak, list, p, text } from '../helpers/doc';

const labels = (d: ReturnType<typeof doc>, style?: 'decimal' | 'chinese') =>
  buildReportTree(d, style ? { headingNumbering: style } : {}).headings.map((x) => `${x.label} ${x.text}`);

describe('report tree headings', () => {
  it('numbers headings 1, 1.1, 1.1.1, 2, 2.1 by position, resetting deeper levels', () => {
    const d = doc(
      h(1, '基本情况'),
      p('正文'),
      h(2, '学校概况'),
      h(3, '历史沿革'),
      h(3, '办学规模'),
      h(2, '办学条件'),
      h(3, '校园面积'),
      h(1, '学生发展'),
      h(2, '在校生'),
      h(3, '招生'),
    );
    expect(labels(d)).toEqual([
      '1 基本情况',
      '1.1 学校概况',
      '1.1.1 历史沿革',
      '1.1.2 办学规模',
      '1.2 办学条件',
      '1.2.1 校园面积',
      '2 学生发展',
      '2.1 在校生',
      '2.1.1 招生',
    ]);
    // The default is decimal.
    expect(labels(d, 'decimal')).toEqual(labels(d));
  });

  it('renumbers when a heading is removed (numbers come from position, not from stored text)', () => {
    const full = doc(h(1, '甲'), h(2, '甲一'), h(1, '乙'), h(2, '乙一'), h(2, '乙二'));
    const without = doc(h(1, '甲'), h(2, '甲一'), h(2, '乙一'), h(2, '乙二'));
    expect(labels(full)).toEqual(['1 甲', '1.1 甲一', '2 乙', '2.1 乙一', '2.2 乙二']);
    expect(labels(without)).toEqual(['1 甲', '1.1 甲一', '1.2 乙一', '1.3 乙二']);
  });

  it('numbers in the chinese style 一、（一）1.（1）', () => {
    const d = doc(
      h(1, '基本情况'),
      h(2, '学校概况'),
      h(3, '历史'),
      h(4, '建校'),
      h(4, '更名'),
      h(3, '规模'),
      h(2, '办学条件'),
      h(1, '学生发展'),
      h(2, '在校生'),
    );
    expect(labels(d, 'chinese')).toEqual([
      '一、 基本情况',
      '（一） 学校概况',
      '1. 历史',
      '（1） 建校',
      '（2） 更名',
      '2. 规模',
      '（二） 办学条件',
      '二、 学生发展',
      '（一） 在校生',
    ]);
  });

  it('reaches 十一、 for the eleventh chapter', () => {
    const d = doc(...Array.from({ length: 12 }, (_, i) => h(1, `第${i + 1}章`)));
    const got = labels(d, 'chinese');
    expect(got[9]).toBe('十、 第10章');
    expect(got[10]).toBe('十一、 第11章');
    expect(got[11]).toBe('十二、 第12章');
  });

  it('numbers a level-2 heading before any level-1 heading as 0.1', () => {
    const d = doc(p('前言'), h(2, '编制说明'), h(2, '数据来源'), h(1, '基本情况'), h(2, '学校概况'));
    expect(labels(d)).toEqual(['0.1 编制说明', '0.2 数据来源', '1 基本情况', '1.1 学校概况']);
    expect(labels(d, 'chinese')).toEqual(['（一） 编制说明', '（二） 数据来源', '一、 基本情况', '（一） 学校概况']);
  });

  it('keeps the number out of the heading text', () => {
    const tree = buildReportTree(doc(h(1, '基本情况'), h(2, '学校', text('概况', 1))), { headingNumbering: 'chinese' });
    const [first, second] = tree.headings;
    expect(first).toMatchObject({ level: 1, label: '一、', text: '基本情况' });
    expect(second).toMatchObject({ level: 2, label: '（一）', text: '学校概况' });
    for (const heading of tree.headings) {
      expect(heading.text.startsWith(heading.label)).toBe(false);
      expect(heading.text).not.toMatch(/^[0-9一二三四五六七八九十（(]/);
    }
  });

  it('treats h5/h6 and unknown tags as body text, not as numbered headings', () => {
    const d = doc(h(1, '甲'), { type: 'heading', tag: 'h5', version: 1, children: [text('小标题')] }, h(2, '甲一'));
    expect(labels(d)).toEqual(['1 甲', '1.1 甲一']);
  });
});

describe('unnumbered headings (摘要, 参考文献: node state numbered false)', () => {
  it('are headings without a number, and the chapters count on without them', () => {
    const unnumbered = (title: string) => ({ ...h(1, title), $: { numbered: false } });
    const tree = buildReportTree(
      doc(unnumbered('摘要'), h(1, '基本情况'), h(2, '学校概况'), unnumbered('参考文献'), h(1, '学生发展')),
      { headingNumbering: 'chinese' },
    );
    expect(tree.headings.map((x) => [x.numbered, x.label, x.text])).toEqual([
      [false, '', '摘要'],
      [true, '一、', '基本情况'],
      [true, '（一）', '学校概况'],
      [false, '', '参考文献'],
      [true, '二、', '学生发展'],
    ]);
  });
});

describe('report tree body blocks', () => {
  it('keeps paragraph text (line breaks as \\n) and list items, in reading order', () => {
    const tree = buildReportTree(
      doc(h(1, '基本情况'), p('第一行', linebreak(), '第二行'), list(['甲', '乙'], true), list(['丙'])),
    );
    const kinds = tree.blocks.map((b) => b.kind);
    expect(kinds).toEqual(['heading', 'paragraph', 'list', 'list']);
    const [, para, ordered, bullet] = tree.blocks;
    expect(para).toMatchObject({ kind: 'paragraph', text: '第一行\n第二行' });
    expect(ordered).toMatchObject({ kind: 'list', ordered: true });
    expect(bullet).toMatchObject({ kind: 'list', ordered: false });
    const itemTexts = (b: typeof ordered) =>
      b?.kind === 'list' ? b.items.map((i) => (typeof i === 'string' ? i : i.text)) : null;
    expect(itemTexts(ordered)).toEqual(['甲', '乙']);
    expect(itemTexts(bullet)).toEqual(['丙']);
  });

  it('keeps a list’s start (Lexical’s `start`), 1 where it has none or a damaged one', () => {
    const started = (start: unknown) => ({ ...list(['丙'], true), start });
    const tree = buildReportTree(doc(list(['甲'], true), started(3), started(0), started('3')));
    expect(tree.blocks.map((b) => (b.kind === 'list' ? b.start : null))).toEqual([1, 3, 1, 1]);
  });

  it('keeps the text of a block type it does not know as a paragraph', () => {
    const tree = buildReportTree(
      doc(
        { type: 'quote', version: 1, children: [text('引文')] },
        { type: 'future-widget', version: 3, children: [text('未知')] },
      ),
    );
    expect(tree.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual(['引文', '未知']);
  });
});

describe('the 前言: text before the first heading', () => {
  const split = (d: ReturnType<typeof doc>) => {
    const { preface, body } = splitPreface(buildReportTree(d));
    return [preface.map((b) => b.kind), body.map((b) => b.kind)];
  };

  it('is the 前言 when it prints something, and the body starts at the first heading', () => {
    expect(split(doc(p('本报告依据……编制。'), p(''), h(1, '基本情况'), p('正文')))).toEqual([
      ['paragraph', 'paragraph'],
      ['heading', 'paragraph'],
    ]);
  });

  it('is no 前言 when it is only empty lines (no empty 前言 page), nor in a report without headings', () => {
    expect(split(doc(p(''), p('  '), h(1, '基本情况'), p('正文')))).toEqual([
      [],
      ['paragraph', 'paragraph', 'heading', 'paragraph'],
    ]);
    expect(split(doc(p('只有正文。')))).toEqual([[], ['paragraph']]);
  });
});
