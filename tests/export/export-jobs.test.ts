import { describe, expect, it } from 'vitest';
import { ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { ExportJobs } from '../../electron/export/export-jobs';
import type { ExportResult, StageListener } from '../../electron/export/export-source';

/** A run the test steps through by hand. */
function manualRun() {
  let onStage: StageListener = () => undefined;
  let finish: (r: ExportResult) => void = () => undefined;
  let fail: (e: unknown) => void = () => undefined;
  let signal: AbortSignal | null = null;
  const run = (s: AbortSignal, stage: StageListener) => {
    signal = s;
    onStage = stage;
    return new Promise<ExportResult>((resolve, reject) => {
      finish = resolve;
      fail = reject;
    });
  };
  return {
    run,
    stage: (s: Parameters<StageListener>[0], pages?: number) => onStage(s, pages),
    finish: (r: ExportResult) => finish(r),
    fail: (e: unknown) => fail(e),
    signal: () => signal,
  };
}

describe('export jobs', () => {
  it('moves the progress forward through the stages, easing during pagination', async () => {
    let now = 0;
    const jobs = new ExportJobs(20, () => now);
    const r = manualRun();
    const id = jobs.start(r.run);
    expect(jobs.status(id)).toEqual({
      state: 'running',
      progress: 0,
      stage: zh.exporting.stages.queued,
      result: null,
      error: null,
    });
    r.stage('prepare');
    r.stage('layout');
    const atStart = jobs.status(id).progress;
    now += 3000;
    // Pages laid out so far show in the stage; they do not restart the bar.
    r.stage('layout', 3);
    expect(jobs.status(id).stage).toBe(zh.exporting.layoutPages(3));
    const later = jobs.status(id).progress;
    now += 600_000;
    const muchLater = jobs.status(id).progress;
    expect(atStart).toBeLessThan(later);
    expect(later).toBeLessThan(muchLater);
    r.stage('print');
    // Pagination never reaches where printing starts.
    expect(muchLater).toBeLessThan(jobs.status(id).progress);
    expect(jobs.status(id).stage).toBe(zh.exporting.stages.print);
    r.finish({ path: '/x.pdf', pages: 4, bytes: 10 });
    await jobs.settled(id);
    expect(jobs.status(id)).toEqual({
      state: 'done',
      progress: 1,
      stage: zh.exporting.stages.done,
      result: { path: '/x.pdf', pages: 4, bytes: 10 },
      error: null,
    });
  });

  it('reports failures as typed errors and cancellation once the run has stopped', async () => {
    const jobs = new ExportJobs();
    const failing = manualRun();
    const a = jobs.start(failing.run);
    failing.fail(new Error('disk full'));
    await jobs.settled(a);
    expect(jobs.status(a)).toMatchObject({ state: 'failed', error: { code: 'EXPORT_FAILED', detail: 'disk full' } });
    const typed = manualRun();
    const b = jobs.start(typed.run);
    typed.fail(new ReportError('NO_CHROMIUM', '/usr/bin/chromium'));
    await jobs.settled(b);
    expect(jobs.status(b)).toMatchObject({
      state: 'failed',
      error: { code: 'NO_CHROMIUM', message: zh.errors.NO_CHROMIUM },
    });

    const cancelled = manualRun();
    const c = jobs.start(cancelled.run);
    jobs.cancel(c);
    expect(cancelled.signal()?.aborted).toBe(true);
    // Still running until the export has actually stopped.
    expect(jobs.status(c)).toMatchObject({ state: 'running', stage: zh.exporting.stages.cancelling });
    cancelled.fail(new ReportError('EXPORT_CANCELLED'));
    await jobs.settled(c);
    expect(jobs.status(c)).toMatchObject({ state: 'cancelled', error: null });
  });

  it('keeps only the newest finished jobs, never a running one', async () => {
    const jobs = new ExportJobs(2);
    const running = manualRun();
    const keep = jobs.start(running.run);
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const r = manualRun();
      const id = jobs.start(r.run);
      r.finish({ path: `/${i}.pdf`, pages: 1, bytes: 1 });
      await jobs.settled(id);
      ids.push(id);
    }
    jobs.start(manualRun().run); // forgetting happens when a job starts
    expect(() => jobs.status(ids[0]!)).toThrow(ReportError);
    expect(jobs.status(ids[3]!).state).toBe('done');
    expect(jobs.status(keep).state).toBe('running');
  });
});
