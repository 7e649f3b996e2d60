import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ReportFile } from '../../electron/store/report-file';
import { autosaveCounter, autosaveDoc } from '../helpers/doc';
import { sampleMeta, tempDir } from '../helpers/files';
import { closed, onLines, spawnTs } from '../helpers/processes';
import { seeded } from '../helpers/random';

const KILLS = 20;
const MIN_ACKS = 3;

interface Run {
  lastAck: number;
  acks: number;
  delayMs: number;
}

/** Starts the autosaving child, kills it with SIGKILL `delayMs` after its first ack (and after MIN_ACKS acks). */
async function autosaveAndKill(path: string, start: number, delayMs: number): Promise<Run> {
  const child = spawnTs('tests/helpers/autosave-loop.ts', [path, String(start)]);
  const exited = closed(child);
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let lastAck = start;
  let acks = 0;
  let killAfter = Number.POSITIVE_INFINITY;
  const outOfOrder: string[] = [];
  onLines(child.stdout, (line) => {
    const m = /^ack (\d+)$/.exec(line);
    if (!m) return;
    const n = Number(m[1]);
    if (n !== lastAck + 1) outOfOrder.push(`ack ${n} after ${lastAck}`);
    lastAck = n;
    acks += 1;
    if (acks === 1) killAfter = Date.now() + delayMs;
    if (acks >= MIN_ACKS && Date.now() >= killAfter && child.signalCode === null) child.kill('SIGKILL');
  });
  // The ack handler kills on the first ack past the deadline; this timer covers a quiet child.
  const timer = setInterval(() => {
    if (acks >= MIN_ACKS && Date.now() >= killAfter && child.signalCode === null) child.kill('SIGKILL');
  }, 5);
  const { signal, code } = await exited;
  clearInterval(timer);
  expect(signal, `child ended by itself (code ${code}): ${stderr}`).toBe('SIGKILL');
  expect(outOfOrder).toEqual([]);
  return { lastAck, acks, delayMs };
}

describe('crash safety', () => {
  it(`keeps every acknowledged save across ${KILLS} SIGKILLs during autosave`, { timeout: 90_000 }, async () => {
    const dir = tempDir();
    const path = join(dir, '自动保存.nianbao');
    const created = await ReportFile.create(path, sampleMeta);
    created.saveDocument(autosaveDoc(0));
    created.close();

    const seed = Number(process.env.NIANBAO_CRASH_SEED ?? Date.now() % 1_000_000);
    const random = seeded(seed);
    const started = Date.now();
    let stored = 0;
    const runs: Run[] = [];
    for (let i = 0; i < KILLS; i += 1) {
      const delayMs = 20 + Math.floor(random() * 181);
      const run = await autosaveAndKill(path, stored, delayMs);
      runs.push(run);
      const context = `kill #${i + 1} (seed ${seed}, delay ${delayMs} ms, ${run.acks} acks, last ack ${run.lastAck})`;
      expect(run.acks, context).toBeGreaterThanOrEqual(MIN_ACKS);

      // The dead child's lock is stale: the file must open for editing again.
      const file = await ReportFile.open(path);
      try {
        expect(file.readOnly, context).toBe(false);
        const counter = autosaveCounter(file.document!.json);
        expect(counter, context).not.toBeNull();
        expect(counter!, context).toBeGreaterThanOrEqual(run.lastAck);
        expect(counter!, context).toBeLessThanOrEqual(run.lastAck + 1);
        expect(file.document!.json, context).toEqual(autosaveDoc(counter!));
        stored = counter!;
      } finally {
        file.close();
      }
      const raw = new Database(path, { readonly: true, fileMustExist: true });
      try {
        expect(raw.pragma('integrity_check', { simple: true }), context).toBe('ok');
      } finally {
        raw.close();
      }
    }
    const seconds = (Date.now() - started) / 1000;
    const totalAcks = runs.reduce((n, r) => n + r.acks, 0);
    console.info(`crash test: ${KILLS} kills, ${totalAcks} acknowledged saves, seed ${seed}, ${seconds.toFixed(1)} s`);
  });
});
