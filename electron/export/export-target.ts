import { accessSync, closeSync, constants, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute } from 'node:path';
import { ReportError } from '../../core/errors';

/** How each format's files begin: an export replaces only a file of its own format (or an empty one). */
const SIGNATURES = {
  pdf: Buffer.from('%PDF-', 'latin1'),
  docx: Buffer.from('PK\x03\x04', 'latin1'),
  xlsx: Buffer.from('PK\x03\x04', 'latin1'),
} as const;
/** What an export writes: the report (PDF, Word) or its 数据 (Excel). */
export type TargetKind = keyof typeof SIGNATURES;

/**
 * Refuses, from the path alone (nothing is looked up on disk), a target that is not absolute
 * or lacks its format's extension.
 */
export function checkExportPath(path: string, kind: TargetKind): void {
  if (!isAbsolute(path)) throw new ReportError('EXPORT_TARGET', `not an absolute path: ${path}`);
  if (extname(path).toLowerCase() !== `.${kind}`) {
    throw new ReportError('EXPORT_TARGET', `${path} does not end in .${kind}`);
  }
}

/**
 * Refuses, before the (slow) export starts, a target checkExportPath accepted that cannot be
 * written: a folder that does not exist or cannot be written, a folder in the file's place, or
 * a file of another kind there (a report named .pdf), which the export would replace.
 */
export function checkExportTarget(path: string, kind: TargetKind): void {
  const dir = dirname(path);
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    accessSync(dir, constants.W_OK);
  } catch (err) {
    throw new ReportError('EXPORT_TARGET', `${dir}: ${(err as Error).message}`);
  }
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (existing?.isDirectory()) throw new ReportError('EXPORT_TARGET', `${path} is a folder`);
  if (existing && !(existing.isFile() && (existing.size === 0 || beginsWith(path, SIGNATURES[kind])))) {
    throw new ReportError('EXPORT_REPLACES_OTHER', `${path} is there and is not a .${kind}`);
  }
}

/** Whether the file begins with `signature`; a file that cannot be read is not known to be one to replace. */
function beginsWith(path: string, signature: Buffer): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(signature.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(signature);
  } finally {
    closeSync(fd);
  }
}
