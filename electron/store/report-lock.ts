import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

/**
 * An advisory lock beside the report (like Word's ~$ files): SQLite lets several writers
 * take turns, but two editors autosaving one document would overwrite each other's work.
 * A lock left by a crashed process on this machine is recognised by its dead pid and taken over.
 */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export type LockResult = { acquired: true; release: () => void } | { acquired: false; owner: LockOwner };

export function lockPathFor(reportPath: string): string {
  return join(dirname(reportPath), `.~lock.${basename(reportPath)}#`);
}

export function acquireReportLock(reportPath: string): LockResult {
  const lockPath = lockPathFor(reportPath);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lockPath, JSON.stringify(me), { flag: 'wx' });
      return { acquired: true, release: () => releaseIfOurs(lockPath, me) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        // Created but not written (a full disk): an empty lock would be left behind.
        rmSync(lockPath, { force: true });
        throw err;
      }
    }
    const owner = readOwner(lockPath);
    if (owner && !isStale(owner)) return { acquired: false, owner };
    try {
      unlinkSync(lockPath);
    } catch {
      // Another process removed or replaced it first; the next attempt decides.
    }
  }
  const owner = readOwner(lockPath);
  return { acquired: false, owner: owner ?? { pid: 0, host: 'unknown', since: '' } };
}

function readOwner(lockPath: string): LockOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? '') };
    }
  } catch {
    // Unreadable or half-written lock: treated as stale below.
  }
  return null;
}

function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  return !processAlive(owner.pid);
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(lockPath: string, me: LockOwner): void {
  const owner = readOwner(lockPath);
  if (owner && owner.pid === me.pid && owner.host === me.host && owner.since === me.since) {
    try {
      unlinkSync(lockPath);
    } catch {
      // Already gone: nothing to release.
    }
  }
}
