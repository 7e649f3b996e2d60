import type { Migration } from './index';

/**
 * An import stores its photos as the source gave them, so the report opens at once, and photo
 * intake (orient, size for print, re-encode) replaces their bytes afterwards. `as_given` marks
 * the photos still waiting for it; their sha256 stays the key of the bytes first stored.
 */
export const assetsAsGiven: Migration = {
  id: 2,
  name: 'assets-as-given',
  sql: `ALTER TABLE assets ADD COLUMN as_given INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX assets_as_given ON assets (as_given) WHERE as_given = 1;`,
};
