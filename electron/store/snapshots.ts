import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { EditorStateJSON, SerializedNodeJSON } from '../../core/document/editor-json';
import { type SnapshotInfo, type SnapshotReason, keptForever, snapshotReasons } from '../../core/history/snapshot';
import type { ReportData } from '../../core/data/data-schema';
import { documentStats } from '../../core/stats';
import { parseData } from './report-data';

/**
 * Snapshots of the document (历史版本): one when a report is opened, at most one per 10 minutes
 * of editing, one before each change the user may want to take back whole, and the versions the
 * user names. Each stores its blocks by key (migration 4), so what a snapshot adds is what
 * changed since the ones before it.
 */
export const SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;
/** Automatic snapshots kept: over a school year of daily editing. Named ones are never pruned. */
export const AUTOMATIC_SNAPSHOTS_KEPT = 1000;
/** Pruning reads every snapshot's keys: done once this many are over, not after every snapshot. */
const PRUNE_SLACK = 50;

interface Row {
  id: number;
  createdAt: string;
  reason: string;
  name: string | null;
  chars: number;
}

/**
 * A block's key: 64 bits of its JSON's SHA-256. A report holds some thousands of distinct blocks
 * over its history, so two different blocks sharing a key is a one in a billion chance.
 */
const KEY_BYTES = 8;
const blockKey = (json: string) => createHash('sha256').update(json).digest().subarray(0, KEY_BYTES);

function keysOf(list: Buffer): string[] {
  const keys: string[] = [];
  for (let at = 0; at + KEY_BYTES <= list.length; at += KEY_BYTES) keys.push(list.toString('hex', at, at + KEY_BYTES));
  return keys;
}

/**
 * Keeps `documentJson` as a snapshot; returns its id. One transaction: each block's row
 * committed on its own took a sync of the file apiece, a second for a seed-sized report.
 */
export function addSnapshot(
  db: Database.Database,
  reason: SnapshotReason,
  documentJson: string,
  schemaVersion: number,
  at: Date,
  name: string | null = null,
): number {
  const doc = JSON.parse(documentJson) as EditorStateJSON;
  const { children = [], ...root } = doc.root;
  const chars = documentStats(doc, {}).chars;
  // The 数据 as it is now goes with the text: a restore brings back the numbers the text was written with.
  const data = db.prepare('SELECT json FROM data WHERE id = 1').pluck().get() as string | undefined;
  const insertBlock = db.prepare('INSERT OR IGNORE INTO snapshot_blocks (key, json) VALUES (?, ?)');
  // One transaction: a block per commit would sync the disk once per block (a second per open of a long report).
  return db.transaction(() => {
    const keys = children.map((block) => {
      const json = JSON.stringify(block);
      const key = blockKey(json);
      insertBlock.run(key.toString('hex'), json);
      return key;
    });
    const { lastInsertRowid } = db
      .prepare(
        'INSERT INTO snapshots (created_at, reason, name, schema_version, chars, root, block_keys, data) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        at.toISOString(),
        reason,
        name,
        schemaVersion,
        chars,
        JSON.stringify(root),
        Buffer.concat(keys),
        data ?? null,
      );
    pruneSnapshots(db);
    return Number(lastInsertRowid);
  })();
}

/** Drops the oldest automatic snapshots over the limit, then the blocks no snapshot lists any more. */
function pruneSnapshots(db: Database.Database): void {
  const forever = [...keptForever].map((r) => `'${r}'`).join(', ');
  const automatic = db
    .prepare(`SELECT count(*) FROM snapshots WHERE reason NOT IN (${forever})`)
    .pluck()
    .get() as number;
  if (automatic <= AUTOMATIC_SNAPSHOTS_KEPT + PRUNE_SLACK) return;
  db.prepare(
    `DELETE FROM snapshots WHERE reason NOT IN (${forever}) AND id NOT IN
       (SELECT id FROM snapshots WHERE reason NOT IN (${forever}) ORDER BY id DESC LIMIT ?)`,
  ).run(AUTOMATIC_SNAPSHOTS_KEPT);
  const listed = new Set<string>();
  for (const list of db.prepare('SELECT block_keys FROM snapshots').pluck().iterate())
    for (const key of keysOf(list as Buffer)) listed.add(key);
  const drop = db.prepare('DELETE FROM snapshot_blocks WHERE key = ?');
  for (const key of db.prepare('SELECT key FROM snapshot_blocks').pluck().all() as string[])
    if (!listed.has(key)) drop.run(key);
}

/** True when the newest snapshot is old enough for an edit to earn a new one. */
export function editSnapshotDue(db: Database.Database, at: Date): boolean {
  const createdAt = db.prepare('SELECT created_at FROM snapshots ORDER BY id DESC LIMIT 1').pluck().get() as
    | string
    | undefined;
  return createdAt === undefined || at.getTime() - Date.parse(createdAt) >= SNAPSHOT_INTERVAL_MS;
}

export function listSnapshots(db: Database.Database): SnapshotInfo[] {
  const rows = db
    .prepare('SELECT id, created_at AS createdAt, reason, name, chars FROM snapshots ORDER BY id')
    .all() as Row[];
  return rows.map((r) => ({ ...r, reason: asReason(r.reason) }));
}

export function snapshotInfo(db: Database.Database, id: number): SnapshotInfo | null {
  const row = db
    .prepare('SELECT id, created_at AS createdAt, reason, name, chars FROM snapshots WHERE id = ?')
    .get(id) as Row | undefined;
  return row ? { ...row, reason: asReason(row.reason) } : null;
}

/** The document as it was in snapshot `id`, or null when there is no such snapshot. */
export function snapshotDocument(db: Database.Database, id: number): EditorStateJSON | null {
  const row = db.prepare('SELECT root, block_keys AS keys FROM snapshots WHERE id = ?').get(id) as
    | { root: string; keys: Buffer }
    | undefined;
  if (!row) return null;
  const block = db.prepare('SELECT json FROM snapshot_blocks WHERE key = ?').pluck();
  const children = keysOf(row.keys).map((key) => JSON.parse(block.get(key) as string) as SerializedNodeJSON);
  return { root: { ...(JSON.parse(row.root) as SerializedNodeJSON), children } } as EditorStateJSON;
}

/** The 数据 kept with snapshot `id`, or null (none kept, or no such snapshot). */
export function snapshotData(db: Database.Database, id: number): ReportData | null {
  const json = db.prepare('SELECT data FROM snapshots WHERE id = ?').pluck().get(id) as string | null | undefined;
  return typeof json === 'string' ? parseData(json, `snapshot ${id} data`) : null;
}

export function nameSnapshot(db: Database.Database, id: number, name: string): boolean {
  return db.prepare('UPDATE snapshots SET name = ? WHERE id = ?').run(name, id).changes === 1;
}

/** Every block JSON any snapshot holds, one at a time: what may refer to a photo. */
export function* snapshotBlockJson(db: Database.Database): Generator<string> {
  for (const json of db.prepare('SELECT json FROM snapshot_blocks').pluck().iterate()) yield json as string;
}

/** Moves the whole-document revisions of earlier builds into snapshots, oldest first. */
export function adoptRevisions(db: Database.Database): void {
  const rows = db
    .prepare('SELECT id, created_at AS createdAt, reason, schema_version AS v, json FROM revisions ORDER BY id')
    .all() as {
    id: number;
    createdAt: string;
    reason: string;
    v: number;
    json: string;
  }[];
  if (rows.length === 0) return;
  db.transaction(() => {
    for (const r of rows) addSnapshot(db, asReason(r.reason), r.json, r.v, new Date(r.createdAt));
    db.exec('DELETE FROM revisions');
  })();
}

function asReason(reason: string): SnapshotReason {
  return (snapshotReasons as readonly string[]).includes(reason) ? (reason as SnapshotReason) : 'edit';
}
