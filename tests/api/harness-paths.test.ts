import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type Harness, startHarness } from '../../electron/harness/harness';
import { TOKEN_HEADER } from '../../electron/harness/http-server';
import { ReportFile } from '../../electron/store/report-file';
import { sampleMeta, tempDir } from '../helpers/files';

async function call(h: Harness, name: string, params: unknown): Promise<{ ok: boolean; error?: { code: string }; value?: unknown }> {
  const res = await fetch(`http://127.0.0.1:${h.port}/api/${name}`, { method: 'POST', headers: { [TOKEN_HEADER]: h.token }, body: JSON.stringify(params) });
  return (await res.json()) as { ok: boolean; error?: { code: string } };
}

const refused = { ok: false, error: { code: 'PATH_OUTSIDE_HOME' } };

describe('the browser harness keeps to its home folder', () => {
  it('refuses every path outside it, through a symlink or a .., and takes those inside', async () => {
    const home = tempDir();
    const outside = tempDir();
    const h = await startHarness({ home });
    onTestFinished(() => h.close());
    const theirs = join(outside, '别人的.nianbao');
    (await ReportFile.create(theirs, sampleMeta)).close();
    const notes = join(outside, 'notes.txt');
    writeFileSync(notes, '我的笔记');
    symlinkSync(outside, join(home, 'link'));
    mkdirSync(join(home, 'reports'));

    for (const path of [theirs, join(home, 'link', '别人的.nianbao'), `${home}/reports/../../${basename(outside)}/别人的.nianbao`, '别人的.nianbao']) {
      expect(await call(h, 'report.open', { path }), path).toMatchObject(refused);
    }
    expect(await call(h, 'report.create', { path: join(outside, '新.nianbao'), meta: sampleMeta })).toMatchObject(refused);
    expect(existsSync(join(outside, '新.nianbao'))).toBe(false);

    const mine = join(home, 'reports', '我的.nianbao');
    expect(await call(h, 'report.create', { path: mine, meta: sampleMeta })).toMatchObject({ ok: true });
    expect(await call(h, 'report.saveAs', { path: join(home, 'link', '副本.nianbao') })).toMatchObject(refused);
    expect(await call(h, 'export.start', { kind: 'pdf', path: join(outside, '年报.pdf') })).toMatchObject(refused);
    expect(await call(h, 'export.docx', { path: join(home, 'link', '年报.docx') })).toMatchObject(refused);
    expect(await call(h, 'import.read', { path: notes })).toMatchObject(refused);
    expect(await call(h, 'import.file', { path: join(home, 'link', 'notes.txt') })).toMatchObject(refused);
    expect(readFileSync(notes, 'utf8')).toBe('我的笔记');

    const inside = join(home, '去年.txt');
    writeFileSync(inside, '一、基本情况\n全州共有中职学校6所。\n');
    // Inside the folder too, a report replaces only a report, and an export only its own format.
    expect(await call(h, 'report.saveAs', { path: inside })).toMatchObject({ ok: false, error: { code: 'REPORT_TARGET' } });
    const notPdf = join(home, '年报.pdf');
    writeFileSync(notPdf, '不是 PDF');
    expect(await call(h, 'export.start', { kind: 'pdf', path: notPdf })).toMatchObject({ ok: false, error: { code: 'EXPORT_REPLACES_OTHER' } });
    expect([readFileSync(inside, 'utf8'), readFileSync(notPdf, 'utf8')]).toEqual(['一、基本情况\n全州共有中职学校6所。\n', '不是 PDF']);
    expect(await call(h, 'import.read', { path: inside })).toMatchObject({ ok: true });
    expect(await call(h, 'export.docx', { path: join(home, '年报.docx') })).toMatchObject({ ok: true });
    expect(await call(h, 'report.open', { path: mine })).toMatchObject({ ok: true });
  });
});
