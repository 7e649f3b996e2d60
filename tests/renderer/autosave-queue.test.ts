import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AutosaveQueue, type SaveStatus } from '../../renderer/editor/autosave-queue';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(save: (v: number) => Promise<boolean>) {
  const statuses: SaveStatus[] = [];
  const queue = new AutosaveQueue<number>({ save, onStatus: (s) => statuses.push(s), delayMs: 800, retryMs: 3000 });
  return { queue, statuses };
}

describe('AutosaveQueue', () => {
  test('saves only the newest value, about a second after typing stops', async () => {
    const saved: number[] = [];
    const { queue, statuses } = setup(async (v) => {
      saved.push(v);
      return true;
    });
    queue.schedule(1);
    await vi.advanceTimersByTimeAsync(500);
    queue.schedule(2);
    await vi.advanceTimersByTimeAsync(500);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual([2]);
    expect(statuses.at(-1)).toBe('saved');
  });

  test('never overlaps saves and writes what arrived during a slow save', async () => {
    let active = 0;
    let maxActive = 0;
    const saved: number[] = [];
    const { queue } = setup(async (v) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise((r) => setTimeout(r, 2000));
      saved.push(v);
      active -= 1;
      return true;
    });
    queue.schedule(1);
    await vi.advanceTimersByTimeAsync(900);
    queue.schedule(2);
    queue.schedule(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(saved).toEqual([1, 3]);
    expect(maxActive).toBe(1);
  });

  test('a failed save is retried, not dropped', async () => {
    const results = [false, true];
    const saved: number[] = [];
    const { queue, statuses } = setup(async (v) => {
      const ok = results.shift() ?? true;
      if (ok) saved.push(v);
      return ok;
    });
    queue.schedule(7);
    await vi.advanceTimersByTimeAsync(900);
    expect(statuses).toContain('failed');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(3100);
    expect(saved).toEqual([7]);
    expect(statuses.at(-1)).toBe('saved');
  });

  test('flush writes pending text at once (leaving the page)', async () => {
    const saved: number[] = [];
    const { queue } = setup(async (v) => {
      saved.push(v);
      return true;
    });
    queue.schedule(5);
    await queue.flush();
    expect(saved).toEqual([5]);
  });
});

test('flush with a failing save returns instead of spinning, and keeps the value', async () => {
  let calls = 0;
  const { queue, statuses } = setup(async () => {
    calls++;
    return false;
  });
  queue.schedule(1);
  await queue.flush();
  expect(calls).toBe(1);
  expect(statuses.at(-1)).toBe('failed');
  queue.dispose();
});

test('idle only when nothing is pending or being written', async () => {
  let release: (ok: boolean) => void = () => {};
  const { queue } = setup(() => new Promise<boolean>((resolve) => (release = resolve)));
  expect(queue.idle).toBe(true);
  queue.schedule(1);
  expect(queue.idle).toBe(false);
  await vi.advanceTimersByTimeAsync(900);
  expect(queue.idle).toBe(false); // written, not yet acknowledged
  release(true);
  await vi.advanceTimersByTimeAsync(0);
  expect(queue.idle).toBe(true);
});
