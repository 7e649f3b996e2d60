import type { Migration } from './index';

/**
 * 历史版本, stored by what changed: a snapshot lists its top-level blocks by key (8 bytes each,
 * in order, in one blob), and each
 * block's JSON is stored once however many snapshots share it, so a snapshot after a small
 * edit costs its key list and the edited blocks, not the whole report. The `revisions` table
 * of earlier builds (whole documents) is moved in by the code on the first writable open.
 */
export const snapshots: Migration = {
  id: 4,
  name: 'snapshots',
  sql: `CREATE TABLE snapshot_blocks (
      key  TEXT PRIMARY KEY,
      json TEXT NOT NULL
    ) STRICT;
    CREATE TABLE snapshots (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,
      created_at     TEXT NOT NULL,
      reason         TEXT NOT NULL,
      name           TEXT,
      schema_version INTEGER NOT NULL,
      chars          INTEGER NOT NULL,
      root           TEXT NOT NULL,
      block_keys     BLOB NOT NULL
    ) STRICT;`,
};
