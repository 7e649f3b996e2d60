import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../core/check';
import { build } from '../../core/document/nodes';
import { reportMetaSchema } from '../../core/report-meta';
import type { CheckInput } from '../../renderer/check/check-document';
import { CheckRunner } from '../../renderer/check/run-checks';

const input: CheckInput = {
  json: build.document([build.heading(1, '基本情况'), build.paragraph('2025年全州毕业生就业率达到105%。')]),
  meta: reportMetaSchema.parse({ title: '报告', organisation: '昌吉州', year: 2025, kind: 'bureau' }),
  ignored: [],
};

/** A page without requestIdleCallback: the fallback then runs on a timer. */
function stubPage(worker?: unknown): void {
  vi.stubGlobal('window', { setTimeout, clearTimeout });
  vi.stubGlobal('Worker', worker);
}

const delivered = (runner: (deliver: (f: Finding[]) => void) => CheckRunner) =>
  new Promise<Finding[]>((resolve) => {
    runner(resolve);
  });

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the 体检 runner off the page thread', () => {
  it('runs the checks on the page when no worker can start', async () => {
    stubPage(undefined);
    const findings = await delivered((deliver) => {
      const runner = new CheckRunner(deliver);
      runner.run(input);
      return runner;
    });
    expect(findings.map((f) => f.message)).toContain('比例 105% 超过 100%');
  });

  it('falls back to the page, with the same request, when the worker fails', async () => {
    const workers: { onerror: (() => void) | null; terminated: boolean }[] = [];
    stubPage(
      class {
        onerror: (() => void) | null = null;
        onmessage = null;
        terminated = false;
        constructor() {
          workers.push(this);
        }
        postMessage() {
          setTimeout(() => this.onerror?.(), 5);
        }
        terminate() {
          this.terminated = true;
        }
      },
    );
    const findings = await delivered((deliver) => {
      const runner = new CheckRunner(deliver);
      runner.run(input);
      return runner;
    });
    expect(findings.map((f) => f.message)).toContain('比例 105% 超过 100%');
    expect(workers[0]!.terminated).toBe(true);
  });

  it('drops a request cancelled in flight (a finding ignored meanwhile must not come back)', () => {
    // Fake timers before the stub, so the page's fallback timer is one the test can run out.
    vi.useFakeTimers();
    stubPage(undefined);
    const deliver = vi.fn();
    const runner = new CheckRunner(deliver);
    runner.run(input);
    runner.cancel();
    vi.runAllTimers();
    expect(deliver).not.toHaveBeenCalled();
    // The same runner still answers a request left alone: the silence above was the cancel.
    runner.run(input);
    vi.runAllTimers();
    expect(deliver).toHaveBeenCalledTimes(1);
  });
});
