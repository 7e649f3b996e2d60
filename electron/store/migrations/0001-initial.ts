import type { Migration } from './index';

export const initial: Migration = {
  id: 1,
  name: 'initial',
  sql: `
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE document (
      id             INTEGER PRIMARY KEY CHECK (id = 1),
      json           TEXT NOT NULL,
      schema_version INTEGER NOT NULL,
      updated_at     TEXT NOT NULL
    ) STRICT;

    CREATE TABLE assets (
      sha256        TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      mime          TEXT NOT NULL,
      width         INTEGER NOT NULL,
      height        INTEGER NOT NULL,
      bytes         BLOB NOT NULL,
      original_name TEXT NOT NULL,
      created_at    TEXT NOT NULL
    ) STRICT;

    CREATE TABLE revisions (
      id             INTEGER PRIMARY KEY AUTOINCREMENT,
      created_at     TEXT NOT NULL,
      reason         TEXT NOT NULL CHECK (reason IN ('open', 'edit')),
      schema_version INTEGER NOT NULL,
      json           TEXT NOT NULL
    ) STRICT;
    CREATE INDEX revisions_by_time ON revisions (created_at);
  `,
};
