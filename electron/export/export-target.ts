import { accessSync, constants, statSync } from 'node:fs';
import { dirname, extname, isAbsolute } from 'node:path';
import { ReportError } from '../../core/errors';

/** Refuses, from the path alone (nothing is looked up on disk), a target that is not absolute or lacks its format's extension. */
export function checkExportPath(path: string, kind: 'pdf' | 'docx'): void {
  if (!isAbsolute(path)) throw new ReportError('EXPORT_TARGET', `not an absolute path: ${path}`);
  if (extname(path).toLowerCase() !== `.${kind}`) throw new ReportError('EXPORT_TARGET', `${path} does not end in .${kind}`);
}

/**
 * Refuses, before the (slow) export starts, a target checkExportPath accepted that cannot be
 * written: a folder that does not exist or cannot be written, or a folder in the file's place.
 */
export function checkExportTarget(path: string, kind: 'pdf' | 'docx'): void {
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new ReportError('EXPORT_TARGET', `${dir}: ${(err as Error).message}`);
  }
  const existing = statSync(path, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new ReportError('EXPORT_TARGET', `${path} is a folder`);
}
