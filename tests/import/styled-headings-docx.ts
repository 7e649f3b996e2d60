import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

const BODY =
  '学校坚持立德树人根本任务，深化产教融合、校企合作，人才培养质量稳步提升，服务区域经济社会发展的能力不断增强。';

/** The outline of styledHeadingsDocx: level and text of each heading, typed without a number. */
export const STYLED_OUTLINE = [
  [1, '基本情况'],
  [2, '学校概况'],
  [2, '专业建设'],
  [1, '人才培养'],
  [2, '德育工作'],
] as const;

/**
 * A Word report whose headings are set only by Word's heading styles, with no typed numbers:
 * what its PDF shows of them is their size and font. Two pages of text under each chapter.
 */
export function styledHeadingsDocx(): Promise<Buffer> {
  const levels = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2 } as const;
  const children = [
    new Paragraph({ text: '某某职业学校质量年度报告', heading: HeadingLevel.TITLE }),
    new Paragraph({ text: '', pageBreakBefore: true }),
    ...STYLED_OUTLINE.flatMap(([level, text]) => [
      new Paragraph({ text, heading: levels[level] }),
      ...Array.from({ length: 4 }, () => new Paragraph({ text: BODY.repeat(3), indent: { firstLine: 480 } })),
    ]),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
