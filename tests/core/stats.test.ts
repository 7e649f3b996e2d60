import { describe, expect, it } from 'vitest';
import { buildReportTree } from '../../core/report-tree';
import { reportStats } from '../../core/stats';
import { doc, h, linebreak, list, p } from '../helpers/doc';

const statsOf = (d: ReturnType<typeof doc>) => reportStats(buildReportTree(d));

describe('reportStats', () => {
  it('is all zeros for an empty document', () => {
    expect(statsOf(doc())).toEqual({
      headings: [0, 0, 0, 0],
      cases: 0,
      figures: 0,
      figuresWithImage: 0,
      tables: 0,
      paragraphs: 0,
      chars: 0,
    });
    expect(statsOf(doc(p()))).toMatchObject({ paragraphs: 0, chars: 0 });
  });

  it('counts headings per level', () => {
    const s = statsOf(
      doc(h(1, '一'), h(2, '二'), h(2, '二'), h(3, '三'), h(4, '四'), h(4, '四'), h(4, '四'), h(1, '一')),
    );
    expect(s.headings).toEqual([2, 2, 1, 3]);
  });

  it('counts non-empty paragraphs only, and list items as text but not as paragraphs', () => {
    const s = statsOf(doc(p('正文一'), p(''), p('   '), p('正文二'), list(['项目一', '项目二'])));
    expect(s.paragraphs).toBe(2);
    expect(s.chars).toBe(3 + 3 + 3 + 3);
  });

  it('counts characters of headings, paragraphs and lists, CJK each as one, whitespace not at all', () => {
    const s = statsOf(
      doc(
        h(1, '基本情况'), // 4
        p('学校现有在校生 3200 人，', linebreak(), '教职工 210 人。'), // 13 + 8
        h(2, '生僻字 𠀀'), // 4
        list(['👍 点赞']), // 3
      ),
    );
    expect(s.chars).toBe(4 + 13 + 8 + 4 + 3);
    // Heading numbers are labels, never counted as text.
    expect(statsOf(doc(h(1, '甲'), h(1, '乙'), h(1, '丙'))).chars).toBe(3);
  });
});
