import { describe, expect, it } from 'vitest';
import { importText } from '../../core/import/text-import';
import { type SyntheticReport, syntheticReport } from '../fixtures/synthetic-report';
import { textOutline } from './text-outline';

/**
 * The report as a PDF copy gives it: every ~700 characters a page ends in the middle of a long
 * paragraph, with the page's footer and the next page's header between the two halves.
 */
function withPageFurniture(report: SyntheticReport, furniture: (n: number, chapter: string) => string[]): string {
  const out: string[] = [];
  let chars = 0;
  let page = 1;
  /** The chapter heading above, as typed: many reports run it as the page header. */
  let chapter = '';
  const lines = report.text.split('\n');
  lines.forEach((line, i) => {
    chars += line.length;
    if (report.chapterLines.includes(line)) chapter = line;
    // Past the cover (the first lines), in a long sentence-ending body line, as PDFs break pages anywhere.
    if (i > 20 && chars > 700 && line.length > 80 && /。$/.test(line) && !/^[图【\d（]/.test(line)) {
      // Mid-sentence: a page ending on a full stop leaves two paragraphs that nothing tells from one cut in two.
      let cut = Math.floor(line.length / 2);
      while (/[。！？；]/.test(line[cut - 1]!)) cut += 1;
      out.push(line.slice(0, cut), ...furniture(page, chapter), line.slice(cut));
      page += 1;
      chars = 0;
    } else out.push(line);
  });
  return out.join('\n');
}

const numberings = ['chinese', 'decimal'] as const;

describe.each(numberings)('page numbers and running headers in text copied out of a PDF, %s numbers', (numbering) => {
  const report = syntheticReport(numbering);
  /** The report's title, as its cover has it: the cover's line is kept for the title. */
  const RUNNING_HEADER = report.cover[0]!;
  const clean = textOutline(report.text).shape;

  it.each([
    ['bare numbers', (n: number) => [String(n), RUNNING_HEADER]],
    ['- N -', (n: number) => [`- ${n} -`, RUNNING_HEADER]],
    ['第 N 页', (n: number) => [`第 ${n} 页`, RUNNING_HEADER]],
    ['the number on the header line', (n: number) => [`${RUNNING_HEADER}  ${n}`]],
  ])('are left out, and the halves of each broken paragraph joined again (%s)', (_, furniture) => {
    const paged = withPageFurniture(report, furniture);
    expect(paged.split(RUNNING_HEADER).length - 1).toBeGreaterThan(20);
    const { result, shape } = textOutline(paged);
    expect(shape).toEqual(clean);
    expect(result.cover).toEqual(importText(report.text).cover);
    const note = result.notes.find((n) => n.kind === 'page-furniture-left-out');
    expect(note?.text).toContain(RUNNING_HEADER);
  });

  // Before the first chapter (the 前言) a page carries its number only.
  it.each([
    ['under the page number', (n: number, chapter: string) => [`- ${n} -`, ...(chapter ? [chapter] : [])]],
    ['with the page number on its line', (n: number, chapter: string) => [chapter ? `${chapter}    ${n}` : `- ${n} -`]],
    [
      'on odd pages, the report’s title on even ones',
      (n: number, chapter: string) => [`- ${n} -`, ...(chapter ? [n % 2 ? chapter : RUNNING_HEADER] : [])],
    ],
  ])(
    'keeps a chapter’s own heading when the page header repeats it (%s), once, and leaves the repeats out',
    (_, furniture) => {
      const paged = withPageFurniture(report, furniture);
      expect(paged.split(report.chapterLines[1]!).length - 1).toBeGreaterThan(2);
      const { result, shape } = textOutline(paged);
      expect(shape).toEqual(clean);
      // The note quotes the lines left out, its middle cut short: some of them are chapter headings.
      const note = result.notes.find((n) => n.kind === 'page-furniture-left-out')?.text ?? '';
      expect(report.chapterLines.filter((line) => note.includes(line))).not.toEqual([]);
    },
  );

  it('keeps what only looks like them: table cells and list numbers, a subheading repeated in every case', () => {
    const table = [
      '1 基本情况',
      '学校',
      '招生人数',
      '木垒县职业中专',
      '1',
      '奇台县职业中专',
      '2',
      '吉木萨尔县职业中专',
      '3',
      '学校招生稳定。',
    ];
    const cases = [
      '2 案例',
      ...[1, 2, 3].flatMap((n) => [
        `【案例${n}】校企合作育人第${n}例`,
        '主要做法',
        '学校与企业共建实训基地，学生在真实岗位中学习。',
      ]),
    ];
    const { result, shape } = textOutline([...table, ...cases].join('\n'));
    expect(shape.paragraphs).toEqual(expect.arrayContaining(['1', '2', '3']));
    expect(shape.paragraphs.filter((p) => p === '主要做法')).toHaveLength(3);
    expect(result.notes.map((n) => n.kind)).not.toContain('page-furniture-left-out');
  });
});
