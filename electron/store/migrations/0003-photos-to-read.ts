import type { Migration } from './index';

/**
 * An import opens its report before it has read the photos out of the source (a .docx): each
 * is listed here, with the key the document already uses, until its bytes are stored in
 * `assets` under that key. Where the source is, and how its directory describes the photo (CRC
 * and size), so it is read again from the same file after a crash or a restart, and a source
 * changed meanwhile is told.
 */
export const photosToRead: Migration = {
  id: 3,
  name: 'photos-to-read',
  sql: `CREATE TABLE photos_to_read (
      sha256        TEXT PRIMARY KEY CHECK (length(sha256) = 64),
      source        TEXT NOT NULL,
      entry         TEXT NOT NULL,
      crc           INTEGER NOT NULL,
      size          INTEGER NOT NULL,
      mime          TEXT NOT NULL,
      width         INTEGER NOT NULL,
      height        INTEGER NOT NULL,
      original_name TEXT NOT NULL,
      created_at    TEXT NOT NULL
    ) STRICT;`,
};
