import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiValue } from '../../core/api';
import { harnessServices } from '../assets/services';
import { printResources } from '../../electron/export/print-resources';
import { sampleMeta, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { printWithPhotos, smallSchoolReport } from './printed-pdf';
import { photoDocx, sampleDocx } from './docx-fixture';

describe('import.file through the dispatcher', () => {
  it('creates and opens a new report from a docx, returning stats and notes', async () => {
    const dir = tempDir();
    const input = join(dir, '学校报告.docx');
    writeFileSync(input, await sampleDocx());
    const { dispatch } = harnessServices(dir);
    const res = await dispatch('import.file', { path: input });
    expect(res.ok).toBe(true);
    const value = (res.ok ? res.value : null) as ApiValue<'import.file'>;
    expect(value?.stats).toMatchObject({ cases: 1, figures: 3, figuresWithImage: 3, tables: 1 });
    expect(value?.report.path).toBe(join(dir, 'reports', '学校报告.nianbao'));
    expect(value?.report.meta.importNotes).toEqual(value?.notes);
    const current = await dispatch('report.current', {});
    expect(current.ok && (current.value as ApiValue<'report.current'>)?.path).toBe(value?.report.path);
  });

  it('answers a bad file with an error value and creates nothing', async () => {
    const dir = tempDir();
    const input = join(dir, '坏.docx');
    writeFileSync(input, 'not a zip');
    const { dispatch } = harnessServices(dir);
    const res = await dispatch('import.file', { path: input });
    expect(res).toMatchObject({ ok: false, error: { code: 'IMPORT_NOT_DOCX' } });
    expect(readdirSync(join(dir, 'reports'))).toEqual([]);
  });
});

requires('chromium').describe('import.file of a PDF through the dispatcher', () => {
  it('creates and opens a report from last year’s published PDF, its photo stored', {
    timeout: 120_000,
  }, async () => {
    const dir = tempDir();
    const input = join(dir, '去年的报告.pdf');
    await printResources();
    await printWithPhotos(smallSchoolReport(), { ...sampleMeta, headingNumbering: 'chinese' }, input);
    const { dispatch } = harnessServices(dir);
    const res = await dispatch('import.file', { path: input });
    expect(res.ok).toBe(true);
    const value = (res.ok ? res.value : null) as ApiValue<'import.file'>;
    expect(value?.stats).toMatchObject({ cases: 1, figures: 1, figuresWithImage: 1 });
    expect(value?.report.path).toBe(join(dir, 'reports', '去年的报告.nianbao'));
    expect(value?.notes.map((n) => n.kind)).toContain('page-furniture-left-out');
  });
});

describe('import.progress', () => {
  it('counts the photos stored while an import runs, and is null before and after', async () => {
    const dir = tempDir();
    const input = join(dir, '照片多.docx');
    // Photos of 27 MP are sized for print before the report opens (smaller ones are kept as imported, in microseconds).
    writeFileSync(input, await photoDocx(4, { large: true }));
    const { dispatch } = harnessServices(dir);
    expect(await dispatch('import.progress', {})).toEqual({ ok: true, value: null });
    const running = dispatch('import.file', { path: input });
    const seen: ApiValue<'import.progress'>[] = [];
    let settled = false;
    void running.then(() => (settled = true));
    while (!settled) {
      const res = await dispatch('import.progress', {});
      if (res.ok && res.value) seen.push(res.value as ApiValue<'import.progress'>);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect((await running).ok).toBe(true);
    const counted = seen.filter((p) => p!.photosTotal > 0);
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.every((p) => p!.photosTotal === 4 && p!.photosDone <= 4)).toBe(true);
    expect(counted.map((p) => p!.photosDone)).toEqual([...counted.map((p) => p!.photosDone)].sort((a, b) => a - b));
    expect(await dispatch('import.progress', {})).toEqual({ ok: true, value: null });
  });
});
