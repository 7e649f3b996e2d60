import type Database from 'better-sqlite3';

/** Snapshots: one when a report is opened, at most one per 10 minutes of editing, the last 50 kept. */
export const REVISION_INTERVAL_MS = 10 * 60 * 1000;
export const REVISIONS_KEPT = 50;

export type RevisionReason = 'open' | 'edit';

export interface RevisionRow {
  id: number;
  createdAt: string;
  reason: RevisionReason;
}

export function addRevision(db: Database.Database, reason: RevisionReason, json: string, schemaVersion: number, at: Date): void {
  db.prepare('INSERT INTO revisions (created_at, reason, schema_version, json) VALUES (?, ?, ?, ?)').run(at.toISOString(), reason, schemaVersion, json);
  db.prepare('DELETE FROM revisions WHERE id NOT IN (SELECT id FROM revisions ORDER BY id DESC LIMIT ?)').run(REVISIONS_KEPT);
}

/** True when the newest snapshot is old enough for an edit to earn a new one. */
export function editRevisionDue(db: Database.Database, at: Date): boolean {
  const row = db.prepare('SELECT created_at AS createdAt FROM revisions ORDER BY id DESC LIMIT 1').get() as { createdAt: string } | undefined;
  return !row || at.getTime() - Date.parse(row.createdAt) >= REVISION_INTERVAL_MS;
}

export function listRevisions(db: Database.Database): RevisionRow[] {
  return db.prepare('SELECT id, created_at AS createdAt, reason FROM revisions ORDER BY id').all() as RevisionRow[];
}
