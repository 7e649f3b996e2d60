import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { ReportError } from '../../core/errors';
import type { PathPolicy } from './path-policy';

/**
 * The browser harness's policy: any page on this machine could try its port, so every path it
 * is given must lie inside `folder` (its NIANBAO_HOME), as the file is on disk: a symlink out
 * of the folder does not count as inside, and no `..` is taken at all.
 */
export function insideFolder(folder: string): PathPolicy {
  return {
    check(_purpose, path) {
      if (!isAbsolute(path) || path.split(/[\\/]/).includes('..')) throw new ReportError('PATH_OUTSIDE_HOME', path);
      const rel = relative(onDisk(folder), onDisk(path));
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) throw new ReportError('PATH_OUTSIDE_HOME', path);
    },
  };
}

/** `path` with its symlinks resolved as far as it exists; what does not exist yet is kept as written. */
function onDisk(path: string): string {
  const rest: string[] = [];
  let at = resolve(path);
  for (;;) {
    try {
      return join(realpathSync.native(at), ...rest);
    } catch {
      const parent = dirname(at);
      if (parent === at) return resolve(path);
      rest.unshift(basename(at));
      at = parent;
    }
  }
}
