import type { Finding } from '../../core/check';
import { type CheckInput, type CheckResponse, checkDocument } from './check-document';

/** How long typing must pause before the checks run again. */
export const CHECK_DELAY_MS = 800;

/**
 * Runs the checks in a worker: on a report three times the seed they take a few hundred ms on
 * a slow PC, and on the page's thread the keys typed meanwhile would wait. Where no worker can
 * start (or it fails), they run on the page's thread when it is idle. Only the findings of the
 * latest request are delivered.
 */
export class CheckRunner {
  private worker: Worker | null = null;
  private latest = 0;
  private pending: CheckInput | null = null;
  private cancelIdle: (() => void) | null = null;

  constructor(private readonly deliver: (findings: Finding[]) => void) {
    try {
      this.worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
      this.worker.onmessage = ({ data }: MessageEvent<CheckResponse>) => {
        if (data.id !== this.latest) return;
        this.pending = null;
        this.deliver(data.findings);
      };
      this.worker.onerror = () => this.runHere();
    } catch {
      this.worker = null;
    }
  }

  run(input: CheckInput): void {
    this.cancel();
    this.pending = input;
    if (this.worker) this.worker.postMessage({ id: this.latest, ...input });
    else this.runHere();
  }

  /** Drops the request in flight: its findings may be stale (a finding ignored meanwhile). */
  cancel(): void {
    this.latest += 1;
    this.pending = null;
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  /** From now on on the page's thread, starting with the request the worker did not answer. */
  private runHere(): void {
    this.worker?.terminate();
    this.worker = null;
    const input = this.pending;
    if (!input) return;
    const id = this.latest;
    this.cancelIdle = whenIdle(() => {
      if (id === this.latest) this.deliver(checkDocument(input));
    });
  }
}

/** One check, off the page's thread like the panel's, for a caller that wants a single answer. */
export function checkOnce(input: CheckInput): Promise<Finding[]> {
  return new Promise((resolve) => {
    const runner = new CheckRunner((findings) => {
      runner.dispose();
      resolve(findings);
    });
    runner.run(input);
  });
}

/** Runs `task` when the browser is idle (or soon, where requestIdleCallback is missing); returns a cancel. */
function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 1000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, 0);
  return () => window.clearTimeout(id);
}
