import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { WorkerPool } from '../../electron/background/worker-pool';
import { startTypeScriptWorker } from '../../electron/background/typescript-worker';
import type { TrialTasks } from '../fixtures/trial-worker';

const pools: WorkerPool<TrialTasks>[] = [];
const trialPool = (size = 1) => {
  const pool = new WorkerPool<TrialTasks>(
    () => startTypeScriptWorker(join(import.meta.dirname, '../fixtures/trial-worker.ts')),
    size,
  );
  pools.push(pool);
  return pool;
};
const LONG = { timeoutMs: 30_000 };

/** The error `promise` rejects with, as the dispatcher would send it. */
async function failure(promise: Promise<unknown>): Promise<ReportError['error']> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ReportError);
  return (err as ReportError).error;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
});

describe('WorkerPool: heavy work on other threads', () => {
  it('runs a task in another thread, passing its progress events and its answer back', async () => {
    const events: number[] = [];
    const answer = await trialPool().run('echo', { text: '年报' }, { ...LONG, onEvent: (step) => events.push(step) });
    expect(answer.text).toBe('年报');
    expect(answer.thread).not.toBe(threadId);
    expect(events).toEqual([1, 2]);
  });

  it('gives a ReportError thrown in the worker back as the same typed error, Chinese message and all', async () => {
    expect(await failure(trialPool().run('refuse', null, LONG))).toEqual({
      code: 'IMPORT_NOT_DOCX',
      message: zh.errors.IMPORT_NOT_DOCX,
      detail: 'trial',
    });
    expect(await failure(trialPool().run('breakDown', null, LONG))).toMatchObject({
      code: 'INTERNAL',
      detail: 'trial bug',
    });
  });

  it('sends bytes both ways', async () => {
    expect(await trialPool().run('bytes', { bytes: Buffer.from([7, 8, 9]) }, LONG)).toEqual({ length: 3, first: 7 });
  });

  it('refuses input that cannot be sent, and keeps the worker for the next task', async () => {
    const pool = trialPool();
    const unsendable = { text: 'x', call: () => 1 } as unknown as { text: string };
    expect(await failure(pool.run('echo', unsendable, LONG))).toMatchObject({ code: 'INTERNAL' });
    expect((await pool.run('echo', { text: 'next' }, LONG)).text).toBe('next');
    expect(pool.workers).toBe(1);
  });

  it('fails the task of a worker that crashes or throws outside its task; a fresh worker takes the next', async () => {
    const pool = trialPool();
    expect(await failure(pool.run('crash', null, LONG))).toMatchObject({
      code: 'BACKGROUND_FAILED',
      message: zh.errors.BACKGROUND_FAILED,
      detail: 'worker exited with code 3',
    });
    expect(await failure(pool.run('throwOutside', null, LONG))).toMatchObject({
      code: 'BACKGROUND_FAILED',
      detail: 'uncaught in the worker',
    });
    expect((await pool.run('echo', { text: 'again' }, LONG)).text).toBe('again');
    expect(pool.workers).toBe(1);
  });

  it('ends a hung worker after its time, with a clear error, and answers the next task from a fresh one', async () => {
    const pool = trialPool();
    expect(await failure(pool.run('hang', null, { timeoutMs: 500 }))).toMatchObject({
      code: 'BACKGROUND_TIMED_OUT',
      message: zh.errors.BACKGROUND_TIMED_OUT,
    });
    expect((await pool.run('echo', { text: 'after' }, LONG)).text).toBe('after');
  });

  it('cancels a task by ending its worker, with the error the caller names', async () => {
    const pool = trialPool();
    const controller = new AbortController();
    const running = pool.run('hang', null, { ...LONG, signal: controller.signal });
    controller.abort();
    expect(await failure(running)).toMatchObject({ code: 'EXPORT_CANCELLED' });
    const gone = new AbortController();
    gone.abort();
    expect(
      await failure(
        pool.run(
          'echo',
          { text: 'x' },
          { ...LONG, signal: gone.signal, cancelled: () => new ReportError('IMPORT_READ_GONE') },
        ),
      ),
    ).toMatchObject({ code: 'IMPORT_READ_GONE' });
    expect((await pool.run('echo', { text: 'next' }, LONG)).text).toBe('next');
  });

  it('runs at most `size` tasks at once, the rest as workers free up', async () => {
    const pool = trialPool(2);
    const hung = pool.run('hang', null, { timeoutMs: 1_000 });
    const answers = await Promise.all([1, 2, 3].map((n) => pool.run('echo', { text: String(n) }, LONG)));
    expect(answers.map((a) => a.text)).toEqual(['1', '2', '3']);
    expect(pool.workers).toBe(2);
    await failure(hung);
  });
});
