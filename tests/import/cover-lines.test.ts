import { describe, expect, it } from 'vitest';
import { readCover } from '../../core/import/cover-lines';
import { plainRuns } from '../../core/import/inline-runs';
import { recognise } from '../../core/import/recognise';
import { type SourceBlock, para } from '../../core/import/source-blocks';
import { importText } from '../../core/import/text-import';
import { buildReportTree } from '../../core/report-tree';
import { metaFromSource } from '../../electron/import/import-to-report';
import { syntheticReport } from '../fixtures/synthetic-report';

describe('cover lines', () => {
  it('reads a bureau’s cover typed as the seed’s is: title, year, issuer and date', () => {
    const { text } = syntheticReport();
    const lines = text.slice(0, text.indexOf('前 言')).split('\n');
    expect(lines.filter(Boolean)).toEqual([
      '锦川州中等职业教育 质量年度报告',
      '(2025年)',
      '锦川州教育局',
      '2025年12月',
    ]);
    expect(readCover(lines)).toEqual({
      title: '锦川州中等职业教育质量年度报告',
      year: 2025,
      issuer: '锦川州教育局',
      issuedOn: '2025年12月',
      kind: 'bureau',
    });
  });

  it('tells a school from a bureau and takes the year from the date or the title when there is no year line', () => {
    expect(
      readCover(['木垒县职业技术学校', '2024年质量年度报告', '木垒县职业技术学校', '2024 年 12 月 30 日']),
    ).toEqual({
      title: '木垒县职业技术学校2024年质量年度报告',
      year: 2024,
      issuer: '木垒县职业技术学校',
      issuedOn: '2024年12月30日',
      kind: 'school',
    });
    expect(readCover(['某某学院质量报告（2023年）'])).toEqual({ title: '某某学院质量报告（2023年）', year: 2023 });
    expect(readCover(['  ', ''])).toBeNull();
  });

  it('lets what the user gave win over the cover, and the cover over defaults', () => {
    const cover = {
      title: '昌吉州中等职业教育质量年度报告',
      year: 2025,
      issuer: '昌吉回族自治州教育局',
      issuedOn: '2025年12月',
      kind: 'bureau' as const,
    };
    const numbering = { headings: null, chapters: null, figures: null, cases: null };
    expect(metaFromSource({ cover, numbering }, {}, 'seed')).toMatchObject({
      title: cover.title,
      organisation: cover.issuer,
      year: 2025,
      kind: 'bureau',
      issuer: cover.issuer,
      issuedOn: '2025年12月',
    });
    expect(metaFromSource({ cover, numbering }, { year: 2026, kind: 'school', title: '新标题' }, 'seed')).toMatchObject(
      { title: '新标题', year: 2026, kind: 'school' },
    );
    expect(metaFromSource({ cover: null, numbering }, {}, 'report')).toMatchObject({
      title: 'report',
      organisation: '',
      kind: 'school',
      issuer: '',
    });
  });

  it('numbers the new report as the source typed its numbers, unless the caller chose', () => {
    const typed = {
      cover: null,
      numbering: { headings: 'chinese', chapters: 'part', figures: 'per-chapter', cases: 'per-chapter' } as const,
    };
    expect(metaFromSource(typed, {}, 'report')).toMatchObject({
      headingNumbering: 'chinese',
      chapterLabel: 'part',
      figureNumbering: 'per-chapter',
      caseNumbering: 'per-chapter',
    });
    expect(metaFromSource(typed, { headingNumbering: 'decimal' }, 'report')).toMatchObject({
      headingNumbering: 'decimal',
      figureNumbering: 'per-chapter',
    });
    const untyped = metaFromSource(
      { cover: null, numbering: { headings: null, chapters: null, figures: null, cases: null } },
      {},
      'report',
    );
    expect([untyped.headingNumbering, untyped.chapterLabel, untyped.figureNumbering, untyped.caseNumbering]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('a cover without 前言, and a typed 目录', () => {
  const read = (lines: string[]) => {
    const result = importText(lines.join('\n'));
    const tree = buildReportTree(result.document);
    return {
      result,
      headings: tree.headings.map((h) => `${h.level} ${h.text}`),
      paragraphs: tree.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
    };
  };
  const kinds = (notes: readonly { kind: string }[]) => notes.map((n) => n.kind);

  it('leaves out a cover that runs straight into the first chapter, and a 目录 copied out of a PDF', () => {
    const { result, headings, paragraphs } = read([
      '某某职业技术学校',
      '2025年质量年度报告',
      '2025年12月',
      '目  录',
      '一、学校概况……………………………………1',
      '（一）学校基本情况……………………………1',
      '二、学生发展…………………………………3',
      '一、学校概况',
      '（一）学校基本情况',
      '学校始建于1985年，现有在校生3000人。',
      '二、学生发展',
      '学生满意度持续提升。',
    ]);
    expect(headings).toEqual(['1 学校概况', '2 学校基本情况', '1 学生发展']);
    expect(paragraphs).toEqual(['学校始建于1985年，现有在校生3000人。', '学生满意度持续提升。']);
    expect(result.cover).toMatchObject({
      title: '某某职业技术学校2025年质量年度报告',
      issuer: '某某职业技术学校',
      issuedOn: '2025年12月',
      year: 2025,
    });
    expect(kinds(result.notes)).toEqual(['toc-left-out', 'cover-moved']);
    expect(result.notes[0]!.text).toContain('二、学生发展');
  });

  it('finds that cover when a photo follows soon after it (a Word file)', () => {
    const line = (text: string) => para(plainRuns(text));
    const photo: SourceBlock = { kind: 'images', images: [null], captions: [plainRuns('学校全景')] };
    const result = recognise(
      [
        line('某某职业技术学校'),
        line('2025年质量年度报告'),
        line('一、学校概况'),
        line('学校全景如下。'),
        photo,
        line('二、学生发展'),
        line('正文。'),
      ],
      { repairText: false },
    );
    expect(result.cover?.title).toBe('某某职业技术学校2025年质量年度报告');
    expect(buildReportTree(result.document).blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toEqual([
      '学校全景如下。',
      '正文。',
    ]);
  });

  it('takes entries with page numbers after white space under a 目录 title, before 前言', () => {
    const { result, headings } = read([
      '目录',
      '前言 1',
      '1. 基本情况 2',
      '1.1 规模和结构 2',
      '2. 学生发展 5',
      '前言',
      '正文开始。',
      '1. 基本情况',
      '1.1 规模和结构',
      '正文。',
      '2. 学生发展',
      '正文。',
    ]);
    expect(headings).toEqual(['1 基本情况', '2 规模和结构', '1 学生发展']);
    expect(result.cover).toBeNull();
    expect(kinds(result.notes)).toEqual(['toc-left-out']);
  });

  it('keeps opening lines that are no cover: a sentence, a line not naming a report, a heading-less text', () => {
    expect(read(['本年度学校发展稳中有进，成效明显。', '一、学校概况', '正文。']).paragraphs[0]).toBe(
      '本年度学校发展稳中有进，成效明显。',
    );
    expect(read(['数据截至2025年8月31日', '一、学校概况', '正文。']).paragraphs[0]).toBe('数据截至2025年8月31日');
    expect(read(['2025年质量年度报告']).paragraphs).toEqual(['2025年质量年度报告']);
    // Body lines that end in a number are kept unless two or more run with dot leaders.
    expect(read(['一、学校概况', '招生人数 320', '在校生……3000']).paragraphs).toEqual(['招生人数 320', '在校生……3000']);
  });
});
