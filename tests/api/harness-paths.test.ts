import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { type Harness, startHarness } from '../../electron/harness/harness';
import { TOKEN_HEADER } from '../../electron/harness/http-server';
import { ReportFile } from '../../electron/store/report-file';
import { sampleMeta, tempDir } from '../helpers/files';

type Answer = { ok: boolean; error?: { code: string }; value?: unknown };

async function call(h: Harness, name: string, params: unknown): Promise<Answer> {
  const init = { method: 'POST', headers: { [TOKEN_HEADER]: h.token }, body: JSON.stringify(params) };
  const res = await fetch(`http://127.0.0.1:${h.port}/api/${name}`, init);
  return (await res.json()) as Answer;
}

const refusedAs = (code: string) => ({ ok: false, error: { code } });
const refused = refusedAs('PATH_OUTSIDE_HOME');

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

    const throughLink = join(home, 'link', '别人的.nianbao');
    const throughDots = `${home}/reports/../../${basename(outside)}/别人的.nianbao`;
    for (const path of [theirs, throughLink, throughDots, '别人的.nianbao']) {
      expect(await call(h, 'report.open', { path }), path).toMatchObject(refused);
    }
    const created = await call(h, 'report.create', { path: join(outside, '新.nianbao'), meta: sampleMeta });
    expect(created).toMatchObject(refused);
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
    expect(await call(h, 'report.saveAs', { path: inside })).toMatchObject(refusedAs('REPORT_TARGET'));
    const notPdf = join(home, '年报.pdf');
    writeFileSync(notPdf, '不是 PDF');
    const exported = await call(h, 'export.start', { kind: 'pdf', path: notPdf });
    expect(exported).toMatchObject(refusedAs('EXPORT_REPLACES_OTHER'));
    expect(readFileSync(inside, 'utf8')).toBe('一、基本情况\n全州共有中职学校6所。\n');
    expect(readFileSync(notPdf, 'utf8')).toBe('不是 PDF');
    expect(await call(h, 'import.read', { path: inside })).toMatchObject({ ok: true });
    expect(await call(h, 'export.docx', { path: join(home, '年报.docx') })).toMatchObject({ ok: true });
    expect(await call(h, 'report.open', { path: mine })).toMatchObject({ ok: true });
  });
});
