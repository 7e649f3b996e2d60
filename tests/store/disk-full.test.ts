import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ReportError } from '../../core/errors';
import { exportDocx } from '../../electron/export/docx-export';
import { fileSource } from '../../electron/export/export-source';
import { importToNewReport } from '../../electron/import/import-to-report';
import { diskFull } from '../../electron/store/disk-full';
import { ReportFile } from '../../electron/store/report-file';
import { doc, h, p } from '../helpers/doc';
import { closeLater, sampleMeta, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';

/**
 * A USB stick of 1 MB (a tmpfs; mounting one needs root, as CI and this machine have), and a
 * way to fill it up to `room` bytes left.
 */
function smallDisk(): { dir: string; fill: (room?: number) => void; empty: () => void } {
  const dir = `${tempDir()}-U盘`;
  mkdirSync(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
  onTestFinished(() => {
    // Lazily: a test that failed with a file still open there must not leave the disk mounted.
    execFileSync('umount', ['--lazy', dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  const filler = join(dir, '占位');
  const fill = (room = 0) => {
    rmSync(filler, { force: true });
    const { bavail, bsize } = statfsSync(dir);
    writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - room)));
  };
  return { dir, fill, empty: () => rmSync(filler) };
}

/** The error `action` fails with: a ReportError, whose code and message are what the user is told. */
async function failure(action: () => unknown): Promise<{ code: string; message: string; detail?: string }> {
  const err: unknown = await Promise.resolve()
    .then(action)
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(err).toBeInstanceOf(ReportError);
  return (err as ReportError).error;
}

const fullDisk = { code: 'DISK_FULL', message: expect.stringContaining('磁盘空间不足') };
const school = { organisation: '学校', year: 2025, kind: 'school' as const };

describe('a full disk is told as such', () => {
  it('knows SQLite’s own word for it (SQLITE_FULL) as well as Node’s (ENOSPC)', () => {
    const db = new Database(':memory:');
    db.pragma('max_page_count = 4');
    db.exec('CREATE TABLE t (b BLOB)');
    let err: unknown = null;
    try {
      db.prepare('INSERT INTO t VALUES (?)').run(Buffer.alloc(64 * 1024));
    } catch (e) {
      err = e;
    }
    db.close();
    const nodeError = (code: string) => Object.assign(new Error(code), { code });
    expect(diskFull(err)?.error).toMatchObject(fullDisk);
    expect(diskFull(nodeError('ENOSPC'))?.error).toMatchObject(fullDisk);
    expect(diskFull(nodeError('EACCES'))).toBeNull();
  });
});

requires('root').describe('a full disk (a 1 MB tmpfs, mounted as root) is told as such, and nothing is lost', () => {
  it('refuses an import onto it, whether the lock or the report found no room, leaving nothing', async () => {
    const source = join(tempDir(), '年报.txt');
    writeFileSync(source, `一、基本情况\n${'学校开展实践活动，学生积极参与。'.repeat(4000)}\n`);
    const disk = smallDisk();
    // No room for the lock file (Node's ENOSPC), or for the report once the lock is written (SQLite's).
    for (const [room, detail] of [
      [0, /ENOSPC/],
      [64 * 1024, /database or disk is full/],
    ] as const) {
      disk.fill(room);
      const refused = await failure(() => importToNewReport(source, join(disk.dir, '年报.nianbao'), school));
      expect(refused).toMatchObject({ ...fullDisk, detail: expect.stringMatching(detail) });
      expect(readdirSync(disk.dir)).toEqual(['占位']);
    }
  });

  it('refuses a save and keeps the last one; refuses to open the report for editing until there is room', async () => {
    const disk = smallDisk();
    const path = join(disk.dir, '年报.nianbao');
    const saved = doc(h(1, '基本情况'), p('已保存的正文'));
    const file = await ReportFile.create(path, sampleMeta);
    file.saveDocument(saved);
    disk.fill();
    expect(await failure(() => file.saveDocument(doc(p('学'.repeat(400_000)))))).toMatchObject(fullDisk);
    file.close();
    expect(await failure(() => ReportFile.open(path))).toMatchObject(fullDisk);
    disk.empty();
    expect(closeLater(await ReportFile.open(path)).document?.json).toEqual(saved);
  });

  it('refuses an export onto it, leaving no part of the file', async () => {
    const file = closeLater(await ReportFile.create(join(tempDir(), '年报.nianbao'), sampleMeta));
    file.saveDocument(doc(h(1, '基本情况'), p('学校开展实践活动。'.repeat(2000))));
    const disk = smallDisk();
    disk.fill();
    expect(await failure(() => exportDocx(fileSource(file), join(disk.dir, '年报.docx')))).toMatchObject(fullDisk);
    expect(readdirSync(disk.dir)).toEqual(['占位']);
  });
});
