import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { ReportError } from '../../core/errors';
import { MAX_REPORT_BLOCKS, MAX_REPORT_CHARS, MAX_REPORT_PHOTOS } from '../../core/limits';
import { buildReportTree } from '../../core/report-tree';
import { importDocxBytes } from '../../electron/import/import-file';
import { importToNewReport, insertRead, readForInsert } from '../../electron/import/import-to-report';
import type { AddPhoto } from '../../electron/import/docx-blocks';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, sampleMeta, tempDir } from '../helpers/files';
import { sampleDocx } from './docx-fixture';
import { editDocx } from './edit-docx';

const meta = { organisation: '昌吉州', year: 2025, kind: 'bureau' as const };

interface Refusal {
  code: string;
  message: string;
  /** The files the import left beside its input. */
  left: string[];
}

/** The error an import of `content` as `name` fails with, and what it left beside the file. */
async function refused(name: string, content: string | Buffer): Promise<Refusal> {
  const dir = tempDir();
  writeFileSync(join(dir, name), content);
  const err: unknown = await importToNewReport(join(dir, name), join(dir, 'out.nianbao'), meta).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ReportError);
  const { code, message } = (err as ReportError).error;
  return { code, message, left: readdirSync(dir).filter((f) => f !== name) };
}

/** A document.xml edit putting `xml` first in the body. */
const atBodyStart = (xml: string) => (documentXml: string) => documentXml.replace('<w:body>', `<w:body>${xml}`);

/** An addPhoto that counts the photos handed to it and stores none. */
function countingAddPhoto(): { addPhoto: AddPhoto; taken: () => number } {
  let taken = 0;
  const addPhoto = async () => {
    taken += 1;
    return null;
  };
  return { addPhoto, taken: () => taken };
}

describe('a report’s limits: an import past one is refused, naming it, before it is read whole', () => {
  it('refuses a 2.6 MB text of 50,000 cases as past a report’s blocks', async () => {
    const cases = Array.from(
      { length: 50_000 },
      (_, i) => `【案例${i + 1}】校企合作育人\n学校与企业共建实训基地。\n`,
    ).join('');
    const { code, message, left } = await refused('案例.txt', cases);
    expect(code).toBe('REPORT_TOO_MANY_BLOCKS');
    expect(message).toContain(`上限（${MAX_REPORT_BLOCKS / 10_000} 万段`);
    expect(left).toEqual([]);
  });

  it('imports a text of as many lines as a report may have blocks', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, '短行.txt'),
      Array.from({ length: MAX_REPORT_BLOCKS }, (_, i) => `第${i + 1}行`).join('\n'),
    );
    const { file } = await importToNewReport(join(dir, '短行.txt'), join(dir, 'out.nianbao'), meta);
    closeLater(file);
    expect(buildReportTree(file.document!.json).blocks.length).toBe(MAX_REPORT_BLOCKS);
  });

  it('refuses a 300 KB .docx whose text expands past a report’s characters', async () => {
    const paragraph = `<w:p><w:r><w:t>${'职'.repeat(10_000)}</w:t></w:r></w:p>`;
    const paragraphs = paragraph.repeat(MAX_REPORT_CHARS / 10_000 + 1);
    const docx = await editDocx(await sampleDocx(), { 'word/document.xml': atBodyStart(paragraphs) });
    expect(docx.length).toBeLessThan(400_000);
    const { code, message, left } = await refused('长文.docx', docx);
    expect(code).toBe('REPORT_TOO_MANY_CHARS');
    expect(message).toContain(`上限（${MAX_REPORT_CHARS / 10_000} 万字）`);
    expect(left).toEqual([]);
  });

  it('refuses a .docx showing more photos than a report may hold before reading any', async () => {
    const ids = Array.from({ length: MAX_REPORT_PHOTOS + 1 }, (_, i) => `rIdP${i}`);
    // The fixture's first photo, shown again and again, each time from a picture file of its own.
    const photos = (xml: string) => {
      const drawing = /<w:drawing>[\s\S]*?<\/w:drawing>/.exec(xml)![0];
      const shown = ids.map((id) => `<w:p><w:r>${drawing.replace(/r:embed="[^"]*"/, `r:embed="${id}"`)}</w:r></w:p>`);
      return atBodyStart(shown.join(''))(xml);
    };
    const image = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';
    const relationship = (id: string) => `<Relationship Id="${id}" Type="${image}" Target="media/${id}.png"/>`;
    const files = (xml: string) => xml.replace('</Relationships>', `${ids.map(relationship).join('')}</Relationships>`);
    const edits = { 'word/document.xml': photos, 'word/_rels/document.xml.rels': files };
    const docx = await editDocx(await sampleDocx(), edits);
    const { addPhoto, taken } = countingAddPhoto();
    const tooMany = { code: 'REPORT_TOO_MANY_PHOTOS', message: expect.stringContaining(`${MAX_REPORT_PHOTOS} 张`) };
    await expect(importDocxBytes(docx, addPhoto)).rejects.toMatchObject({ error: tooMany });
    expect(taken()).toBe(0);
  });

  it('refuses a Markdown file linking more photos than a report may hold', async () => {
    const links = Array.from({ length: MAX_REPORT_PHOTOS + 1 }, (_, i) => `![图${i + 1} 活动照片](p${i}.jpg)\n`).join(
      '\n',
    );
    const { code, left } = await refused('图多.md', links);
    expect(code).toBe('REPORT_TOO_MANY_PHOTOS');
    expect(left).toEqual([]);
  });

  it('refuses to insert text taking the open report past its characters, leaving the report as it was', async () => {
    const content = { document: build.document([build.paragraph('学'.repeat(MAX_REPORT_CHARS - 20))]), assets: [] };
    const file = closeLater(await ReportFile.create(join(tempDir(), 'r.nianbao'), sampleMeta, { content }));
    const read = await readForInsert({
      text: '一、基本情况\n学校现有在校生3200人，专任教师210人，开设专业覆盖现代农业和先进制造。',
    });
    const tooMany = expect.objectContaining({ error: expect.objectContaining({ code: 'REPORT_TOO_MANY_CHARS' }) });
    expect(() => insertRead(file, read)).toThrow(tooMany);
    expect(file.meta.importNotes).toBeUndefined();
    // Well within the limit, the same file goes in.
    const short = await readForInsert({ text: '正文。' });
    expect(insertRead(file, short).blocks).toHaveLength(1);
  });
});
