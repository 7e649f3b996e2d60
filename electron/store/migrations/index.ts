import type Database from 'better-sqlite3';
import { ReportError } from '../../../core/errors';
import { initial } from './0001-initial';
import { assetsAsGiven } from './0002-assets-as-given';
import { photosToRead } from './0003-photos-to-read';
import { snapshots } from './0004-snapshots';
import { data } from './0005-data';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Every migration, in order. A migration, once released, is never edited: add a new one. */
export const migrations: readonly Migration[] = [initial, assetsAsGiven, photosToRead, snapshots, data];
export const LATEST_SCHEMA = migrations.length;

const ledgerSql = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`;

/**
 * Brings a writable report up to the latest schema in one transaction. The ledger of
 * applied migrations must be a prefix of the known list; anything else means the file was
 * written by a different build and guessing would risk the user's data.
 */
export function migrate(db: Database.Database, now: () => Date = () => new Date()): void {
  db.transaction(() => {
    db.exec(ledgerSql);
    const applied = appliedMigrations(db);
    verifyLedger(applied);
    for (const m of migrations.slice(applied.length)) {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(
        m.id,
        m.name,
        now().toISOString(),
      );
    }
    db.pragma(`user_version = ${LATEST_SCHEMA}`);
  }).immediate();
}

export function appliedMigrations(db: Database.Database): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as { id: number; name: string }[];
}

export function verifyLedger(applied: readonly { id: number; name: string }[]): void {
  if (applied.length > migrations.length)
    throw new ReportError('TOO_NEW', `file has ${applied.length} migrations, this build knows ${migrations.length}`);
  applied.forEach((row, i) => {
    const known = migrations[i]!;
    if (row.id !== known.id || row.name !== known.name) {
      throw new ReportError('DAMAGED', `migration ledger mismatch at #${i + 1}: ${row.id}/${row.name}`);
    }
  });
}
