import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ReportFile } from '../../electron/store/report-file';
import { sampleMeta, sha256 } from '../helpers/files';
import { chooseSavePath, invoke, launch, useElectronShell } from './electron-shell';

const fake = await vi.hoisted(() => import('./fake-electron'));
vi.mock('electron', () => fake.fakeElectron);

const { fakeElectron, fakeEvent } = fake;
const shell = useElectronShell();
const APP = 'app://nianbao/index.html';
const refused = (code: string) => ({ ok: false, error: { code } });

/** A report at `name` in the test's folder, closed. */
async function reportAt(name: string): Promise<string> {
  const path = join(shell.home, name);
  (await ReportFile.create(path, sampleMeta)).close();
  return path;
}

/** Launches the app and creates a report where the user chose, as 新建报告 does. */
async function launchWithReport(): Promise<string> {
  await launch();
  const path = join(shell.home, '年报.nianbao');
  await chooseSavePath(path);
  expect(await invoke('report.create', APP, { path, meta: sampleMeta })).toMatchObject({ ok: true });
  return path;
}

describe('a compromised page names files in Electron', () => {
  it('另存为 and 新建 write only where the save dialog answered, and replace only a report', async () => {
    await launchWithReport();
    // What a reviewer did: a .txt replaced by a report, its path sent straight from the page.
    const notes = join(shell.home, 'notes.txt');
    writeFileSync(notes, '我的笔记');
    expect(await invoke('report.saveAs', APP, { path: notes })).toMatchObject(refused('PATH_NOT_CHOSEN'));
    const created = await invoke('report.create', APP, { path: join(shell.home, '新.nianbao'), meta: sampleMeta });
    expect(created).toMatchObject(refused('PATH_NOT_CHOSEN'));

    // Even chosen in the dialog, a file that is not a report is never replaced by one.
    const disguised = join(shell.home, 'notes.nianbao');
    writeFileSync(disguised, '我的笔记');
    await chooseSavePath(disguised);
    expect(await invoke('report.saveAs', APP, { path: disguised })).toMatchObject(refused('REPORT_TARGET'));
    const overDisguised = await invoke('report.create', APP, { path: disguised, meta: sampleMeta });
    expect(overDisguised).toMatchObject(refused('REPORT_TARGET'));
    expect([readFileSync(notes, 'utf8'), readFileSync(disguised, 'utf8')]).toEqual(['我的笔记', '我的笔记']);

    // Another report chosen in the dialog is replaced, as the dialog asked the user.
    const other = await reportAt('另一份.nianbao');
    await chooseSavePath(other);
    expect(await invoke('report.saveAs', APP, { path: other })).toMatchObject({ ok: true, value: { path: other } });
  });

  it('打开 opens what the dialog answered, the system handed over, or the recent list holds', async () => {
    const report = await reportAt('学校.nianbao');
    await launch();
    expect(await invoke('report.open', APP, { path: report })).toMatchObject(refused('PATH_NOT_CHOSEN'));
    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [report] });
    expect(await invoke('dialog.pickReportToOpen', APP, {})).toEqual({ ok: true, value: report });
    expect(await invoke('report.open', APP, { path: report })).toMatchObject({ ok: true, value: { path: report } });
    expect(await invoke('report.close', APP, {})).toEqual({ ok: true, value: null });

    // Next time the app starts, nothing is granted but 最近打开 holds it.
    fake.resetFakeElectron({ appPath: join(shell.home, 'app'), userData: join(shell.home, 'user') });
    await launch();
    expect(await invoke('report.open', APP, { path: report })).toMatchObject({ ok: true, value: { path: report } });

    // A report double-clicked in the file manager is handed over by the system.
    const clicked = await reportAt('州报告.nianbao');
    fakeElectron.app.emit('open-file', fakeEvent(), clicked);
    expect(await invoke('report.open', APP, { path: clicked })).toMatchObject({ ok: true, value: { path: clicked } });
  });

  it('导出 writes only where the export dialog answered, never over a file of another format', async () => {
    const report = await launchWithReport();
    const asPdf = join(shell.home, '年报.pdf');
    copyFileSync(report, asPdf); // a report named .pdf
    const before = sha256(asPdf);
    expect(await invoke('export.pdf', APP, { path: asPdf })).toMatchObject(refused('PATH_NOT_CHOSEN'));
    expect(await invoke('export.start', APP, { kind: 'pdf', path: asPdf })).toMatchObject(refused('PATH_NOT_CHOSEN'));
    const choose = async (path: string, kind: 'pdf' | 'docx') => {
      fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
      const picked = await invoke('dialog.pickExportPath', APP, { suggestedName: '年报', kind });
      expect(picked).toEqual({ ok: true, value: path });
    };
    await choose(asPdf, 'pdf');
    expect(await invoke('export.pdf', APP, { path: asPdf })).toMatchObject(refused('EXPORT_REPLACES_OTHER'));
    expect(sha256(asPdf)).toBe(before);

    const text = join(shell.home, '说明.docx');
    writeFileSync(text, '不是 Word 文件');
    await choose(text, 'docx');
    expect(await invoke('export.docx', APP, { path: text })).toMatchObject(refused('EXPORT_REPLACES_OTHER'));
    expect(readFileSync(text, 'utf8')).toBe('不是 Word 文件');

    // A .docx over the .docx it wrote before: replaced, as the dialog asked.
    const docx = join(shell.home, '年报.docx');
    await choose(docx, 'docx');
    expect(await invoke('export.docx', APP, { path: docx })).toMatchObject({ ok: true, value: { path: docx } });
    expect(await invoke('export.docx', APP, { path: docx })).toMatchObject({ ok: true, value: { path: docx } });

    expect(await invoke('app.reveal', APP, { path: report })).toMatchObject(refused('PATH_NOT_CHOSEN'));
    expect(await invoke('app.reveal', APP, { path: docx })).toEqual({ ok: true, value: true });
    expect(fakeElectron.shell.showItemInFolder.mock.calls).toEqual([[docx]]);
  });

  it('导入 and 插入文件 read only what the import dialog answered', async () => {
    await launchWithReport();
    const source = join(shell.home, '去年.txt');
    writeFileSync(source, '一、基本情况\n全州共有中职学校6所。\n');
    expect(await invoke('import.read', APP, { path: source })).toMatchObject(refused('PATH_NOT_CHOSEN'));
    expect(await invoke('import.file', APP, { path: source })).toMatchObject(refused('PATH_NOT_CHOSEN'));
    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [source] });
    expect(await invoke('dialog.pickImportSource', APP, {})).toEqual({ ok: true, value: source });
    expect(await invoke('import.read', APP, { path: source })).toMatchObject({ ok: true });
  });
});
