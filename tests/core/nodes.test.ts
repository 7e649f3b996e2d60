import { describe, expect, it } from 'vitest';
import { build, demoteHeadings } from '../../core/document/nodes';

describe('demoteHeadings', () => {
  it('moves every heading down by the levels asked, none past 标题 4, and leaves other blocks alone', () => {
    const blocks = [
      build.heading(1, '学校概况'),
      build.paragraph('正文。'),
      build.heading(3, '专业'),
      build.heading(4, '新增专业'),
    ];
    expect(demoteHeadings(blocks, 2).map((b) => b.tag ?? b.type)).toEqual(['h3', 'paragraph', 'h4', 'h4']);
    expect(demoteHeadings(blocks, 0)).toEqual(blocks);
  });
});
