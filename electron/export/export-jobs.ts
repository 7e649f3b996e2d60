import { randomBytes } from 'node:crypto';
import type { ExportJobStatus } from '../../core/api';
import { type ApiError, ReportError, apiError } from '../../core/errors';
import { zh } from '../../core/zh';
import type { ExportResult, ExportStage, StageListener } from './export-source';

/** The work of one export: it stops when `signal` aborts and reports its stages. */
export type ExportRun = (signal: AbortSignal, onStage: StageListener) => Promise<ExportResult>;

/** Where each stage starts on the progress bar. */
const STAGE_START: Record<ExportStage, number> = {
  photos: 0.02,
  prepare: 0.05,
  build: 0.3,
  layout: 0.15,
  print: 0.85,
  write: 0.95,
};
/** Pagination is most of a PDF's time and reports no steps: the bar eases towards `print` meanwhile. */
const LAYOUT_EASE_MS = 6000;

interface Job {
  state: ExportJobStatus['state'];
  stage: ExportStage | null;
  stageSince: number;
  /** Pages laid out so far while paginating. */
  pages: number;
  cancelling: boolean;
  result: ExportResult | null;
  error: ApiError | null;
  controller: AbortController;
  settled: Promise<void>;
}

/**
 * Exports running in the background, polled by the UI (the same over IPC and HTTP, so no
 * push channel is needed). A cancelled job only reports 'cancelled' once its export has
 * stopped, so at that point nothing of it is left on disk. Finished jobs are kept for a while
 * so a late poll still gets the answer.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly keepFinished = 20,
    private readonly now: () => number = Date.now,
  ) {}

  start(run: ExportRun): string {
    const id = randomBytes(12).toString('hex');
    const controller = new AbortController();
    const job: Job = {
      state: 'running',
      stage: null,
      stageSince: this.now(),
      pages: 0,
      cancelling: false,
      result: null,
      error: null,
      controller,
      settled: Promise.resolve(),
    };
    const onStage: StageListener = (stage, pages) => {
      if (pages !== undefined) job.pages = Math.max(job.pages, pages);
      if (stage === job.stage) return;
      job.stage = stage;
      job.stageSince = this.now();
    };
    job.settled = run(controller.signal, onStage).then(
      (result) => {
        job.result = result;
        job.state = 'done';
      },
      (err: unknown) => {
        const error =
          err instanceof ReportError
            ? err.error
            : apiError('EXPORT_FAILED', err instanceof Error ? err.message : String(err));
        if (controller.signal.aborted || error.code === 'EXPORT_CANCELLED') job.state = 'cancelled';
        else {
          job.state = 'failed';
          job.error = error;
        }
      },
    );
    this.jobs.set(id, job);
    this.forgetOld();
    return id;
  }

  status(id: string): ExportJobStatus {
    const job = this.find(id);
    return {
      state: job.state,
      progress: this.progress(job),
      stage: this.stageText(job),
      result: job.result,
      error: job.error,
    };
  }

  /** Asks the job to stop; a finished job stays as it was. */
  cancel(id: string): void {
    const job = this.find(id);
    if (job.state !== 'running') return;
    job.cancelling = true;
    job.controller.abort();
  }

  /** Resolves once the job has finished, however it ended. */
  settled(id: string): Promise<void> {
    return this.find(id).settled;
  }

  /** Stops every running export (the app is closing). */
  async cancelAll(): Promise<void> {
    for (const job of this.jobs.values()) if (job.state === 'running') job.controller.abort();
    await Promise.all([...this.jobs.values()].map((j) => j.settled));
  }

  private find(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new ReportError('EXPORT_JOB_NOT_FOUND', id);
    return job;
  }

  private progress(job: Job): number {
    if (job.state === 'done') return 1;
    if (job.stage === null) return 0;
    const start = STAGE_START[job.stage];
    if (job.stage !== 'layout') return start;
    const eased = 1 - Math.exp(-(this.now() - job.stageSince) / LAYOUT_EASE_MS);
    return start + (STAGE_START.print - 0.05 - start) * eased;
  }

  private stageText(job: Job): string {
    const stages = zh.exporting.stages;
    if (job.state !== 'running') return stages[job.state];
    if (job.cancelling) return stages.cancelling;
    if (job.stage === 'layout' && job.pages > 0) return zh.exporting.layoutPages(job.pages);
    return stages[job.stage ?? 'queued'];
  }

  /** Keeps the newest finished jobs; running ones are never dropped. */
  private forgetOld(): void {
    const finished = [...this.jobs.entries()].filter(([, j]) => j.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - this.keepFinished))) this.jobs.delete(id);
  }
}
