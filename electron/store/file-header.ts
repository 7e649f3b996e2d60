import { open } from 'node:fs/promises';

/** "nbao": marks a SQLite file as a 年报工坊 report (PRAGMA application_id). */
export const REPORT_APPLICATION_ID = 0x6e62616f;

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const HEADER_BYTES = 100;

export type HeaderVerdict =
  | { kind: 'report'; userVersion: number }
  | { kind: 'not-sqlite' }
  | { kind: 'foreign-sqlite'; applicationId: number };

/**
 * Reads the 100-byte SQLite header without opening the database, so a file that is not ours
 * is recognised before SQLite could touch it (or create -wal/-shm files beside it).
 */
export async function readReportHeader(path: string): Promise<HeaderVerdict> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(buf, 0, HEADER_BYTES, 0);
    if (bytesRead < HEADER_BYTES || buf.toString('latin1', 0, 16) !== SQLITE_MAGIC) return { kind: 'not-sqlite' };
    const applicationId = buf.readInt32BE(68);
    if (applicationId !== REPORT_APPLICATION_ID) return { kind: 'foreign-sqlite', applicationId };
    return { kind: 'report', userVersion: buf.readInt32BE(60) };
  } finally {
    await handle.close();
  }
}
