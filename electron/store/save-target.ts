import { realpathSync, statSync } from 'node:fs';
import { ReportError } from '../../core/errors';
import { diskFull } from './disk-full';
import { type LockResult, acquireReportLock } from './report-lock';
import { removeSidecars, removeTargetLeftovers } from './sidecars';

/** Which file a path names on disk (device and inode): one file under any spelling of its path. */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

export function fileIdentity(path: string): FileIdentity | null {
  try {
    const { dev, ino } = statSync(path, { bigint: true });
    return { dev, ino };
  } catch {
    return null;
  }
}

export function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/**
 * True when both paths name one existing file: `dir/./X`, a symlinked folder, or a case variant
 * on a case-insensitive disk. Real paths are compared first; identity catches hard links and
 * case folding, which realpath keeps apart.
 */
export function isSameFile(a: string, b: string): boolean {
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
  } catch {
    return false;
  }
  return sameIdentity(fileIdentity(a), fileIdentity(b));
}

/**
 * Makes `target` ready to be replaced by a new report and returns its lock. Refuses a file that
 * this or another 年报工坊 window has open (its lock is held by a live process): renaming a new
 * file over it would pair it with that window's journal and leave both unopenable. The old
 * file's journal or WAL and half-built files left by a crash are removed, under the lock, so
 * SQLite can never apply them to the new file.
 */
export function claimSaveTarget(target: string): () => void {
  let lock: LockResult;
  try {
    lock = acquireReportLock(target);
  } catch (err) {
    // Writing the lock file is the first write to the target's disk: a full disk says so; a folder
    // missing or read-only is IO. Nothing was written either way.
    throw diskFull(err) ?? new ReportError('IO', (err as Error).message);
  }
  if (!lock.acquired)
    throw new ReportError('TARGET_IN_USE', `${target} is open in process ${lock.owner.pid} on ${lock.owner.host}`);
  try {
    removeSidecars(target);
    removeTargetLeftovers(target);
  } catch (err) {
    lock.release();
    throw new ReportError('IO', (err as Error).message);
  }
  return lock.release;
}
