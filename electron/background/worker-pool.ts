import type { Worker } from 'node:worker_threads';
import { ReportError } from '../../core/errors';
import type { TaskEvent, TaskInput, TaskMessage, TaskOutput, TaskRequest, TaskTable } from './task-protocol';

export interface RunOptions<E> {
  onEvent?: (event: E) => void;
  /** Aborting ends the worker at once (the task's work in hand is dropped) and fails the task with `cancelled`. */
  signal?: AbortSignal;
  cancelled?: () => ReportError;
  /** Past this the worker is taken as hung: it is ended and the task fails with BACKGROUND_TIMED_OUT. */
  timeoutMs: number;
}

interface Running {
  id: number;
  task: string;
  onEvent: (event: unknown) => void;
  settle: (outcome: { value: unknown } | { error: ReportError }) => void;
}

interface Slot {
  worker: Worker;
  /** Handed out by acquire, until released. */
  busy: boolean;
  running: Running | null;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * Runs tasks on up to `size` worker threads, one task per worker at a time, so heavy work
 * leaves the calling thread free to answer. A worker that crashes, exits or hangs fails its
 * task with a typed error and is replaced by a fresh one for the next task; idle workers end
 * after `idleMs`, giving back their memory, and never keep the process alive.
 */
export class WorkerPool<T extends TaskTable> {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private nextId = 1;
  /** How many tasks of each name have finished here (tests check where work ran). */
  readonly finished = new Map<string, number>();

  constructor(
    private readonly start: () => Worker,
    private readonly size: number,
    private readonly idleMs = 60_000,
  ) {}

  /** The workers running now, busy or idle (tests count them). */
  get workers(): number {
    return this.slots.length;
  }

  async run<K extends keyof T & string>(
    task: K,
    input: TaskInput<T[K]>,
    options: RunOptions<TaskEvent<T[K]>>,
  ): Promise<TaskOutput<T[K]>> {
    const cancelled = options.cancelled ?? (() => new ReportError('EXPORT_CANCELLED'));
    if (options.signal?.aborted) throw cancelled();
    const slot = await this.acquire();
    if (options.signal?.aborted) {
      this.release(slot);
      throw cancelled();
    }
    return new Promise<TaskOutput<T[K]>>((resolve, reject) => {
      const id = this.nextId++;
      const onAbort = () => void this.end(slot, cancelled());
      const timer = setTimeout(
        () => void this.end(slot, new ReportError('BACKGROUND_TIMED_OUT', `${task} ran over ${options.timeoutMs} ms`)),
        options.timeoutMs,
      );
      slot.running = {
        id,
        task,
        onEvent: (event) => options.onEvent?.(event as TaskEvent<T[K]>),
        settle: (outcome) => {
          clearTimeout(timer);
          options.signal?.removeEventListener('abort', onAbort);
          if ('error' in outcome) reject(outcome.error);
          else resolve(outcome.value as TaskOutput<T[K]>);
        },
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      // A task under way keeps the process alive (a CLI awaiting an import); an idle worker does not.
      slot.worker.ref();
      try {
        slot.worker.postMessage({ id, task, input } satisfies TaskRequest);
      } catch (err) {
        // Input that cannot be sent (a function, say) is a bug here: the worker itself is fine.
        const running = slot.running;
        slot.running = null;
        running?.settle({ error: new ReportError('INTERNAL', `${task}: ${(err as Error).message}`) });
        this.release(slot);
      }
    });
  }

  /** Ends every worker; tasks under way fail. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.end(slot, new ReportError('BACKGROUND_FAILED', 'closed'))));
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      // The first idle worker in the order they started: the one the warm-up ran in is used first.
      const idle = this.slots.find((slot) => !slot.busy);
      if (idle) return this.reserve(idle);
      if (this.slots.length < this.size) return this.reserve(this.spawn());
      await new Promise<void>((wake) => this.waiting.push(wake));
    }
  }

  private reserve(slot: Slot): Slot {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.busy = true;
    return slot;
  }

  private spawn(): Slot {
    const worker = this.start();
    const slot: Slot = { worker, busy: false, running: null, idleTimer: null };
    worker.on('message', (message: TaskMessage) => this.receive(slot, message));
    worker.on('error', (err: Error) => void this.end(slot, new ReportError('BACKGROUND_FAILED', err.message)));
    worker.on('exit', (code) =>
      this.forget(slot, new ReportError('BACKGROUND_FAILED', `worker exited with code ${code}`)),
    );
    this.slots.push(slot);
    return slot;
  }

  private receive(slot: Slot, message: TaskMessage): void {
    const running = slot.running;
    if (!running || running.id !== message.id) return;
    if (message.kind === 'event') {
      running.onEvent(message.event);
      return;
    }
    slot.running = null;
    this.finished.set(running.task, (this.finished.get(running.task) ?? 0) + 1);
    running.settle(message.kind === 'done' ? { value: message.value } : { error: asReportError(message) });
    this.release(slot);
  }

  private release(slot: Slot): void {
    slot.busy = false;
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => void this.end(slot, null), this.idleMs);
    slot.idleTimer.unref();
    this.waiting.shift()?.();
  }

  /** Ends `slot`'s worker, failing its task (if any) with `error` once the worker has stopped. */
  private async end(slot: Slot, error: ReportError | null): Promise<void> {
    const running = slot.running;
    slot.running = null;
    this.forget(slot, null);
    await slot.worker.terminate();
    if (running && error) running.settle({ error });
  }

  /** Drops `slot` from the pool (its worker ended), failing a task it still had with `error`. */
  private forget(slot: Slot, error: ReportError | null): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    const running = slot.running;
    slot.running = null;
    if (running && error) running.settle({ error });
    // A place is free: a waiting task gets a fresh worker.
    this.waiting.shift()?.();
  }
}

/** The same typed error (code, Chinese message, detail) the task threw in the worker. */
function asReportError(message: Extract<TaskMessage, { kind: 'failed' }>): ReportError {
  return message.error
    ? new ReportError(message.error.code, message.error.detail)
    : new ReportError('INTERNAL', message.message);
}
