import { accessSync, constants, statSync } from 'node:fs';
import { dirname, extname, isAbsolute } from 'node:path';
import { ReportError } from '../../core/errors';

/**
 * Refuses a target that cannot be written before the (slow) export starts: not absolute,
 * the wrong extension for its format, a folder that does not exist or cannot be written, or
 * a folder in the file's place.
 */
export function checkExportTarget(path: string, kind: 'pdf' | 'docx'): void {
  if (!isAbsolute(path)) throw new ReportError('EXPORT_TARGET', `not an absolute path: ${path}`);
  if (extname(path).toLowerCase() !== `.${kind}`) throw new ReportError('EXPORT_TARGET', `${path} does not end in .${kind}`);
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
