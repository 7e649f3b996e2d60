import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../core/zh';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, tempDir } from '../helpers/files';
import { syntheticReport, writeSyntheticReport } from '../fixtures/synthetic-report';
import { runTs } from '../helpers/processes';
import { sampleDocx } from './docx-fixture';

const cli = (...args: string[]) => runTs('electron/cli/main.ts', args);
const statsKeys = ['cases', 'chars', 'figures', 'figuresWithImage', 'headings', 'paragraphs', 'tables'];

describe('nianbao import (subprocess)', () => {
  it('imports a report’s text and prints one JSON object: the stats fields plus notes', async () => {
    const dir = tempDir();
    const out = join(dir, '锦川州2025.nianbao');
    const report = syntheticReport('decimal');
    const input = writeSyntheticReport(dir, 'decimal');
    const run = await cli('import', input, '-o', out, '--org', '锦川州', '--year', '2025', '--kind', 'bureau');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const printed = JSON.parse(lines[0]!) as Record<string, unknown> & {
      notes: { kind: string; text: string; message: string }[];
    };
    expect(Object.keys(printed).sort()).toEqual([...statsKeys, 'notes'].sort());
    expect(printed).toMatchObject({ headings: [9, 25, 13, 0], cases: 24, figures: 53, figuresWithImage: 0, tables: 0 });
    const repeated = printed.notes.find((n) => n.kind === 'heading-number-duplicate');
    expect(repeated).toMatchObject({ text: report.repeatedHeadingLine });

    const stats = await cli('stats', out, '--json');
    const { notes: _notes, ...fields } = printed;
    expect(JSON.parse(stats.stdout)).toEqual(fields);
    const file = closeLater(await ReportFile.open(out, { readOnly: true }));
    expect(file.meta).toMatchObject({
      title: report.coverInfo.title,
      organisation: '锦川州',
      year: 2025,
      kind: 'bureau',
    });
    expect(file.meta.importNotes).toEqual(printed.notes);
  });

  it('imports a generated docx with its photos', async () => {
    const dir = tempDir();
    const input = join(dir, '学校报告.docx');
    writeFileSync(input, await sampleDocx());
    const run = await cli('import', input, '-o', join(dir, 'r.nianbao'));
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({
      headings: [2, 2, 0, 0],
      cases: 1,
      figures: 3,
      figuresWithImage: 3,
      tables: 1,
    });
    const file = closeLater(await ReportFile.open(join(dir, 'r.nianbao'), { readOnly: true }));
    expect(file.listAssets()).toHaveLength(3);
    // The app sizes an import's photos for print while the user works; the command's file is finished.
    expect(file.listPhotosToSize()).toEqual([]);
  });

  it('fails with code and Chinese message on a renamed file, leaving nothing; exit 2 without -o', async () => {
    const dir = tempDir();
    const input = join(dir, '假的.docx');
    writeFileSync(input, 'plain text');
    const run = await cli('import', input, '-o', join(dir, 'r.nianbao'));
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`error IMPORT_NOT_DOCX: ${zh.errors.IMPORT_NOT_DOCX}`);
    expect(readdirSync(dir)).toEqual(['假的.docx']);
    expect((await cli('import', input)).code).toBe(2);
  });
});
