import type { Migration } from './index';

/**
 * An import keeps its photos as the source had them, so the report opens at once, and sizing
 * for print (orient, downscale, re-encode) replaces their bytes afterwards. `as_given` marks the
 * photos still to be sized (StoredAsset.stillToSize); their sha256 stays the key of the bytes
 * first stored. The column and migration names are stored in report files: they stay.
 */
export const assetsAsGiven: Migration = {
  id: 2,
  name: 'assets-as-given',
  sql: `ALTER TABLE assets ADD COLUMN as_given INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX assets_as_given ON assets (as_given) WHERE as_given = 1;`,
};
