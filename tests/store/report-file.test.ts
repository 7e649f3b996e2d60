import Database from 'better-sqlite3';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../core/document/editor-json';
import { type ErrorCode, ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { REPORT_APPLICATION_ID } from '../../electron/store/file-header';
import { LATEST_SCHEMA, migrations } from '../../electron/store/migrations/index';
import { ReportFile } from '../../electron/store/report-file';
import { lockPathFor } from '../../electron/store/report-lock';
import { AUTOMATIC_SNAPSHOTS_KEPT } from '../../electron/store/snapshots';
import { deepDocumentText, doc, h, largeDoc, list, p } from '../helpers/doc';
import { MINUTE, closeLater, manualClock, sampleMeta, sha256, snapshot, tempDir } from '../helpers/files';

/** The private connection of a ReportFile, to read per-connection pragmas. */
function connectionOf(file: ReportFile): Database.Database {
  return (file as unknown as { db: Database.Database }).db;
}

async function expectReportError(promise: Promise<unknown> | (() => unknown), code: ErrorCode): Promise<ReportError> {
  let caught: unknown;
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected ReportError ${code}`).toBeInstanceOf(ReportError);
  const error = caught as ReportError;
  expect(error.error.code).toBe(code);
  expect(error.error.message).toBe(zh.errors[code]);
  return error;
}

async function newReport(
  dir: string,
  name = 'report.nianbao',
  options: Parameters<typeof ReportFile.create>[2] = {},
): Promise<{ path: string; file: ReportFile }> {
  const path = join(dir, name);
  const file = closeLater(await ReportFile.create(path, sampleMeta, options));
  return { path, file };
}

/** A closed report holding a document large enough to span many pages. */
async function largeReport(dir: string): Promise<string> {
  const { path, file } = await newReport(dir);
  file.saveDocument(largeDoc(300));
  file.close();
  return path;
}

/** Deterministic garbage, including control characters that no JSON text may contain. */
function garbage(length: number): Buffer {
  return Buffer.from(Array.from({ length }, (_, i) => (i * 167 + 13) & 0xff));
}

function overwrite(path: string, offset: number, bytes: Buffer): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

/** Runs `sql` through a plain read-write connection; closing it checkpoints and removes -wal/-shm. */
function rawExec<T>(path: string, fn: (db: Database.Database) => T): T {
  const db = new Database(path, { fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

describe('create and open', () => {
  it('round-trips meta and document through close and open', async () => {
    const dir = tempDir();
    const clock = manualClock();
    const { path, file } = await newReport(dir, 'report.nianbao', { now: clock.now });
    expect(file.readOnly).toBe(false);
    expect(file.readOnlyReason).toBeNull();
    expect(file.meta).toEqual(sampleMeta);
    expect(file.document?.json).toEqual(emptyDocument());

    const saved = doc(
      h(1, '基本情况'),
      p('学校现有在校生 3200 人。'),
      list(['专业建设', '师资队伍'], true),
      h(2, '办学条件'),
    );
    clock.advance(MINUTE);
    const savedAt = file.saveDocument(saved);
    expect(savedAt).toBe(clock.now().toISOString());
    const meta = { ...sampleMeta, title: '改过的标题', year: 2024 };
    expect(file.updateMeta(meta)).toEqual(meta);
    file.close();

    const again = closeLater(await ReportFile.open(path));
    expect(again.readOnly).toBe(false);
    expect(again.meta).toEqual(meta);
    expect(again.document).toEqual({ json: saved, updatedAt: savedAt });
    // No temp file from the create-then-rename is left behind.
    expect(readdirSync(dir).filter((n) => n.includes('.creating-'))).toEqual([]);
  });

  it('marks the file with application_id and user_version, and uses a rollback journal and foreign keys', async () => {
    const dir = tempDir();
    const { path, file } = await newReport(dir);
    const conn = connectionOf(file);
    expect(conn.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(conn.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(conn.pragma('synchronous', { simple: true })).toBe(2); // FULL
    file.close();

    const raw = new Database(path, { readonly: true, fileMustExist: true });
    try {
      expect(raw.pragma('application_id', { simple: true })).toBe(REPORT_APPLICATION_ID);
      expect(REPORT_APPLICATION_ID).toBe(0x6e62616f);
      expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA);
      expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
      const ledger = raw.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all();
      expect(ledger).toEqual(migrations.map((m) => ({ id: m.id, name: m.name })));
      expect(ledger).toEqual(migrations.map((_, i) => expect.objectContaining({ id: i + 1 })));
      expect(LATEST_SCHEMA).toBe(migrations.length);
    } finally {
      raw.close();
    }
    // The header is readable without SQLite, as file-header.ts does.
    const header = readFileSync(path).subarray(0, 100);
    expect(header.readInt32BE(68)).toBe(REPORT_APPLICATION_ID);
    expect(header.readInt32BE(60)).toBe(LATEST_SCHEMA);
  });

  it('refuses to create over an existing file and leaves it alone', async () => {
    const dir = tempDir();
    const path = join(dir, 'taken.nianbao');
    writeFileSync(path, '别人的文件');
    const before = snapshot(path, dir);
    await expectReportError(ReportFile.create(path, sampleMeta), 'ALREADY_EXISTS');
    expect(snapshot(path, dir)).toEqual(before);
  });

  it('holds a lock file while open for editing and removes it on close', async () => {
    const dir = tempDir();
    const { path, file } = await newReport(dir);
    const lock = lockPathFor(path);
    expect(lock).toBe(join(dir, '.~lock.report.nianbao#'));
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid });
    file.close();
    expect(existsSync(lock)).toBe(false);
  });

  it('opens a second copy in the same machine read-only while the first holds the lock', async () => {
    const dir = tempDir();
    const { path, file } = await newReport(dir);
    file.saveDocument(doc(p('第一个窗口')));
    const second = closeLater(await ReportFile.open(path));
    expect(second.readOnly).toBe(true);
    expect(second.readOnlyReason).toBe(zh.readOnly.lockedHere);
    expect(second.document?.json).toEqual(doc(p('第一个窗口')));
    await expectReportError(() => second.saveDocument(doc(p('覆盖'))), 'READ_ONLY');
    second.close();
    // Closing the read-only one must not release the first one's lock.
    expect(existsSync(lockPathFor(path))).toBe(true);
  });
});

describe('migration ledger', () => {
  it('refuses a file whose ledger names a migration this build does not have (renamed row)', async () => {
    const dir = tempDir();
    const { path, file } = await newReport(dir);
    file.close();
    rawExec(path, (db) =>
      db.prepare("UPDATE schema_migrations SET name = 'initial-from-another-build' WHERE id = 1").run(),
    );
    const before = snapshot(path, dir);
    const err = await expectReportError(ReportFile.open(path), 'DAMAGED');
    expect(err.error.detail).toMatch(/ledger/);
    expect(snapshot(path, dir)).toEqual(before);
    await expectReportError(ReportFile.open(path, { readOnly: true }), 'DAMAGED');
    expect(snapshot(path, dir)).toEqual(before);
  });

  it('refuses a file whose ledger has more migrations than this build knows', async () => {
    const dir = tempDir();
    const { path, file } = await newReport(dir);
    file.close();
    rawExec(path, (db) =>
      db
        .prepare("INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, 'from-the-future', '2030-01-01')")
        .run(migrations.length + 1),
    );
    const before = snapshot(path, dir);
    await expectReportError(ReportFile.open(path), 'TOO_NEW');
    expect(snapshot(path, dir)).toEqual(before);
  });
});

describe('files that must be refused untouched', () => {
  type Setup = (dir: string) => Promise<string> | string;
  const cases: { name: string; code: ErrorCode; setup: Setup }[] = [
    {
      name: 'a text file',
      code: 'NOT_A_REPORT',
      setup: (dir) => {
        const path = join(dir, '报告.nianbao');
        writeFileSync(path, '昌吉州职业教育质量年度报告\n一、基本情况\n'.repeat(50));
        return path;
      },
    },
    {
      name: 'an empty file',
      code: 'NOT_A_REPORT',
      setup: (dir) => {
        const path = join(dir, 'empty.nianbao');
        writeFileSync(path, '');
        return path;
      },
    },
    {
      name: 'random bytes',
      code: 'NOT_A_REPORT',
      setup: (dir) => {
        const path = join(dir, 'noise.nianbao');
        writeFileSync(path, randomBytes(16 * 1024));
        return path;
      },
    },
    {
      name: 'a SQLite database of another application',
      code: 'NOT_A_REPORT',
      setup: (dir) => {
        const path = join(dir, 'other.sqlite');
        const db = new Database(path);
        db.pragma('application_id = 1234');
        db.exec("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('title', '\"x\"')");
        db.close();
        return path;
      },
    },
    {
      name: 'a SQLite database with no application id, in WAL mode',
      code: 'NOT_A_REPORT',
      setup: (dir) => {
        const path = join(dir, 'plain.db');
        const db = new Database(path);
        db.pragma('journal_mode = WAL');
        db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
        db.close();
        return path;
      },
    },
    {
      name: 'a report from a newer build (user_version 99)',
      code: 'TOO_NEW',
      setup: async (dir) => {
        const { path, file } = await newReport(dir);
        file.close();
        rawExec(path, (db) => {
          db.pragma('user_version = 99');
          db.pragma('wal_checkpoint(TRUNCATE)');
        });
        expect(readFileSync(path).readInt32BE(60)).toBe(99);
        return path;
      },
    },
    {
      name: 'a report with garbage over a b-tree page (the document table)',
      code: 'DAMAGED',
      setup: async (dir) => {
        const path = await largeReport(dir);
        const { rootpage, pageSize, pages } = rawExec(path, (db) => ({
          rootpage: (
            db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'document'").get() as { rootpage: number }
          ).rootpage,
          pageSize: db.pragma('page_size', { simple: true }) as number,
          pages: db.pragma('page_count', { simple: true }) as number,
        }));
        expect(rootpage).toBeGreaterThanOrEqual(3);
        expect(pages).toBeGreaterThan(10);
        overwrite(path, (rootpage - 1) * pageSize + pageSize / 4, garbage(pageSize / 2));
        return path;
      },
    },
    {
      name: 'a report with garbage inside the stored document text (an overflow page)',
      code: 'DAMAGED',
      setup: async (dir) => {
        const path = await largeReport(dir);
        const bytes = readFileSync(path);
        const pageSize = bytes.readUInt16BE(16);
        const at = bytes.indexOf(Buffer.from('第150段'));
        expect(Math.floor(at / pageSize) + 1).toBeGreaterThanOrEqual(3);
        overwrite(path, at, garbage(256));
        return path;
      },
    },
    {
      // JSON.stringify overflows on it as the harness sends it on, and so would the editor.
      name: 'a report whose document is nested 3,000 levels deep (written by another program)',
      code: 'DAMAGED',
      setup: async (dir) => {
        const { path, file } = await newReport(dir);
        file.close();
        rawExec(path, (db) => db.prepare('UPDATE document SET json = ? WHERE id = 1').run(deepDocumentText(3_000)));
        return path;
      },
    },
    {
      name: 'a directory',
      code: 'NOT_A_REPORT',
      setup: (dir) => {
        const path = join(dir, 'folder.nianbao');
        mkdirSync(path);
        return path;
      },
    },
  ];

  for (const { name, code, setup } of cases) {
    it(`${name} → ${code}, byte for byte unchanged, nothing created beside it`, async () => {
      const dir = tempDir();
      const path = await setup(dir);
      const isDir = statSync(path).isDirectory();
      const state = () => (isDir ? { sha: '', names: readdirSync(dir).sort() } : snapshot(path, dir));
      const before = state();
      for (const readOnly of [false, true]) {
        await expectReportError(ReportFile.open(path, { readOnly }), code);
        expect(state()).toEqual(before);
      }
      if (isDir) expect(readdirSync(path)).toEqual([]);
    });
  }

  it('a document 100 levels deep (an older build’s import) opens, for the editor to flatten', async () => {
    const dir = tempDir();
    const { path, file } = await newReport(dir);
    file.close();
    rawExec(path, (db) => db.prepare('UPDATE document SET json = ? WHERE id = 1').run(deepDocumentText(100)));
    const opened = closeLater(await ReportFile.open(path));
    expect(JSON.stringify(opened.document?.json)).toBe(deepDocumentText(100));
  });

  it('a missing file → NOT_FOUND, and nothing is created', async () => {
    const dir = tempDir();
    const path = join(dir, 'gone.nianbao');
    await expectReportError(ReportFile.open(path), 'NOT_FOUND');
    await expectReportError(ReportFile.open(path, { readOnly: true }), 'NOT_FOUND');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a damaged report still is not modified by a later successful open of another file', async () => {
    // Guards against a lock or sidecar leaking between opens: the damaged file stays as it was.
    const dir = tempDir();
    const damaged = await largeReport(dir);
    const bytes = readFileSync(damaged);
    overwrite(damaged, bytes.indexOf(Buffer.from('第100段')), garbage(128));
    const before = sha256(damaged);
    await expectReportError(ReportFile.open(damaged), 'DAMAGED');
    const { file } = await newReport(dir, 'fine.nianbao');
    expect(file.readOnly).toBe(false);
    expect(sha256(damaged)).toBe(before);
    expect(existsSync(lockPathFor(damaged))).toBe(false);
  });
});

describe('snapshots (历史版本)', () => {
  it('adds exactly one open snapshot per open', async () => {
    const dir = tempDir();
    const clock = manualClock();
    const { path, file } = await newReport(dir, 'r.nianbao', { now: clock.now });
    const afterCreate = file.snapshots();
    file.close();
    const openedAt = clock.advance(5 * MINUTE);
    const again = closeLater(await ReportFile.open(path, { now: clock.now }));
    const snaps = again.snapshots();
    expect(snaps).toHaveLength(afterCreate.length + 1);
    expect(snaps.at(-1)).toMatchObject({ reason: 'open', createdAt: openedAt.toISOString() });
    expect(snaps.slice(0, -1)).toEqual(afterCreate);
  });

  it('adds an edit snapshot only once 10 minutes have passed since the last one', async () => {
    const dir = tempDir();
    const clock = manualClock();
    const { path, file } = await newReport(dir, 'r.nianbao', { now: clock.now });
    file.close();
    clock.advance(60 * MINUTE);
    const f = closeLater(await ReportFile.open(path, { now: clock.now }));
    const base = f.snapshots().length;
    const edits = () => f.snapshots().filter((r) => r.reason === 'edit');

    for (let minute = 1; minute <= 9; minute += 1) {
      clock.advance(MINUTE);
      f.saveDocument(doc(p(`第${minute}分钟`)));
    }
    expect(f.snapshots()).toHaveLength(base);
    expect(edits()).toEqual([]);

    const tenth = clock.advance(MINUTE);
    f.saveDocument(doc(p('第10分钟')));
    expect(edits()).toEqual([expect.objectContaining({ createdAt: tenth.toISOString(), chars: 5 })]);

    for (let minute = 11; minute <= 19; minute += 1) {
      clock.advance(MINUTE);
      f.saveDocument(doc(p(`第${minute}分钟`)));
    }
    expect(edits()).toHaveLength(1);
    clock.advance(MINUTE);
    f.saveDocument(doc(p('第20分钟')));
    expect(edits()).toHaveLength(2);
    expect(f.snapshots()).toHaveLength(base + 2);

    // The snapshot holds the document as saved at that moment.
    expect(f.snapshotDocument(edits()[0]!.id)).toEqual(doc(p('第10分钟')));
  });

  it(`keeps the newest ${AUTOMATIC_SNAPSHOTS_KEPT} automatic snapshots, and every named one`, {
    timeout: 60_000,
  }, async () => {
    const dir = tempDir();
    const clock = manualClock();
    const { file } = await newReport(dir, 'r.nianbao', { now: clock.now });
    const named = file.takeSnapshot('named', '送审稿');
    let last = clock.now();
    const saves = AUTOMATIC_SNAPSHOTS_KEPT + 70;
    for (let i = 1; i <= saves; i += 1) {
      last = clock.advance(11 * MINUTE);
      file.saveDocument(doc(p(`保存 ${i}`)));
    }
    const snaps = file.snapshots();
    const automatic = snaps.filter((s) => s.reason !== 'named');
    expect(automatic.length).toBeGreaterThanOrEqual(AUTOMATIC_SNAPSHOTS_KEPT);
    expect(automatic.length).toBeLessThanOrEqual(AUTOMATIC_SNAPSHOTS_KEPT + 50);
    expect(snaps[0]).toEqual(named);
    expect(automatic.at(-1)).toMatchObject({ reason: 'edit', createdAt: last.toISOString() });
    // The newest, in order, 11 minutes apart.
    const times = automatic.map((r) => Date.parse(r.createdAt));
    expect(times.every((t, i) => i === 0 || t - times[i - 1]! === 11 * MINUTE)).toBe(true);
    expect(file.snapshotDocument(automatic.at(-1)!.id)).toEqual(doc(p(`保存 ${saves}`)));
    // The blocks only pruned snapshots held are gone; those the kept ones list remain.
    const blocks = connectionOf(file).prepare('SELECT count(*) FROM snapshot_blocks').pluck().get() as number;
    expect(blocks).toBe(automatic.length + 1);
  });
});

describe('saveAs', () => {
  it('writes a copy with the same meta and document, then edits the copy, not the original', async () => {
    const dir = tempDir();
    const { path, file } = await newReport(dir, 'original.nianbao');
    const first = doc(h(1, '基本情况'), p('原稿'));
    file.saveDocument(first);
    const copyPath = join(dir, 'copy.nianbao');
    const copy = closeLater(await file.saveAs(copyPath));
    expect(copy.path).toBe(copyPath);
    expect(copy.readOnly).toBe(false);
    expect(copy.meta).toEqual(sampleMeta);
    expect(copy.document?.json).toEqual(first);
    // The original was closed and its lock released; the copy holds its own.
    expect(existsSync(lockPathFor(path))).toBe(false);
    expect(existsSync(lockPathFor(copyPath))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.includes('.saving-'))).toEqual([]);

    const second = doc(h(1, '基本情况'), p('另存后的修改'));
    copy.saveDocument(second);
    copy.close();

    const original = closeLater(await ReportFile.open(path));
    expect(original.readOnly).toBe(false);
    expect(original.document?.json).toEqual(first);
    original.close();
    const reopenedCopy = closeLater(await ReportFile.open(copyPath));
    expect(reopenedCopy.document?.json).toEqual(second);
    const raw = new Database(copyPath, { readonly: true });
    try {
      expect(raw.pragma('application_id', { simple: true })).toBe(REPORT_APPLICATION_ID);
    } finally {
      raw.close();
    }
  });

  it('works from a read-only report and leaves the original untouched', async () => {
    const dir = tempDir();
    const { path, file } = await newReport(dir, 'original.nianbao');
    const content = doc(h(1, '学校概况'), p('只读打开后另存'));
    file.saveDocument(content);
    file.close();
    const before = sha256(path);

    const ro = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(ro.readOnly).toBe(true);
    const copyPath = join(dir, 'editable copy.nianbao');
    const copy = closeLater(await ro.saveAs(copyPath));
    expect(copy.readOnly).toBe(false);
    expect(copy.document?.json).toEqual(content);
    copy.saveDocument(doc(p('副本可以编辑')));
    copy.close();

    expect(sha256(path)).toBe(before);
    const reread = closeLater(await ReportFile.open(copyPath, { readOnly: true }));
    expect(reread.document?.json).toEqual(doc(p('副本可以编辑')));
  });
});

describe('read-only', () => {
  it('refuses to save or change meta with READ_ONLY, and says why in Chinese', async () => {
    const dir = tempDir();
    const { path, file } = await newReport(dir);
    const content = doc(h(1, '基本情况'), p('正文'));
    file.saveDocument(content);
    file.close();
    const before = sha256(path);

    const ro = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(ro.readOnly).toBe(true);
    expect(ro.readOnlyReason).toBe(zh.readOnly.requested);
    expect(ro.readOnlyReason).toContain('只读');
    expect(ro.document?.json).toEqual(content);
    expect(existsSync(lockPathFor(path))).toBe(false);
    const err = await expectReportError(() => ro.saveDocument(doc(p('不应写入'))), 'READ_ONLY');
    expect(err.error.detail).toBe(zh.readOnly.requested);
    await expectReportError(() => ro.updateMeta({ ...sampleMeta, title: '不应写入' }), 'READ_ONLY');
    ro.close();
    expect(sha256(path)).toBe(before);

    const rw = closeLater(await ReportFile.open(path));
    expect(rw.document?.json).toEqual(content);
    expect(rw.meta).toEqual(sampleMeta);
  });
});

describe('assets', () => {
  it('stores a photo once per assetKey, reads it back byte for byte, refuses writes when read-only', async () => {
    const path = join(tempDir(), 'a.nianbao');
    const file = closeLater(await ReportFile.create(path, sampleMeta));
    const asset = {
      assetKey: 'ab'.repeat(32),
      mime: 'image/jpeg',
      width: 4,
      height: 3,
      bytes: Buffer.from([1, 2, 3]),
      originalName: '实训.jpg',
    };
    expect(file.putAsset(asset)).toBe(true);
    expect(file.putAsset({ ...asset, originalName: 'again.jpg' })).toBe(false);
    expect(file.getAsset(asset.assetKey)).toEqual(asset);
    expect(file.getAsset('cd'.repeat(32))).toBeNull();
    expect(file.listAssets()).toEqual([
      { assetKey: asset.assetKey, mime: 'image/jpeg', width: 4, height: 3, originalName: '实训.jpg', size: 3 },
    ]);
    const reader = closeLater(await ReportFile.open(path));
    expect(reader.readOnly).toBe(true);
    expect(() => reader.putAsset({ ...asset, assetKey: 'cd'.repeat(32) })).toThrow(/READ_ONLY/);
  });

  it('updates a report from before photos could be kept as imported (schema 1), its photos as they were', async () => {
    const path = join(tempDir(), 'old.nianbao');
    const asset = {
      assetKey: 'ab'.repeat(32),
      mime: 'image/jpeg',
      width: 4,
      height: 3,
      bytes: Buffer.from([1, 2, 3]),
      originalName: '实训.jpg',
    };
    const created = await ReportFile.create(path, sampleMeta);
    created.putAsset(asset);
    created.close();
    rawExec(path, (db) => {
      db.exec(
        'DROP TABLE data; DROP TABLE snapshots; DROP TABLE snapshot_blocks; ' +
          'DROP TABLE photos_to_read; DROP INDEX assets_as_given;',
      );
      db.exec('ALTER TABLE assets DROP COLUMN as_given; DELETE FROM schema_migrations WHERE id >= 2;');
      db.pragma('user_version = 1');
    });
    const file = closeLater(await ReportFile.open(path));
    expect(file.getAsset(asset.assetKey)).toEqual(asset);
    expect(file.listPhotosToSize()).toEqual([]);
    expect(file.listPhotosToRead()).toEqual([]);
    expect(rawExec(path, (db) => db.pragma('user_version', { simple: true }))).toBe(LATEST_SCHEMA);
  });

  it('moves the whole-document revisions of a schema 3 report into snapshots, documents and photos kept', async () => {
    const path = join(tempDir(), 'old.nianbao');
    const created = await ReportFile.create(path, sampleMeta);
    created.close();
    const old = [doc(h(1, '基本情况'), p('第一稿')), doc(h(1, '基本情况'), p('第二稿'), p('多了一段'))];
    rawExec(path, (db) => {
      db.exec(
        'DROP TABLE data; DROP TABLE snapshots; DROP TABLE snapshot_blocks; ' +
          'DELETE FROM schema_migrations WHERE id >= 4;',
      );
      db.pragma('user_version = 3');
      const insert = db.prepare('INSERT INTO revisions (created_at, reason, schema_version, json) VALUES (?, ?, 1, ?)');
      insert.run('2025-03-01T08:00:00.000Z', 'open', JSON.stringify(old[0]));
      insert.run('2025-03-01T09:00:00.000Z', 'edit', JSON.stringify(old[1]));
    });
    const file = closeLater(await ReportFile.open(path));
    const snaps = file.snapshots();
    expect(snaps.slice(0, 2)).toMatchObject([
      { reason: 'open', createdAt: '2025-03-01T08:00:00.000Z', chars: 7 },
      { reason: 'edit', createdAt: '2025-03-01T09:00:00.000Z', chars: 11 },
    ]);
    expect(snaps.slice(0, 2).map((s) => file.snapshotDocument(s.id))).toEqual(old);
    expect(rawExec(path, (db) => db.prepare('SELECT count(*) FROM revisions').pluck().get())).toBe(0);
    // 基本情况 is stored once for both (4 blocks), plus the empty paragraph of this open's snapshot.
    expect(rawExec(path, (db) => db.prepare('SELECT count(*) FROM snapshot_blocks').pluck().get())).toBe(5);
  });

  it('builds a new report with its document and photos in one go, in 16 KB pages', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.nianbao');
    const asImported = {
      assetKey: 'cd'.repeat(32),
      mime: 'image/png',
      width: 4,
      height: 3,
      bytes: Buffer.from([4, 5]),
      originalName: 'a.png',
      stillToSize: true,
    };
    const done = {
      assetKey: 'ef'.repeat(32),
      mime: 'image/jpeg',
      width: 4,
      height: 3,
      bytes: Buffer.from([6]),
      originalName: 'b.jpg',
    };
    const document = largeDoc(3, '导入');
    const file = closeLater(
      await ReportFile.create(path, sampleMeta, { content: { document, assets: [asImported, done] } }),
    );
    expect(file.document?.json).toEqual(document);
    expect(file.getAsset(asImported.assetKey)).toEqual(asImported);
    expect(file.getAsset(done.assetKey)).toEqual(done);
    expect(file.listPhotosToSize()).toEqual([asImported.assetKey]);
    expect(
      file.replaceWithSized(asImported.assetKey, { mime: 'image/jpeg', width: 4, height: 3, bytes: Buffer.from([7]) }),
    ).toBe(true);
    expect(
      file.replaceWithSized(asImported.assetKey, { mime: 'image/jpeg', width: 4, height: 3, bytes: Buffer.from([8]) }),
    ).toBe(false);
    expect(file.getAsset(asImported.assetKey)).toEqual({
      ...asImported,
      mime: 'image/jpeg',
      bytes: Buffer.from([7]),
      stillToSize: undefined,
    });
    expect(rawExec(path, (db) => db.pragma('page_size', { simple: true }))).toBe(16384);
    expect(readdirSync(dir).filter((n) => n.includes('creating'))).toEqual([]);
  });

  it('stores many photos at once, all or none, counting only the new ones', async () => {
    const file = closeLater(await ReportFile.create(join(tempDir(), 'a.nianbao'), sampleMeta));
    const photo = (hex: string) => ({
      assetKey: hex.repeat(32),
      mime: 'image/jpeg',
      width: 4,
      height: 3,
      bytes: Buffer.from(hex),
      originalName: `${hex}.jpg`,
    });
    expect(file.putAssets([photo('ab'), photo('cd')])).toBe(2);
    expect(file.putAssets([photo('cd'), photo('ef')])).toBe(1);
    // A photo SQLite cannot store takes the whole batch back with it.
    expect(() => file.putAssets([photo('01'), { ...photo('23'), width: {} as unknown as number }])).toThrow();
    expect(file.listAssets().map((a) => a.originalName)).toEqual(['ab.jpg', 'cd.jpg', 'ef.jpg']);
  });
});
