import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../core/import/text-import';
import { type BodyBlock, buildReportTree } from '../../core/report-tree';
import { figureLayout } from '../import/text-outline';
import { SEED_PATH } from './seed-path';

interface Outline {
  headings: { level: number; text: string }[];
  cases: string[];
  figures: string[];
  figureRows: number[][];
  caseFigures: Record<string, number[]>;
}

const seed = readFileSync(SEED_PATH, 'utf8');
const expected = JSON.parse(readFileSync(new URL('./changji-outline.json', import.meta.url), 'utf8')) as Outline;
const result = importText(seed);
const tree = buildReportTree(result.document);

/** Sentence-final marks (closing quotes and brackets may follow): a paragraph ending otherwise breaks mid-sentence. */
const SENTENCE_END = /[。！？；：!?;:][”’）)]*$/;

describe('import of the seed report (tests/seed/changji-outline.json, read off the seed by hand)', () => {
  it('recovers every heading at its level, in order, without typed numbers', () => {
    expect(tree.headings.map((h) => ({ level: h.level, text: h.text }))).toEqual(expected.headings);
    expect(tree.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      '基本情况',
      '人才培养质量',
      '服务贡献质量',
      '文化传承质量',
      '国际合作质量',
      '产教融合质量',
      '发展保障',
      '特色发展质量',
      '挑战与展望',
    ]);
  });

  it('finds the 24 cases with their titles in order', () => {
    expect(tree.cases.map((c) => c.title)).toEqual(expected.cases);
  });

  it('makes the 53 captions placeholder figures with their texts in order, continuation lines joined', () => {
    expect(tree.figures.map((f) => f.caption)).toEqual(expected.figures);
    expect(tree.figures.every((f) => f.image === null)).toBe(true);
  });

  it('puts captions typed on one line into figure rows', () => {
    expect(figureLayout(tree).rows).toEqual(expected.figureRows);
  });

  it('ends each case before the next heading or case, or at section text after its photos', () => {
    expect(figureLayout(tree).caseFigures).toEqual(expected.caseFigures);
    // 【案例13】 ends after 图28: the paragraph on teaching-skills contests belongs to 2.4.3.
    const after13 = tree.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('以教师教学能力比赛为抓手'));
    expect(after13?.section).toBe(tree.headings.findIndex((h) => h.text === '教师团队'));
  });

  it('leaves no paragraph ending mid-sentence where the seed goes on in the next paragraph', () => {
    const broken: string[] = [];
    const check = (blocks: readonly BodyBlock[]) => {
      for (let i = 0; i + 1 < blocks.length; i += 1) {
        const a = blocks[i]!;
        const b = blocks[i + 1]!;
        if (a.kind === 'paragraph' && b.kind === 'paragraph' && !SENTENCE_END.test(a.text))
          broken.push(a.text.slice(-30));
        if (a.kind === 'list' && !a.items.every((item) => SENTENCE_END.test(item.text)))
          broken.push(a.items.map((x) => x.text.slice(-20)).join('|'));
      }
    };
    check(tree.blocks.filter((b): b is BodyBlock => b.kind !== 'heading' && b.kind !== 'case'));
    for (const c of tree.cases) check(c.body);
    expect(broken).toEqual([]);
    // Known page breaks of the seed, each now inside one paragraph.
    const texts = tree.blocks.flatMap((b) =>
      b.kind === 'paragraph'
        ? [b.text]
        : b.kind === 'case'
          ? b.body.flatMap((x) => (x.kind === 'paragraph' ? [x.text] : []))
          : [],
    );
    for (const seam of [
      '思政教育的融入点',
      '不断加强筑牢',
      '目前职学校有专兼职',
      '为产业发展输送人才',
      '加大对农业农村急需领域',
    ]) {
      expect(
        texts.some((t) => t.includes(seam)),
        seam,
      ).toBe(true);
    }
  });

  it('turns the numbered items of 9.1 and 9.2 into lists, the page-broken item rejoined', () => {
    const lists = tree.blocks.filter((b) => b.kind === 'list');
    expect(lists.map((l) => l.items.length)).toEqual([3, 4]);
    expect(lists[1]!.items[0]!.text).toMatch(/^提升职业教育办学质量。.*充分发挥闽昌职业教育联盟平台作用/);
  });

  it('reports the source numbering anomalies and repairs, each with its source text', () => {
    const kinds = (k: string) => result.notes.filter((n) => n.kind === k);
    expect(kinds('heading-number-duplicate').map((n) => n.text)).toEqual(['4.2 文化育人实践']);
    expect(kinds('heading-number-skipped')).toEqual([]);
    expect(kinds('case-label-non-standard').map((n) => n.text)).toEqual([
      '【典型案例 5】党团共享结对共建打造育人新空间',
    ]);
    expect(kinds('case-number-out-of-sequence')).toEqual([]);
    expect(kinds('figure-number-out-of-sequence')).toEqual([]);
    expect(kinds('caption-without-photo')).toHaveLength(53);
    expect(kinds('caption-joined')).toHaveLength(5);
    expect(kinds('heading-split').map((n) => n.text)).toEqual([expect.stringMatching(/^3\.2 服务区域发展支持校地/)]);
    expect(kinds('paragraphs-rejoined').length).toBeGreaterThan(30);
    for (const n of result.notes) expect(n.text.length).toBeGreaterThan(0);
    expect(result.title).toBe('昌吉州中等职业教育质量年度报告');
  });
});
