import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, onTestFinished, vi } from 'vitest';
import { type ReportMeta, reportMetaSchema } from '../../core/report-meta';

/** A fresh directory for one test, removed when the test finishes. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Gives each test of a file a temporary folder of its own as os.tmpdir() (which reads TMPDIR at
 * each call), so that what other tests or test runs have under way in the shared one is not
 * counted as left behind. Returns where the folder is.
 */
export function useOwnTempFolder(): () => string {
  let folder = '';
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'nianbao-test-tmp-'));
    vi.stubEnv('TMPDIR', folder);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(folder, { recursive: true, force: true });
  });
  return () => folder;
}

/** Closes whatever was opened when the test finishes, even when an assertion failed first. */
export function closeLater<T extends { close(): void }>(file: T): T {
  onTestFinished(() => file.close());
  return file;
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The bytes of a file and the names beside it (to notice -wal, -shm and lock files appearing). */
export function snapshot(file: string, dir: string): { sha: string; names: string[] } {
  return { sha: sha256(file), names: readdirSync(dir).sort() };
}

export const sampleMeta: ReportMeta = reportMetaSchema.parse({
  title: '昌吉州职业教育质量年度报告（2025年）',
  organisation: '昌吉州教育局',
  year: 2025,
  kind: 'bureau',
  headingNumbering: 'decimal',
  figureNumbering: 'continuous',
  template: 'gongwen',
});

/** A clock the test moves by hand. */
export function manualClock(start = '2025-03-01T08:00:00.000Z'): { now: () => Date; advance: (ms: number) => Date } {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
      return new Date(t);
    },
  };
}

export const MINUTE = 60_000;
