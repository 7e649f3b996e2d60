import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import sharp from 'sharp';
import { readImportFile } from './read-import';

/**
 * One small import, run once the app has started, so the user's first import finds its code
 * compiled: V8 compiles a function on its first call, which made a first import about twice as
 * slow as a second (`npm run bench import`). A short report made here, in a folder of its own
 * that is removed after, is read and recognised the way a user's is, in the background worker
 * that reads imports (heavy-work.ts), whose code is the one that needs compiling.
 */
export async function warmUpImport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-warm-up-'));
  try {
    const input = join(dir, '热身.docx');
    writeFileSync(input, await warmUpDocx());
    await readImportFile(input);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The short report is repeated this often: V8 optimises a function once it has run many times,
 * and a first import after one pass was still half again as slow as after forty.
 */
const WARM_UP_SECTIONS = 40;

async function warmUpDocx(): Promise<Buffer> {
  const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#6a8' } })
    .jpeg()
    .toBuffer();
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
