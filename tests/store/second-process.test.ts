import { existsSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { ReportFile } from '../../electron/store/report-file';
import { lockPathFor } from '../../electron/store/report-lock';
import { doc, h, p } from '../helpers/doc';
import { closeLater, sampleMeta, tempDir } from '../helpers/files';
import { closed, spawnTs, waitForLine } from '../helpers/processes';

describe('a second process on the same report', () => {
  it('opens read-only while another process edits it, and takes over once that process died', async () => {
    const dir = tempDir();
    const path = join(dir, '两个窗口.nianbao');
    const content = doc(h(1, '基本情况'), p('另一个进程正在编辑这份报告。'));
    const created = await ReportFile.create(path, sampleMeta);
    created.saveDocument(content);
    created.close();

    const child = spawnTs('tests/helpers/hold-report.ts', [path]);
    const exited = closed(child);
    onTestFinished(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    const ready = await waitForLine(child, /^ready /);
    expect(ready).toBe(`ready writable pid=${child.pid}`);
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: child.pid, host: hostname() });

    const second = closeLater(await ReportFile.open(path));
    expect(second.readOnly).toBe(true);
    expect(second.readOnlyReason).toContain('只读');
    expect(second.readOnlyReason).toBe(zh.readOnly.lockedHere);
    expect(second.meta).toEqual(sampleMeta);
    expect(second.document?.json).toEqual(content);
    let thrown: unknown;
    try {
      second.saveDocument(doc(p('不应写入')));
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ReportError);
    expect((thrown as ReportError).error.code).toBe('READ_ONLY');
    second.close();
    // The read-only opener never touches the live process's lock.
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: child.pid });

    child.kill('SIGKILL');
    expect(await exited).toMatchObject({ signal: 'SIGKILL' });
    // The dead process's lock is still there until someone takes it over.
    expect(existsSync(lockPathFor(path))).toBe(true);

    const third = closeLater(await ReportFile.open(path));
    expect(third.readOnly).toBe(false);
    expect(third.readOnlyReason).toBeNull();
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    const edited = doc(h(1, '基本情况'), p('接手后继续编辑。'));
    third.saveDocument(edited);
    third.close();
    expect(existsSync(lockPathFor(path))).toBe(false);

    const check = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(check.document?.json).toEqual(edited);
  });
});
