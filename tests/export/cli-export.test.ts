import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../core/zh';
import { runCli } from '../../electron/cli/run-cli';
import { tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { missingOfficeFonts, pdfPageCount } from './pdf-tools';
import { createSampleReport, smallShape } from './sample-report';

const chromium = requires('chromium', 'poppler');

function capture() {
  const out = { stdout: '', stderr: '' };
  const io = {
    stdout: (t: string) => {
      out.stdout += t;
    },
    stderr: (t: string) => {
      out.stderr += t;
    },
  };
  return { out, io };
}

describe('nianbao export', () => {
  chromium.it('writes the PDF and the .docx and prints paths and page counts', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    (await createSampleReport(join(dir, 'r.nianbao'), smallShape)).close();
    const { out, io } = capture();
    const code = await runCli(
      ['export', join(dir, 'r.nianbao'), '--pdf', join(dir, 'r.pdf'), '--docx', join(dir, 'r.docx')],
      io,
    );
    // Nothing on stderr but the warning about office fonts this machine lacks, if any.
    const missing = missingOfficeFonts().map((role) => zh.exporting.fontRoles[role]);
    expect(out.stderr).toBe(missing.length > 0 ? `${zh.exporting.substitutedFonts(missing)}\n` : '');
    expect(code).toBe(0);
    const pages = pdfPageCount(join(dir, 'r.pdf'));
    expect(out.stdout).toContain(`${join(dir, 'r.pdf')}\t${pages} pages`);
    expect(out.stdout).toMatch(new RegExp(`${join(dir, 'r.docx').replace(/[.]/g, '\\.')}\\t~\\d+ pages`));
    expect(existsSync(join(dir, 'r.docx'))).toBe(true);
  });

  it('needs at least one output, and says so', async () => {
    const { out, io } = capture();
    expect(await runCli(['export', 'r.nianbao'], io)).toBe(2);
    expect(out.stderr).toContain('--pdf');
  });

  it('reports a missing report file in English and Chinese with exit code 1', async () => {
    const dir = tempDir();
    const { out, io } = capture();
    expect(await runCli(['export', join(dir, 'missing.nianbao'), '--docx', join(dir, 'x.docx')], io)).toBe(1);
    expect(out.stderr).toMatch(/^error NOT_FOUND: 找不到这个文件/);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});
