import Database from 'better-sqlite3';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type ErrorCode, ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { ReportFile } from '../../electron/store/report-file';
import { lockPathFor } from '../../electron/store/report-lock';
import { doc, h, largeDoc, p } from '../helpers/doc';
import { closeLater, sampleMeta, sha256, tempDir } from '../helpers/files';
import { closed, runTs, spawnTs, waitForLine } from '../helpers/processes';

function expectCode(fn: () => unknown, code: ErrorCode): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected ${code}`).toBeInstanceOf(ReportError);
  expect((caught as ReportError).error).toMatchObject({ code, message: zh.errors[code] });
}

async function expectRejects(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected ${code}`).toBeInstanceOf(ReportError);
  expect((caught as ReportError).error).toMatchObject({ code, message: zh.errors[code] });
}

async function savedReport(dir: string, name: string, content = doc(h(1, '基本情况'), p(name))): Promise<string> {
  const path = join(dir, name);
  const file = await ReportFile.create(path, sampleMeta);
  file.saveDocument(content);
  file.close();
  return path;
}

/** Reads a copy of the report file alone, as a colleague receiving it on a USB stick would. */
async function documentOfCopy(path: string, dir: string): Promise<unknown> {
  const elsewhere = join(dir, `copy-${Math.random().toString(36).slice(2)}`);
  mkdirSync(elsewhere);
  const copy = join(elsewhere, '收到的报告.nianbao');
  copyFileSync(path, copy);
  const file = await ReportFile.open(copy, { readOnly: true });
  try {
    return file.document?.json;
  } finally {
    file.close();
  }
}

/** A child process that holds `path` open for editing (another app window), killed at the test's end. */
async function heldByAnotherProcess(path: string): Promise<void> {
  const child = spawnTs('tests/helpers/hold-report.ts', [path]);
  onTestFinished(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await closed(child);
  });
  expect(await waitForLine(child, /^ready /)).toBe(`ready writable pid=${child.pid}`);
}

describe('the report file alone holds every acknowledged save', () => {
  it('a copy of the .nianbao alone, made after each of several saves, reads back the last one', async () => {
    const dir = tempDir();
    const path = join(dir, '学校年报.nianbao');
    const file = closeLater(await ReportFile.create(path, sampleMeta));
    for (let i = 1; i <= 5; i += 1) {
      const content = doc(h(1, '基本情况'), p(`第 ${i} 次保存`), ...(largeDoc(20 * i).root.children ?? []));
      file.saveDocument(content);
      expect(await documentOfCopy(path, dir)).toEqual(content);
    }
    // Nothing beside the file holds a part of it while the report is open.
    expect(readdirSync(dir).filter((n) => n.startsWith('学校年报.nianbao-'))).toEqual([]);
  });

  it('a report an older build left in WAL mode switches on open; its saves land in the file alone', async () => {
    const dir = tempDir();
    const path = await savedReport(dir, '旧版报告.nianbao');
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    raw.close();

    const file = closeLater(await ReportFile.open(path));
    const content = doc(h(1, '基本情况'), p('升级后的第一次保存'));
    file.saveDocument(content);
    expect(await documentOfCopy(path, dir)).toEqual(content);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('while another connection keeps a WAL-mode report from switching, each save is in the file at once', async () => {
    const dir = tempDir();
    const path = await savedReport(dir, '旧版报告.nianbao');
    const reader = new Database(path);
    reader.pragma('journal_mode = WAL');
    reader.prepare('SELECT count(*) FROM meta').get();
    onTestFinished(() => {
      reader.close();
    });

    const file = closeLater(await ReportFile.open(path));
    const content = doc(h(1, '基本情况'), p('另一个连接还开着'));
    file.saveDocument(content);
    expect(await documentOfCopy(path, dir)).toEqual(content);
  });
});

describe('opening read-only leaves nothing beside the report', () => {
  it('a read-only open and a second window leave no -wal, -shm or -journal behind', async () => {
    const dir = tempDir();
    const path = await savedReport(dir, '只读.nianbao');
    const before = readdirSync(dir).sort();
    const readOnly = await ReportFile.open(path, { readOnly: true });
    expect(readOnly.document?.json).toEqual(doc(h(1, '基本情况'), p('只读.nianbao')));
    readOnly.close();
    expect(readdirSync(dir).sort()).toEqual(before);

    const editor = closeLater(await ReportFile.open(path));
    const second = await ReportFile.open(path);
    expect(second.readOnly).toBe(true);
    editor.saveDocument(doc(p('第一个窗口保存')));
    second.close();
    editor.close();
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('a read-only open of a report an older build left in WAL mode removes the -wal and -shm it made', async () => {
    const dir = tempDir();
    const path = await savedReport(dir, '旧版.nianbao');
    const raw = new Database(path);
    raw.pragma('journal_mode = WAL');
    raw.close();
    const before = readdirSync(dir).sort();
    const file = await ReportFile.open(path, { readOnly: true });
    expect(file.meta).toEqual(sampleMeta);
    file.close();
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('a save cut short by a crash', () => {
  it('is rolled back on the next open, read-only too: the last acknowledged save is what opens', async () => {
    const dir = tempDir();
    const content = doc(h(1, '基本情况'), p('崩溃之前最后一次保存'));
    const path = await savedReport(dir, '崩溃.nianbao', content);
    const crash = await runTs('tests/helpers/crash-mid-save.ts', [path]);
    expect(crash.stdout).toContain('spilled');
    expect(statSync(`${path}-journal`).size).toBeGreaterThan(0);

    // stats, check and export open read-only: before, SQLite refused the file until a writable open.
    const readOnly = await ReportFile.open(path, { readOnly: true });
    expect(readOnly.document?.json).toEqual(content);
    readOnly.close();
    expect(existsSync(`${path}-journal`)).toBe(false);
    const again = closeLater(await ReportFile.open(path));
    expect(again.readOnly).toBe(false);
    expect(again.document?.json).toEqual(content);
  });
});

describe('另存为, 新建 and 导入 never destroy the file they land on', () => {
  it('refuse a report another window is editing; that report and its saves stay whole', async () => {
    const dir = tempDir();
    const theirs = await savedReport(dir, '局里的报告.nianbao');
    await heldByAnotherProcess(theirs);
    const theirsBefore = sha256(theirs);

    const mine = closeLater(await ReportFile.create(join(dir, '我的报告.nianbao'), sampleMeta));
    mine.saveDocument(doc(p('我的内容')));
    await expectRejects(mine.saveAs(theirs), 'TARGET_IN_USE');
    await expectRejects(ReportFile.create(theirs, sampleMeta, { overwrite: true }), 'TARGET_IN_USE');
    expect(sha256(theirs)).toBe(theirsBefore);
    // The refused one is still open and saving where it was.
    mine.saveDocument(doc(p('被拒绝之后继续写')));
    expect(mine.path).toBe(join(dir, '我的报告.nianbao'));
    const check = closeLater(await ReportFile.open(theirs));
    expect(check.readOnly).toBe(true);
    expect(check.document?.json).toEqual(doc(h(1, '基本情况'), p('局里的报告.nianbao')));
  });

  it('refuse the open report itself under another spelling: dir/./X and a symlinked folder', async () => {
    const dir = tempDir();
    const path = join(dir, '本报告.nianbao');
    const file = closeLater(await ReportFile.create(path, sampleMeta));
    const content = doc(h(1, '基本情况'), p('正在编辑'));
    file.saveDocument(content);
    const link = join(dir, '快捷方式');
    symlinkSync(dir, link, 'dir');
    for (const spelling of [`${dir}/./本报告.nianbao`, join(link, '本报告.nianbao')]) {
      await expectRejects(file.saveAs(spelling), 'TARGET_IN_USE');
      await expectRejects(ReportFile.create(spelling, sampleMeta, { overwrite: true }), 'TARGET_IN_USE');
    }
    expect(file.isOpen).toBe(true);
    file.saveDocument(content);
    file.close();
    const reopened = closeLater(await ReportFile.open(path));
    expect(reopened.readOnly).toBe(false);
    expect(reopened.document?.json).toEqual(content);
  });

  it('replace a file a crash left with a journal or WAL beside it without pairing the new file with them', async () => {
    const dir = tempDir();
    const target = await savedReport(dir, '旧文件.nianbao');
    // A crashed session of an older build: the file's WAL and index, and a journal, left beside it.
    writeFileSync(`${target}-wal`, readFileSync(target).subarray(0, 4096));
    writeFileSync(`${target}-shm`, Buffer.alloc(32768, 1));
    writeFileSync(`${target}-journal`, readFileSync(target).subarray(0, 8192));
    // The crashed process's lock is left too: its pid is gone, so it is taken over.
    writeFileSync(lockPathFor(target), JSON.stringify({ pid: await deadPid(), host: hostname(), since: '' }));

    const source = closeLater(await ReportFile.create(join(dir, '新内容.nianbao'), sampleMeta));
    const content = doc(h(1, '另存为的内容'), p('新文件'));
    source.saveDocument(content);
    const copy = closeLater(await source.saveAs(target));
    expect(copy.document?.json).toEqual(content);
    for (const suffix of ['-wal', '-shm', '-journal']) expect(existsSync(`${target}${suffix}`)).toBe(false);
    copy.saveDocument(doc(p('另存后继续写')));
    copy.close();
    const reopened = closeLater(await ReportFile.open(target));
    expect(reopened.readOnly).toBe(false);
    expect(reopened.document?.json).toEqual(doc(p('另存后继续写')));
  });

  it('a save into a file another program renamed over the report is refused and says so', async () => {
    const dir = tempDir();
    const path = join(dir, '被替换.nianbao');
    const file = closeLater(await ReportFile.create(path, sampleMeta));
    file.saveDocument(doc(p('原来的内容')));
    const other = await savedReport(dir, '别的报告.nianbao');
    renameSync(other, path);
    expectCode(() => file.saveDocument(doc(p('写不进去'))), 'REPORT_REPLACED');
    expectCode(() => file.updateMeta({ ...sampleMeta, title: '改标题' }), 'REPORT_REPLACED');
  });

  it('half-built files a crash left (X.nianbao.creating-<pid>) are removed once their process is gone', async () => {
    const dir = tempDir();
    const path = await savedReport(dir, '报告.nianbao');
    const dead = await deadPid();
    const old = Date.now() / 1000 - 600;
    const leftover = join(dir, `导入.nianbao.creating-${dead}`);
    const saving = join(dir, `另存.nianbao.saving-${dead}`);
    const running = join(dir, `进行中.nianbao.creating-${process.pid}`);
    const fresh = join(dir, `刚开始.nianbao.creating-${dead}`);
    for (const f of [leftover, saving, running, fresh]) writeFileSync(f, 'half a report');
    for (const f of [leftover, saving, running]) utimesSync(f, old, old);
    closeLater(await ReportFile.open(path, { readOnly: true })).close();
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(saving)).toBe(false);
    // Its process is alive, or it was written a moment ago: maybe still being built.
    expect(existsSync(running)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    // Building the same target again clears its own leftovers whatever their age.
    const again = join(dir, '刚开始.nianbao');
    closeLater(await ReportFile.create(again, sampleMeta)).close();
    expect(existsSync(fresh)).toBe(false);
  });
});

describe('a report cut short (a copy or download interrupted)', () => {
  for (const [name, cut] of [
    ['by one byte', (size: number) => size - 1],
    ['by 1%', (size: number) => Math.floor(size * 0.99)],
  ] as const) {
    it(`${name}: opens read-only, saying it is incomplete, with the text before the cut readable`, async () => {
      const dir = tempDir();
      const path = join(dir, '不完整.nianbao');
      const file = await ReportFile.create(path, sampleMeta);
      const content = doc(h(1, '基本情况'), p('截断之前的内容'));
      file.saveDocument(content);
      // Photos are stored after the text: the cut falls in them, as in a real report.
      for (let i = 0; i < 4; i += 1) {
        const bytes = Buffer.alloc(200_000, i + 1);
        file.putAsset({
          assetKey: String(i).repeat(64),
          mime: 'image/jpeg',
          width: 10,
          height: 10,
          bytes,
          originalName: `${i}.jpg`,
        });
      }
      file.close();
      truncateSync(path, cut(statSync(path).size));
      const before = sha256(path);

      const opened = closeLater(await ReportFile.open(path));
      expect(opened.readOnly).toBe(true);
      expect(opened.readOnlyReason).toBe(zh.readOnly.truncated);
      expect(opened.document?.json).toEqual(content);
      expectCode(() => opened.saveDocument(doc(p('不可写'))), 'READ_ONLY');
      opened.close();
      expect(sha256(path)).toBe(before);
    });
  }
});

/** The pid of a process that has exited (so a lock or leftover naming it is stale). */
async function deadPid(): Promise<number> {
  const child = spawnTs('tests/helpers/recent-loop.ts', []);
  await closed(child);
  return child.pid!;
}

describe('a report created where it cannot be', () => {
  it('a folder that does not exist gives IO with its reason, and nothing is left behind', async () => {
    const dir = tempDir();
    await expectRejects(ReportFile.create(join(dir, '没有的文件夹', '新报告.nianbao'), sampleMeta), 'IO');
    expect(readdirSync(dir)).toEqual([]);
  });
});
