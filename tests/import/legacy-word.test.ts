import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ReportError } from '../../core/errors';
import { type ReportTree, buildReportTree } from '../../core/report-tree';
import { zh } from '../../core/zh';
import { importFile } from '../../electron/import/import-file';
import { findSoffice, withDocxFromOffice } from '../../electron/import/office-convert';
import { collectPhotos } from '../../electron/import/collect-photos';
import { tempDir, useOwnTempFolder } from '../helpers/files';
import { requires } from '../helpers/requires';
import { sampleDocx } from './docx-fixture';

const office = requires('libreoffice');

const shape = (tree: ReportTree) => ({
  headings: tree.headings.map((h) => `${h.level} ${h.text}`),
  cases: tree.cases.map((c) => c.title),
  figures: tree.figures.map((f) => [f.caption, f.image !== null]),
  tables: tree.tables.length,
});
const ownTemp = useOwnTempFolder();
/** Folders the conversion leaves in the temporary folder: none once it is done. */
const officeTemps = () => readdirSync(ownTemp()).filter((name) => name.startsWith('nianbao-office-'));

office.describe('a Word 97–2003 .doc and a WPS .wps, imported through LibreOffice', () => {
  it('come in as the .docx they were saved from: headings, case, photos with captions, table', {
    timeout: 180_000,
  }, async () => {
    const dir = tempDir();
    const docx = join(dir, '学校报告.docx');
    writeFileSync(docx, await sampleDocx());
    execFileSync(
      office.path('libreoffice'),
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'lo')}`,
        '--convert-to',
        'doc',
        '--outdir',
        dir,
        docx,
      ],
      { stdio: 'pipe', timeout: 170_000 },
    );
    // WPS's own .wps is the same OLE compound file; LibreOffice reads either by its content.
    const wps = join(dir, '学校报告.wps');
    copyFileSync(join(dir, '学校报告.doc'), wps);
    const expected = shape(buildReportTree((await importFile(docx, collectPhotos().addPhoto)).document));
    expect(expected.figures).toHaveLength(3);
    for (const legacy of [join(dir, '学校报告.doc'), wps]) {
      const result = await importFile(legacy, collectPhotos().addPhoto);
      expect(result.format).toBe('legacy-word');
      expect(shape(buildReportTree(result.document))).toEqual(expected);
      expect(result.notes[0]).toMatchObject({ kind: 'converted-from-legacy-word' });
    }
    expect(officeTemps()).toEqual([]);
  });

  it('finds soffice on the PATH, and not on an empty one', () => {
    expect(findSoffice({ env: { PATH: '' }, platform: 'linux' })).toBeNull();
    expect(findSoffice({ env: { PATH: join(office.path('libreoffice'), '..') }, platform: 'linux' })).toBe(
      office.path('libreoffice'),
    );
  });
});

describe('a .doc where LibreOffice is not installed', () => {
  it('gets the message to save it as .docx, and nothing is left behind', async () => {
    const doc = join(tempDir(), '旧报告.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]));
    const error = await importFile(doc, collectPhotos().addPhoto, {
      officeSearch: { env: { PATH: '' }, platform: 'linux' },
    }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ReportError);
    expect((error as ReportError).error).toMatchObject({
      code: 'IMPORT_LEGACY_NO_OFFICE',
      message: zh.errors.IMPORT_LEGACY_NO_OFFICE,
    });
    expect(zh.errors.IMPORT_LEGACY_NO_OFFICE).toContain('另存为 .docx');
    expect(officeTemps()).toEqual([]);
  });
});

describe('a conversion that hangs (a dialog no one sees, a damaged file)', () => {
  it('is killed at the timeout with its helpers, refused with a message, its temporary folder removed', async () => {
    const dir = tempDir();
    // A stand-in for soffice that starts a child, as soffice starts soffice.bin, and never ends.
    const soffice = join(dir, 'soffice');
    writeFileSync(soffice, `#!/bin/sh\nsleep 60 &\necho $! > "${join(dir, 'child.pid')}"\nwait\n`, { mode: 0o755 });
    const doc = join(dir, '卡住.doc');
    writeFileSync(doc, 'doc');
    const used = vi.fn(async () => 'read');
    const error = await withDocxFromOffice(doc, soffice, used, 1_000).catch((err: unknown) => err);
    expect((error as ReportError).error).toMatchObject({
      code: 'IMPORT_LEGACY_FAILED',
      message: zh.errors.IMPORT_LEGACY_FAILED,
    });
    expect(used).not.toHaveBeenCalled();
    const child = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    await expect.poll(() => alive(child), { timeout: 10_000 }).toBe(false);
    expect(officeTemps()).toEqual([]);
  });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
