import { existsSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../core/errors';
import { buildReportTree } from '../../core/report-tree';
import { importToNewReport } from '../../electron/import/import-to-report';
import { closeLater, tempDir } from '../helpers/files';
import { sampleDocx } from './docx-fixture';
import { editDocx } from './edit-docx';
import { zipBomb } from './raw-zip';

const meta = { organisation: '昌吉州', year: 2025, kind: 'bureau' as const };

async function importError(
  name: string,
  bytes: Buffer | null,
  size?: number,
): Promise<{ code: string; message: string; left: string[] }> {
  const dir = tempDir();
  const input = join(dir, name);
  writeFileSync(input, bytes ?? Buffer.alloc(0));
  if (size !== undefined) truncateSync(input, size);
  const err = await importToNewReport(input, join(dir, 'out.nianbao'), meta).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ReportError);
  const { code, message } = (err as ReportError).error;
  return { code, message, left: readdirSync(dir).filter((f) => f !== name) };
}

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe('bad import input: a clear error and nothing left behind', () => {
  it.each([
    ['renamed text file', '报告.docx', Buffer.from('这不是 Word 文档'), 'IMPORT_NOT_DOCX'],
    [
      'damaged zip',
      '报告.docx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]),
      'IMPORT_BAD_DOCX',
    ],
    ['empty file', '报告.txt', null, 'IMPORT_EMPTY'],
    ['.doc that is no Word file', '报告.doc', Buffer.from('\xd0\xcf\x11\xe0'), 'IMPORT_LEGACY_DAMAGED'],
    ['a type not imported', '报告.xls', OLE, 'IMPORT_UNSUPPORTED'],
    [
      'old .doc renamed .docx',
      '报告.docx',
      Buffer.concat([OLE, Buffer.alloc(4000, 0), Buffer.from('WordDocument', 'utf16le')]),
      'IMPORT_OLD_DOC',
    ],
    // A password turns a .docx into an OLE file whose directory names the EncryptedPackage stream.
    [
      '.docx with a password',
      '报告.docx',
      Buffer.concat([
        OLE,
        Buffer.alloc(4000, 0),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.alloc(50, 0),
        Buffer.from('EncryptedPackage', 'utf16le'),
      ]),
      'IMPORT_ENCRYPTED',
    ],
  ])('%s', async (_what, name, bytes, code) => {
    const { code: got, message, left } = await importError(name, bytes);
    expect(got).toBe(code);
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(left).toEqual([]);
  });

  it('refuses a zip bomb (entries expanding past 500 MB) before inflating it', async () => {
    const { code, left } = await importError('炸弹.docx', zipBomb(6, 100 * 1024 * 1024));
    expect(code).toBe('IMPORT_TOO_LARGE');
    expect(left).toEqual([]);
  });

  it('refuses a .docx nested 20,000 elements deep as such, not as damaged, and at once', async () => {
    const n = 20_000;
    const nested = `${'<x:a xmlns:x="urn:x">'.repeat(n)}${'</x:a>'.repeat(n)}`;
    const deepen = (xml: string) => xml.replace('<w:body>', `<w:body>${nested}`);
    const bytes = await editDocx(await sampleDocx(), { 'word/document.xml': deepen });
    const { code, message, left } = await importError('嵌套.docx', bytes);
    expect(code).toBe('IMPORT_DOCX_TOO_DEEP');
    expect(message).toContain('嵌套过深（超过 512 层）');
    expect(left).toEqual([]);
  });

  it('refuses a 300 MB docx without reading it, saying how to make it smaller', async () => {
    const { code, message, left } = await importError('巨大.docx', null, 300 * 1024 * 1024);
    expect(code).toBe('IMPORT_DOCX_TOO_LARGE');
    expect(message).toContain('压缩图片');
    expect(left).toEqual([]);
  });

  it('refuses a text file past 20 MB without reading it', async () => {
    const { code, left } = await importError('巨大.txt', null, 21 * 1024 * 1024);
    expect(code).toBe('IMPORT_TEXT_TOO_LARGE');
    expect(left).toEqual([]);
  });

  it('leaves an existing report untouched when the target exists', async () => {
    const dir = tempDir();
    const input = join(dir, 'a.docx');
    writeFileSync(input, await sampleDocx());
    writeFileSync(join(dir, 'out.nianbao'), 'keep');
    await expect(importToNewReport(input, join(dir, 'out.nianbao'), meta)).rejects.toMatchObject({
      error: { code: 'ALREADY_EXISTS' },
    });
    expect(readdirSync(dir).sort()).toEqual(['a.docx', 'out.nianbao']);
  });

  it('decodes GBK (GB18030) text', async () => {
    const dir = tempDir();
    const input = join(dir, 'gbk.txt');
    // "1. 基本情况\n全州共有中职学校6所。\n【案例1】校企合作育人\n图1 学生在实训基地\n" in GBK, a line a string.
    writeFileSync(
      input,
      Buffer.from(
        '312e20bbf9b1bec7e9bff60a' +
          'c8abd6ddb9b2d3d0d6d0d6b0d1a7d0a336cbf9a1a30a' +
          'a1beb0b8c0fd31a1bfd0a3c6f3bacfd7f7d3fdc8cb0a' +
          'cdbc3120d1a7c9fad4dacab5d1b5bbf9b5d80a',
        'hex',
      ),
    );
    const { file, result } = await importToNewReport(input, join(dir, 'out.nianbao'), meta);
    closeLater(file);
    expect(result.encoding).toBe('gb18030');
    const tree = buildReportTree(file.document!.json);
    expect(tree.headings.map((h) => h.text)).toEqual(['基本情况']);
    expect(tree.cases.map((c) => c.title)).toEqual(['校企合作育人']);
    expect(tree.figures.map((f) => f.caption)).toEqual(['学生在实训基地']);
    expect(existsSync(join(dir, 'out.nianbao'))).toBe(true);
  });
});
