import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { zh } from '../../core/zh';
import { ReportFile } from '../../electron/store/report-file';
import { doc, h, p } from '../helpers/doc';
import { closeLater, sampleMeta, tempDir } from '../helpers/files';
import { runTs } from '../helpers/processes';
import { requires } from '../helpers/requires';

/** A write-protected USB stick: the folder bind-mounted read-only (needs root, as CI and this machine have). */
function readOnlyView(dir: string): string {
  const view = `${dir}-写保护`;
  mkdirSync(view);
  execFileSync('mount', ['--bind', dir, view]);
  onTestFinished(() => {
    execFileSync('umount', [view]);
  });
  execFileSync('mount', ['-o', 'remount,bind,ro', view]);
  return view;
}

requires('root').describe('a report on read-only media (a write-protected USB stick)', () => {
  it('opens read-only with that reason, leaves nothing beside it, and stats, check and export work', {
    timeout: 60_000,
  }, async () => {
    const dir = tempDir();
    const content = doc(h(1, '基本情况'), p('写保护U盘上的报告'));
    const created = await ReportFile.create(join(dir, 'U盘.nianbao'), sampleMeta);
    created.saveDocument(content);
    created.close();
    const view = readOnlyView(dir);
    const path = join(view, 'U盘.nianbao');

    const file = closeLater(await ReportFile.open(path));
    expect(file.readOnly).toBe(true);
    expect(file.readOnlyReason).toBe(zh.readOnly.readOnlyMedia);
    expect(file.document?.json).toEqual(content);
    file.close();

    const out = tempDir();
    for (const args of [
      ['stats', path, '--json'],
      ['check', path, '--json'],
      ['export', path, '--docx', join(out, 'u.docx')],
    ]) {
      const run = await runTs('electron/cli/main.ts', args);
      expect(run, run.stderr).toMatchObject({ code: 0 });
    }
    expect(readdirSync(out)).toEqual(['u.docx']);
    expect(readdirSync(view)).toEqual(['U盘.nianbao']);
  });
});
