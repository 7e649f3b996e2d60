import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import sharp from 'sharp';
import { photoLikeJpeg } from '../assets/sample-images';

/** A solid-colour JPEG photo with a gradient stripe, so each photo's bytes differ. */
export async function samplePhoto(seed: number, width = 640, height = 480): Promise<Buffer> {
  const stripe = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<rect x="${(seed * 37) % width}" y="0" width="40" height="${height}" fill="#fff"/></svg>`,
  );
  return sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: (seed * 53) % 256, g: (seed * 97) % 256, b: (seed * 151) % 256 },
    },
  })
    .composite([{ input: stripe }])
    .jpeg({ quality: 80 })
    .toBuffer();
}

const image = (data: Buffer, width = 240, height = 180) =>
  new ImageRun({ type: 'jpg', data, transformation: { width, height } });
const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });

/**
 * A small report as a Word user makes it: styled headings, a paragraph in a foreign font and
 * colour with bold/italic/underline, a bulleted list, a case with two photos side by side in
 * a table (captions in the row below), a photo with its caption below it, a captioned table.
 */
export async function sampleDocx(): Promise<Buffer> {
  const [p1, p2, p3] = await Promise.all([samplePhoto(1), samplePhoto(2), samplePhoto(3)]);
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: '1. 基本情况', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '1.1 规模和结构', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({
            children: [
              new TextRun({ text: '全州共有中职学校6所，', font: 'Comic Sans MS', color: 'FF0000', size: 40 }),
              new TextRun({ text: '在校生1.2万人', bold: true, font: 'Comic Sans MS' }),
              new TextRun({ text: '，', font: 'Comic Sans MS' }),
              new TextRun({ text: '规模稳定', italics: true }),
              new TextRun({ text: '、', underline: {} }),
              new TextRun({ text: '结构优化', underline: {} }),
              new TextRun('。'),
            ],
          }),
          new Paragraph({ text: '开设专业覆盖现代农业', bullet: { level: 0 } }),
          new Paragraph({ text: '开设专业覆盖先进制造', bullet: { level: 0 } }),
          new Paragraph({ text: '1.2 典型案例', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('【案例1】校企合作育人'),
          new Paragraph('学校与企业共建实训基地，学生在真实岗位中学习。'),
          new Table({
            rows: [
              new TableRow({
                children: [
                  cell([new Paragraph({ children: [image(p1)], alignment: AlignmentType.CENTER })]),
                  cell([new Paragraph({ children: [image(p2)] })]),
                ],
              }),
              new TableRow({
                children: [cell([new Paragraph('图1 学生在实训基地')]), cell([new Paragraph('图2 企业导师指导')])],
              }),
            ],
          }),
          new Paragraph({ children: [image(p3, 320, 240)] }),
          new Paragraph('图3 实训基地全景'),
          new Paragraph('本节正文在案例之后继续，说明全州的总体情况。'),
          new Paragraph('表1 各校招生情况'),
          new Table({
            rows: [
              new TableRow({
                tableHeader: true,
                children: [cell([new Paragraph('学校')]), cell([new Paragraph('招生人数')])],
              }),
              new TableRow({ children: [cell([new Paragraph('木垒县职业中专')]), cell([new Paragraph('320')])] }),
              new TableRow({ children: [cell([new Paragraph('奇台县职业中专')]), cell([new Paragraph('415')])] }),
            ],
          }),
          new Paragraph({ text: '2. 人才培养质量', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('正文。'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * `count` phone photos (2000×1500, noisy, so each is re-encoded), each with its caption below.
 * `large`: 6000×4500 instead (27 MP, flat colour), which an import sizes for print before the report opens.
 */
export async function photoDocx(count: number, { large = false } = {}): Promise<Buffer> {
  const photo = (i: number) =>
    large ? samplePhoto(i + 1, 6000, 4500) : photoLikeJpeg(2000, 1500, { seed: i + 1, quality: 92 });
  const photos = await Promise.all(Array.from({ length: count }, (_, i) => photo(i)));
  const children = photos.flatMap((data, i) => [
    new Paragraph({ children: [image(data)] }),
    new Paragraph(`图${i + 1} 活动照片${i + 1}`),
  ]);
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/**
 * A school's report with three cases, each with a photo. The second is labelled 案例2： (a note
 * on it), and a chapter number is used twice (a note outside the cases).
 */
export async function schoolCasesDocx(): Promise<Buffer> {
  const photo = async (seed: number, caption: string) => [
    new Paragraph({ children: [image(await samplePhoto(seed, 800, 600), 320, 240)] }),
    new Paragraph(caption),
  ];
  const children = [
    new Paragraph('一、基本情况'),
    new Paragraph('学校现有在校生3200人。'),
    new Paragraph('【案例1】产教融合育人'),
    new Paragraph('学校与园区企业共建实训基地。'),
    ...(await photo(4, '图1 实训基地揭牌')),
    new Paragraph('一、人才培养'),
    new Paragraph('案例2：技能大赛引领'),
    new Paragraph('学校以赛促教，学生获奖12项。'),
    ...(await photo(5, '图2 技能大赛获奖现场')),
    new Paragraph('【案例3】劳动教育'),
    new Paragraph('学生参加劳动实践。'),
    ...(await photo(6, '图3 学生在农场劳动')),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
