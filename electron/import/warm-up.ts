import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp, { type Color } from 'sharp';
import { readImportFile } from './read-import';

/**
 * One small import, run once the app has started, so the user's first import finds its code
 * compiled: V8 compiles a function on its first call, which made a first import about twice as
 * slow as a second (`npm run bench import`). A short report made here, in a folder of its own
 * that is removed after, is read and recognised the way a user's is, in the background worker
 * that reads imports (heavy-work.ts), whose code is the one that needs compiling. A short PDF
 * follows: pdf.js is a large module, and loading and compiling it made a first PDF import
 * several times slower than a second.
 */
export async function warmUpImport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-warm-up-'));
  try {
    for (const [name, bytes] of [
      ['热身.docx', await warmUpDocx()],
      ['热身.pdf', await warmUpPdf()],
    ] as const) {
      const input = join(dir, name);
      writeFileSync(input, bytes);
      await readImportFile(input);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The short report is repeated this often: V8 optimises a function once it has run many times,
 * and a first import after one pass was still half again as slow as after forty.
 */
const WARM_UP_SECTIONS = 40;

/** A plain JPEG of that many pixels: smaller ones are taken for icons and left out of a PDF. */
function solidJpeg(width: number, height: number, background: Color = '#6a8'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .jpeg()
    .toBuffer();
}

async function warmUpDocx(): Promise<Buffer> {
  const photo = await solidJpeg(64, 48);
  const image = () => new ImageRun({ type: 'jpg', data: photo, transformation: { width: 64, height: 48 } });
  const cell = (children: Paragraph[]) => new TableCell({ children });
  const body = '学校坚持立德树人，深化产教融合，办学条件持续改善，人才培养质量稳步提升。';
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: Array.from({ length: WARM_UP_SECTIONS }, () => [
            new Paragraph('职业教育质量年度报告（2025年）'),
            new Paragraph({ text: '一、基本情况', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('1.1 规模结构'),
            new Paragraph(body),
            // A sentence cut in two, as text copied out of a PDF has at every page end.
            new Paragraph(body.slice(0, 20)),
            new Paragraph(body.slice(20)),
            new Paragraph('【案例1】校企共建实训基地'),
            new Paragraph(body),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    cell([new Paragraph({ children: [image()] })]),
                    cell([new Paragraph({ children: [image()] })]),
                  ],
                }),
                new TableRow({ children: [cell([new Paragraph('图1 实训')]), cell([new Paragraph('图2 课堂')])] }),
              ],
            }),
            new Paragraph({ children: [image()] }),
            new Paragraph('图3 校园全景'),
            new Paragraph({ text: '（一）学生发展', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: '毕业生就业率98%', bullet: { level: 0 } }),
            new Paragraph('表1 招生情况'),
            new Table({
              rows: [
                new TableRow({ children: [cell([new Paragraph('专业')]), cell([new Paragraph('人数')])] }),
                new TableRow({ children: [cell([new Paragraph('护理')]), cell([new Paragraph('320')])] }),
              ],
            }),
          ]).flat(),
        },
      ],
    }),
  );
}

/**
 * The PDF's pages, one per heading (each a paragraph, a ruled table, a photo and its caption, a
 * folio). Four pages left a first PDF import of a seed-sized report about a third slower than a
 * second; sixteen come close. Each heading has its own words: a line at the top of every page
 * that repeats is a running header.
 */
const WARM_UP_HEADINGS = [
  'Basic situation',
  'Students',
  'Teachers',
  'Training rooms',
  'Majors',
  'Courses',
  'Enterprises',
  'Graduates',
  'Funding',
  'Campus',
  'Research',
  'Services',
  'Culture',
  'Exchanges',
  'Challenges',
  'Plans',
];

/**
 * A PDF in the shape a printed report has, in Latin text (pdf-lib's standard fonts have no
 * Chinese): what pdf.js is asked for on a real one (text, rules, a JPEG) and our passes over it.
 */
export async function warmUpPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const body = 'The school kept growing: more students, better teachers and new training rooms this year.';
  for (let n = 1; n <= WARM_UP_HEADINGS.length; n++) {
    const page = doc.addPage([595, 842]);
    // A photo of its own: one picture on every page is the pages' decoration, not a figure.
    const jpeg = await doc.embedJpg(await solidJpeg(320, 240, { r: 100, g: 10 * n, b: 120 }));
    page.drawText(`${n} ${WARM_UP_HEADINGS[n - 1]}`, { x: 72, y: 760, size: 16, font: bold });
    for (let line = 0; line < 3; line++) page.drawText(body, { x: 72, y: 730 - line * 18, size: 10.5, font });
    const [left, top, width, row] = [72, 650, 300, 20];
    for (let r = 0; r <= 3; r++)
      page.drawLine({ start: { x: left, y: top - r * row }, end: { x: left + width, y: top - r * row } });
    for (const x of [left, left + width / 2, left + width])
      page.drawLine({ start: { x, y: top }, end: { x, y: top - 3 * row } });
    for (let r = 0; r < 3; r++) {
      page.drawText(r === 0 ? 'Major' : `Nursing ${r}`, { x: left + 6, y: top - r * row - 14, size: 10, font });
      page.drawText(r === 0 ? 'Students' : `${r * 160}`, {
        x: left + width / 2 + 6,
        y: top - r * row - 14,
        size: 10,
        font,
      });
    }
    page.drawImage(jpeg, { x: 150, y: 360, width: 240, height: 180 });
    page.drawText(`Figure ${n} Campus`, { x: 230, y: 340, size: 10, font });
    page.drawText(String(n), { x: 292, y: 40, size: 9, font });
  }
  return doc.save();
}
