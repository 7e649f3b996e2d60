import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingHash } from '../../core/check/index';
import { build } from '../../core/document/nodes';
import { zh } from '../../core/zh';
import { ReportFile } from '../../electron/store/report-file';
import { sampleMeta, snapshot, tempDir } from '../helpers/files';
import { runTs } from '../helpers/processes';

const cli = (...args: string[]) => runTs('electron/cli/main.ts', args);

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  excerpt: string;
  location: { headingPath: string[]; blockPath: number[] };
}

describe('nianbao check', () => {
  it('prints the findings as JSON, exits 0 with findings, and leaves ignored ones out', async () => {
    const path = join(tempDir(), '体检.nianbao');
    const file = await ReportFile.create(path, sampleMeta);
    file.saveDocument(
      build.document([
        build.heading(1, '基本情况'),
        build.paragraph('生均纸质图书29.78万册册，由法治副校长校长讲解。'),
        build.paragraph('10月59日开幕。'),
      ]),
    );
    file.close();

    const res = await cli('check', path, '--json');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const findings = JSON.parse(res.stdout) as JsonFinding[];
    expect(findings.map((f) => [f.rule, f.severity, f.location.headingPath, f.location.blockPath])).toEqual([
      ['doubled-word', 'error', ['1 基本情况'], [1]],
      ['doubled-measure-word', 'error', ['1 基本情况'], [1]],
      ['impossible-date', 'error', ['1 基本情况'], [2]],
    ]);
    for (const f of findings)
      expect(
        Object.keys(f)
          .filter((k) => k !== 'suggestion')
          .sort(),
      ).toEqual(['excerpt', 'location', 'message', 'rule', 'severity']);

    const edit = await ReportFile.open(path);
    edit.updateMeta({ ...edit.meta, ignoredFindings: [{ rule: findings[2]!.rule, hash: findingHash(findings[2]!) }] });
    edit.close();
    const after = JSON.parse((await cli('check', path, '--json')).stdout) as JsonFinding[];
    expect(after.map((f) => f.rule)).toEqual(['doubled-word', 'doubled-measure-word']);

    const text = await cli('check', path);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${zh.check.severities.error}  1 基本情况  “校长”重复`);
  });

  it('exits non-zero, in English and Chinese, only when the report cannot be read; the file unchanged', async () => {
    const dir = tempDir();
    const missing = await cli('check', join(dir, 'none.nianbao'), '--json');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('NOT_FOUND');
    expect(missing.stderr).toContain(zh.errors.NOT_FOUND);

    const bogus = join(dir, 'bogus.nianbao');
    (await import('node:fs')).writeFileSync(bogus, 'not a report');
    const before = snapshot(bogus, dir);
    const bad = await cli('check', bogus);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/NOT_A_REPORT|DAMAGED/);
    expect(snapshot(bogus, dir)).toEqual(before);

    const usage = await cli('check');
    expect(usage.code).toBe(2);
  });
});
