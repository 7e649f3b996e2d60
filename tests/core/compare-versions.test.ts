import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { compareVersions } from '../../core/history/compare';

const version = (...blocks: Parameters<typeof build.document>[0]) => build.document(blocks);

describe('compareVersions (历史版本 → 比较)', () => {
  it('shows unchanged blocks once, an edited one as removed then added, and new and dropped blocks in place', () => {
    const older = version(
      build.heading(1, '基本情况'),
      build.paragraph('全州共有中职学校6所。'),
      build.paragraph('删掉的一段。'),
      build.caseBlock('红韵启智', [build.paragraph('案例正文。')]),
    );
    const newer = version(
      build.heading(1, '基本情况'),
      build.paragraph('全州共有中职学校7所。'),
      build.caseBlock('红韵启智', [build.paragraph('案例正文。')]),
      build.paragraph('新加的一段。'),
    );
    expect(compareVersions(older, newer).map((b) => [b.change, b.type, b.text])).toEqual([
      ['same', 'heading', '基本情况'],
      ['removed', 'paragraph', '全州共有中职学校6所。'],
      ['removed', 'paragraph', '删掉的一段。'],
      ['added', 'paragraph', '全州共有中职学校7所。'],
      ['same', 'case', expect.stringContaining('案例正文。')],
      ['added', 'paragraph', '新加的一段。'],
    ]);
  });

  it('finds nothing changed between a version and itself, and everything added against an empty report', () => {
    const doc = version(build.heading(1, '基本情况'), build.paragraph('正文。'));
    expect(compareVersions(doc, doc).every((b) => b.change === 'same')).toBe(true);
    expect(compareVersions(version(build.paragraph('')), doc).map((b) => b.change)).toEqual(['added', 'added']);
  });

  it('keeps the order of a long report compared greedily', () => {
    const many = (n: number, edited: number) =>
      version(...Array.from({ length: n }, (_, i) => build.paragraph(i === edited ? '改过的段落' : `第${i}段`)));
    const result = compareVersions(many(2100, -1), many(2100, 1000));
    expect(result.filter((b) => b.change !== 'same').map((b) => [b.change, b.text])).toEqual([
      ['removed', '第1000段'],
      ['added', '改过的段落'],
    ]);
    expect(result).toHaveLength(2101);
  });
});
