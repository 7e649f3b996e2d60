import { ReportError } from '../../core/errors';

/**
 * A write refused for want of space, told as such: Node reports it as ENOSPC (EDQUOT past a
 * quota), SQLite as SQLITE_FULL. It surfaced as "报告文件已损坏" or "程序内部错误" before, which
 * sent users looking for damage that was not there. Null for any other error.
 */
export function diskFull(err: unknown): ReportError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (code !== 'ENOSPC' && code !== 'EDQUOT' && code !== 'SQLITE_FULL') return null;
  return new ReportError('DISK_FULL', err instanceof Error ? err.message : String(code));
}
