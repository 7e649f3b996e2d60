import type { Migration } from './index';

/**
 * 数据: the report's quantities and indicators (core/data), one JSON row saved as the document
 * is. Snapshots keep the data beside the document (null in snapshots taken before this).
 */
export const data: Migration = {
  id: 5,
  name: 'data',
  sql: `CREATE TABLE data (
      id         INTEGER PRIMARY KEY CHECK (id = 1),
      json       TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    ALTER TABLE snapshots ADD COLUMN data TEXT;`,
};
