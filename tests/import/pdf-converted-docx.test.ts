import { Document, PageBreak, Packer, Paragraph, SectionType } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildReportTree } from '../../core/report-tree';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { syntheticReport } from '../fixtures/synthetic-report';
import { samplePhoto } from './docx-fixture';
import { RUNNING_HEADER, pdfConvertedBoxesDocx, pdfConvertedDocx, pdfConvertedLinesDocx } from './pdf-converted-docx';
import { expectSameOutline, outlineShape, textOutline } from './text-outline';

const synthetic = syntheticReport();
const importDocx = async (bytes: Buffer) => importDocxBytes(bytes, collectPhotos().addPhoto);
const sections = (pages: string[][], type?: (typeof SectionType)[keyof typeof SectionType]) =>
  new Document({
    sections: pages.map((page) => ({
      ...(type && { properties: { type } }),
      children: page.map((text) => new Paragraph(text)),
    })),
  });

describe('a .docx converted from a PDF (WPS PDF转Word, pdf2docx): a section a page, sentences cut at page ends', () => {
  it('imports as the report’s text does: every cut sentence joined, page numbers and running headers out', async () => {
    const { bytes, cuts } = await pdfConvertedDocx(synthetic.text);
    const result = await importDocx(bytes);
    const back = outlineShape(result);
    const clean = textOutline(synthetic.text).shape;
    expectSameOutline(back, clean, 0);
    expect(back.paragraphs).toEqual(clean.paragraphs);
    expect(back.paragraphs.filter((p) => p.includes(RUNNING_HEADER) || /- \d+ -/.test(p))).toEqual([]);
    const converted = result.notes.find((n) => n.kind === 'converted-from-pdf');
    // Each cut the converter made, but for one whose line ended a sentence there too (nothing tells those apart).
    expect(Number(/（(\d+) 处/.exec(converted?.message ?? '')?.[1])).toBeGreaterThanOrEqual(cuts - 3);
    expect(result.notes.map((n) => n.kind)).toContain('page-furniture-left-out');
  });

  it('pairs each photo with its caption, also across a page end between them', async () => {
    // One photo throughout: pairing is what is tested here, not sizing photos.
    const { bytes } = await pdfConvertedDocx(synthetic.text, { photo: await samplePhoto(1, 400, 300) });
    const result = await importDocx(bytes);
    const tree = buildReportTree(result.document);
    expect(tree.figures.map((f) => [f.caption, f.image !== null])).toEqual(
      textOutline(synthetic.text).shape.figures.map((caption) => [caption, true]),
    );
    expectSameOutline(outlineShape(result), textOutline(synthetic.text).shape, 0);
  });

  it('imports as the report’s text does when the converter kept every printed line a paragraph', async () => {
    const result = await importDocx(await pdfConvertedLinesDocx(synthetic.text, 60));
    // A line exactly full looks like one that goes on: its paragraph may be joined to the next.
    expectSameOutline(outlineShape(result), textOutline(synthetic.text).shape, 3);
    expect(result.notes.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['converted-from-pdf', 'lines-unwrapped', 'page-furniture-left-out']),
    );
  });

  it('imports as the report’s text does when the converter set every printed line in a text box (版式优先)', async () => {
    const result = await importDocx(await pdfConvertedBoxesDocx(synthetic.text, 60));
    expect(outlineShape(result).paragraphs.length).toBeGreaterThan(80);
    expectSameOutline(outlineShape(result), textOutline(synthetic.text).shape, 3);
    expect(result.notes.map((n) => n.kind)).toEqual(
      expect.arrayContaining(['converted-from-pdf', 'lines-unwrapped', 'page-furniture-left-out']),
    );
  });

  it('a Word file with page breaks between whole paragraphs is read as is: nothing joined or left out', async () => {
    // Chapters each on a new page; a line without a full stop before the next paragraph, and a bare number in the text.
    const pages = [
      [
        '一、基本情况',
        '学校坚持立德树人，全面推进课程思政建设，形成了具有特色的育人体系',
        '学校现有专业12个，在校生3200人。',
        '2025',
      ],
      ['二、人才培养', '学校深化产教融合，与42家企业共建实训基地，学生实习对口率持续提升', '毕业生就业率达到96%。'],
      [
        '三、服务贡献',
        '学校面向区域产业开展技能培训，年培训量超过5000人次，服务地方发展成效明显',
        '开展送教下乡活动。',
      ],
    ];
    for (const type of [undefined, SectionType.ODD_PAGE]) {
      const result = await importDocx(await Packer.toBuffer(sections(pages, type)));
      expect(outlineShape(result).paragraphs).toEqual(pages.flatMap((page) => page.slice(1)));
      expect(result.notes.map((n) => n.kind)).not.toContain('converted-from-pdf');
    }
  });

  it('a sentence cut at a section break is a slip, not a converted file; continuous breaks cut no page', async () => {
    const cutOnce = [
      ['一、基本情况', '学校坚持立德树人，全面推进课程思政建设，形成了'],
      ['具有特色的育人体系。', '学校现有专业12个。'],
    ];
    const once = await importDocx(await Packer.toBuffer(sections(cutOnce)));
    expect(once.notes.map((n) => n.kind)).not.toContain('converted-from-pdf');
    expect(outlineShape(once).paragraphs).toHaveLength(3);

    const cutTwice = [
      ...cutOnce.slice(0, 1),
      ['具有特色的育人体系。学校围绕区域产业布局，持续优化专业设置，推动'],
      ['专业群建设。', '学校现有专业12个。'],
    ];
    const twice = await importDocx(await Packer.toBuffer(sections(cutTwice)));
    expect(twice.notes.find((n) => n.kind === 'converted-from-pdf')?.text).toMatch(/形成了｜具有特色的育人体系。/);
    expect(outlineShape(twice).paragraphs).toEqual([
      '学校坚持立德树人，全面推进课程思政建设，形成了具有特色的育人体系。学校围绕区域产业布局，持续优化专业设置，推动专业群建设。',
      '学校现有专业12个。',
    ]);

    const continuous = await importDocx(await Packer.toBuffer(sections(cutTwice, SectionType.CONTINUOUS)));
    expect(continuous.notes.map((n) => n.kind)).not.toContain('converted-from-pdf');

    // A converter that ends its pages with a page break (a paragraph holding only that) instead of a section.
    const withBreaks = new Document({
      sections: [
        {
          children: cutTwice.flatMap((page, i) => [
            ...(i ? [new Paragraph({ children: [new PageBreak()] })] : []),
            ...page.map((text) => new Paragraph(text)),
          ]),
        },
      ],
    });
    const broken = await importDocx(await Packer.toBuffer(withBreaks));
    expect(broken.notes[0]?.kind).toBe('converted-from-pdf');
    expect(outlineShape(broken).paragraphs).toEqual(outlineShape(twice).paragraphs);
  });
});
