import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processAlive } from './report-lock';

/**
 * The files SQLite keeps beside a report: the rollback journal while a save is being written,
 * or the WAL and its index for reports written before saves went straight into the file.
 * They belong to that one file: beside another file with the same name they would be applied
 * to it, so a file replaced by 另存为 or 导入 never keeps its predecessor's.
 */
export function sidecarsOf(path: string): string[] {
  return [`${path}-journal`, `${path}-wal`, `${path}-shm`];
}

export function removeSidecars(path: string): void {
  for (const file of sidecarsOf(path)) rmSync(file, { force: true });
}

/** A journal left by a save that never finished: SQLite rolls it back on the next writable open. */
export function hasHotJournal(path: string): boolean {
  return nonEmpty(`${path}-journal`);
}

export function nonEmpty(path: string): boolean {
  try {
    return statSync(path).size > 0;
  } catch {
    return false;
  }
}

const BUILD_LEFTOVER = /\.(creating|saving)-(\d+)$/;
/** A leftover younger than this may still be a build in another process on a shared folder. */
const LEFTOVER_AGE_MS = 60_000;

/**
 * Removes half-built reports (`X.nianbao.creating-<pid>`, `.saving-<pid>`) that a crash during
 * 新建, 导入 or 另存为 left in `dir`: their process is gone on this machine and they are not
 * being written to. They are never a report anyone saw as saved.
 */
export function removeBuildLeftovers(dir: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = BUILD_LEFTOVER.exec(name);
    if (!match || processAlive(Number(match[2]))) continue;
    const path = join(dir, name);
    try {
      if (now - statSync(path).mtimeMs < LEFTOVER_AGE_MS) continue;
      rmSync(path, { force: true });
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove (a read-only folder): nothing is lost by leaving it.
    }
  }
  return removed;
}

/** The half-built files of `target` itself, removable at once while its lock is held. */
export function removeTargetLeftovers(target: string): void {
  const dir = dirname(target);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = BUILD_LEFTOVER.exec(name);
    const ofTarget = match !== null && name.slice(0, -match[0].length) === basename(target);
    if (ofTarget && Number(match[2]) !== process.pid) rmSync(join(dir, name), { force: true });
  }
}
