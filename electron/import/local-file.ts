import { closeSync, constants, fstat, open } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import { promisify } from 'node:util';

/** How long opening a file named by a report may take before it counts as unreadable for now. */
export const OPEN_TIMEOUT_MS = 5_000;

/** Names Windows keeps for devices in every folder, with any extension (`con.docx` is the console). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)/i;

/**
 * True for an absolute path on this machine's own disks, judged by its form before anything
 * touches it: a network share (`\\host\share`, `//host/share`) would make Windows connect out
 * with the user's credentials, and a device (`\\.\`, `\\?\`, CON, COM1…) may never answer.
 */
export function isLocalFilePath(path: string): boolean {
  if (/^[\\/]{2}/.test(path) || WINDOWS_DEVICE.test(basename(path))) return false;
  return isAbsolute(path);
}

/** `work`'s result, or a rejection once `ms` have passed without one (the work itself goes on). */
export function inTime<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

const openFd = promisify(open);
const fstatFd = promisify(fstat);

/**
 * Opens `path` for reading only if it is a regular file on a local disk, without ever blocking
 * the app: O_NONBLOCK makes a FIFO open at once instead of waiting for a writer (fstat then
 * refuses it; a regular file reads as ever), and an open or fstat that hangs (a disk gone
 * away) is given up after `timeoutMs`. Throws when the file cannot be read now.
 */
export async function openRegularFile(
  path: string,
  timeoutMs = OPEN_TIMEOUT_MS,
): Promise<{ fd: number; size: number }> {
  if (!isLocalFilePath(path)) throw new Error(`not a file on a local disk: ${path}`);
  const opening = openFd(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  let fd: number;
  try {
    fd = await inTime(opening, timeoutMs, `opening ${path}`);
  } catch (err) {
    // Should the open still succeed, later, its descriptor is not left open.
    opening.then(closeSync, () => undefined);
    throw err;
  }
  try {
    const stats = await inTime(fstatFd(fd), timeoutMs, `reading what ${path} is`);
    if (!stats.isFile()) throw new Error(`not a regular file: ${path}`);
    return { fd, size: stats.size };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}
