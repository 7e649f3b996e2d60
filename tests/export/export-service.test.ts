import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiValue, ExportJobStatus } from '../../core/api';
import { zh } from '../../core/zh';
import type { Dispatch } from '../../electron/api/dispatch';
import { harnessServices } from '../assets/services';
import { tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';
import { pdfPageCount } from './pdf-tools';
import { createSampleReport, smallShape } from './sample-report';

const chromium = requires('chromium', 'poppler');

/** The harness's services with the sample report open. */
async function openSample(dir: string, photos = 2): Promise<Dispatch> {
  const path = join(dir, 'r.nianbao');
  (await createSampleReport(path, { ...smallShape, photos })).close();
  const { dispatch } = harnessServices(dir);
  expect(await dispatch('report.open', { path })).toMatchObject({ ok: true });
  return dispatch;
}

async function value<T>(pending: Promise<unknown>): Promise<T> {
  const res = (await pending) as { ok: boolean; value?: T; error?: unknown };
  if (!res.ok) throw new Error(`call failed: ${JSON.stringify(res.error)}`);
  return res.value as T;
}

/** Polls export.status as the UI does, collecting every status seen, until the job is over. */
async function pollUntilOver(
  dispatch: Dispatch,
  jobId: string,
  seen: ExportJobStatus[] = [],
): Promise<ExportJobStatus[]> {
  for (;;) {
    const status = await value<ExportJobStatus>(dispatch('export.status', { jobId }));
    seen.push(status);
    if (status.state !== 'running') return seen;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('export calls through the dispatcher', () => {
  chromium.it(
    'runs a PDF export as a job: running with stages, then done with the file written',
    { timeout: 90_000 },
    async () => {
      const dir = tempDir();
      const dispatch = await openSample(dir);
      const target = await value<string>(dispatch('dialog.pickExportPath', { suggestedName: '年报', kind: 'pdf' }));
      expect(target).toBe(join(dir, 'reports', '年报.pdf'));
      const { jobId } = await value<{ jobId: string }>(dispatch('export.start', { kind: 'pdf', path: target }));
      const seen = await pollUntilOver(dispatch, jobId);
      const last = seen.at(-1)!;
      expect(last).toMatchObject({
        state: 'done',
        progress: 1,
        stage: zh.exporting.stages.done,
        error: null,
        result: { path: target },
      });
      expect(last.result!.pages).toBe(pdfPageCount(target));
      expect(last.result!.pages).toBeGreaterThanOrEqual(3);
      expect(seen.some((s) => s.state === 'running' && s.stage.startsWith(zh.exporting.stages.layout))).toBe(true);
      const progress = seen.map((s) => s.progress);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      // A second export never overwrites the first in the harness.
      expect(await value<string>(dispatch('dialog.pickExportPath', { suggestedName: '年报', kind: 'pdf' }))).toBe(
        join(dir, 'reports', '年报 (2).pdf'),
      );
    },
  );

  it('writes a .docx at once with export.docx, and as a job', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const dispatch = await openSample(dir);
    const direct = await value<ApiValue<'export.docx'>>(dispatch('export.docx', { path: join(dir, 'direct.docx') }));
    expect(direct.pages).toBeGreaterThan(0);
    expect(direct.bytes).toBeGreaterThan(1000);
    expect(existsSync(direct.path)).toBe(true);
    const { jobId } = await value<{ jobId: string }>(
      dispatch('export.start', { kind: 'docx', path: join(dir, 'job.docx') }),
    );
    const last = (await pollUntilOver(dispatch, jobId)).at(-1)!;
    expect(last).toMatchObject({ state: 'done', result: { path: join(dir, 'job.docx'), pages: direct.pages } });
  });

  chromium.it(
    'cancels a running PDF export: cancelled, and no file or part file left',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir();
      const dispatch = await openSample(dir, 4);
      const out = join(dir, 'out');
      mkdirSync(out);
      const { jobId } = await value<{ jobId: string }>(
        dispatch('export.start', { kind: 'pdf', path: join(out, 'r.pdf') }),
      );
      // Cancel once pagination is under way, the longest stage.
      for (
        let s = await value<ExportJobStatus>(dispatch('export.status', { jobId }));
        !s.stage.startsWith(zh.exporting.stages.layout);
        s = await value<ExportJobStatus>(dispatch('export.status', { jobId }))
      ) {
        expect(s.state).toBe('running');
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(await dispatch('export.cancel', { jobId })).toEqual({ ok: true, value: null });
      const last = (await pollUntilOver(dispatch, jobId)).at(-1)!;
      expect(last).toMatchObject({
        state: 'cancelled',
        stage: zh.exporting.stages.cancelled,
        result: null,
        error: null,
      });
      expect(readdirSync(out)).toEqual([]);
      // Cancelling a finished job changes nothing.
      expect(await dispatch('export.cancel', { jobId })).toEqual({ ok: true, value: null });
      expect(await value<ExportJobStatus>(dispatch('export.status', { jobId }))).toMatchObject({ state: 'cancelled' });
    },
  );

  it('refuses a target it cannot write with a typed error before starting', async () => {
    const dir = tempDir();
    const dispatch = await openSample(dir, 0);
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const refusals = [
      { kind: 'pdf', path: join(dir, 'no-such-folder', 'r.pdf') },
      { kind: 'docx', path: join(dir, 'r.pdf') },
      { kind: 'pdf', path: 'relative.pdf' },
      // A folder where the file would go.
      { kind: 'pdf', path: join(dir, 'locked.pdf') },
    ];
    mkdirSync(join(dir, 'locked.pdf'));
    for (const params of refusals) {
      expect(await dispatch('export.start', params), params.path).toMatchObject({
        ok: false,
        error: { code: 'EXPORT_TARGET', message: zh.errors.EXPORT_TARGET },
      });
    }
    expect(await dispatch('export.docx', { path: join(dir, 'no-such-folder', 'r.docx') })).toMatchObject({
      ok: false,
      error: { code: 'EXPORT_TARGET' },
    });
    // root ignores permissions, so the read-only folder only counts where it is enforced.
    if (process.getuid?.() !== 0)
      expect(await dispatch('export.start', { kind: 'pdf', path: join(locked, 'r.pdf') })).toMatchObject({
        ok: false,
        error: { code: 'EXPORT_TARGET' },
      });
    chmodSync(locked, 0o700);
    expect(readdirSync(dir).filter((n) => /\.(pdf|docx)$/.test(n))).toEqual(['locked.pdf']);
  });

  it('answers without an open report, for unknown jobs, and about revealing files', async () => {
    const dir = tempDir();
    const { dispatch } = harnessServices(dir);
    expect(await dispatch('export.start', { kind: 'docx', path: join(dir, 'r.docx') })).toMatchObject({
      ok: false,
      error: { code: 'NO_REPORT_OPEN' },
    });
    expect(await dispatch('export.status', { jobId: 'ab'.repeat(12) })).toMatchObject({
      ok: false,
      error: { code: 'EXPORT_JOB_NOT_FOUND' },
    });
    expect(await dispatch('export.status', { jobId: '../x' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await dispatch('export.start', { kind: 'odt', path: join(dir, 'r.odt') })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    // The harness has no file manager to show: the UI hides 打开所在文件夹.
    expect(await dispatch('app.capabilities', {})).toEqual({ ok: true, value: { reveal: false } });
    expect(await dispatch('app.reveal', { path: join(dir, 'r.docx') })).toEqual({ ok: true, value: false });
  });
});
