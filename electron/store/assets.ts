import type Database from 'better-sqlite3';

/**
 * A photo stored inside the report: oriented, sized and encoded for print, unless `stillToSize`
 * (an import kept it as the source had it, and its bytes are yet to be replaced by ones sized
 * for print: the `as_given` column). `assetKey` is the sha256 of the bytes first stored (the
 * `sha256` column): it stays the key when sizing later replaces the bytes, so it is not always
 * their hash. Width and height are as shown, upright.
 */
export interface StoredAsset {
  assetKey: string;
  mime: string;
  width: number;
  height: number;
  bytes: Buffer;
  originalName: string;
  stillToSize?: boolean;
}

/** What sizing for print makes of a photo kept as imported. */
export type SizedPhoto = Pick<StoredAsset, 'mime' | 'width' | 'height' | 'bytes'>;

export type AssetInfo = Omit<StoredAsset, 'bytes'> & { size: number };

/** Inserts an asset unless one with the same assetKey is already stored; returns true when added. */
export function putAsset(db: Database.Database, asset: StoredAsset, at: Date): boolean {
  const result = db
    .prepare(
      'INSERT OR IGNORE INTO assets (sha256, mime, width, height, bytes, original_name, created_at, as_given) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      asset.assetKey,
      asset.mime,
      asset.width,
      asset.height,
      asset.bytes,
      asset.originalName,
      at.toISOString(),
      asset.stillToSize ? 1 : 0,
    );
  return result.changes > 0;
}

/** Inserts each asset not stored yet (call inside a transaction); returns how many were new. */
export function putAssets(db: Database.Database, assets: Iterable<StoredAsset>, at: Date): number {
  let added = 0;
  for (const asset of assets) if (putAsset(db, asset, at)) added += 1;
  return added;
}

export function getAsset(db: Database.Database, assetKey: string): StoredAsset | null {
  const row = db
    .prepare(
      'SELECT sha256 AS assetKey, mime, width, height, bytes, original_name AS originalName, as_given AS stillToSize ' +
        'FROM assets WHERE sha256 = ?',
    )
    .get(assetKey) as (Omit<StoredAsset, 'stillToSize'> & { stillToSize: number }) | undefined;
  if (!row) return null;
  const { stillToSize, ...asset } = row;
  return stillToSize === 1 ? { ...asset, stillToSize: true } : asset;
}

/** The photos an import kept as imported, oldest first: those still to be sized for print. */
export function listPhotosToSize(db: Database.Database): string[] {
  return db
    .prepare('SELECT sha256 AS assetKey FROM assets WHERE as_given = 1 ORDER BY created_at, sha256')
    .pluck()
    .all() as string[];
}

/**
 * Puts a photo sized for print in place of the bytes kept as imported, under the same key, so
 * the document and every revision still find the photo. Returns false when the asset was
 * meanwhile removed or already replaced.
 */
export function replaceWithSized(db: Database.Database, assetKey: string, photo: SizedPhoto): boolean {
  return (
    db
      .prepare(
        'UPDATE assets SET mime = ?, width = ?, height = ?, bytes = ?, as_given = 0 WHERE sha256 = ? AND as_given = 1',
      )
      .run(photo.mime, photo.width, photo.height, photo.bytes, assetKey).changes > 0
  );
}

export function listAssets(db: Database.Database): AssetInfo[] {
  return db
    .prepare(
      'SELECT sha256 AS assetKey, mime, width, height, original_name AS originalName, length(bytes) AS size ' +
        'FROM assets ORDER BY created_at, sha256',
    )
    .all() as AssetInfo[];
}

export function getAssetInfo(db: Database.Database, assetKey: string): AssetInfo | null {
  const row = db
    .prepare(
      'SELECT sha256 AS assetKey, mime, width, height, original_name AS originalName, length(bytes) AS size ' +
        'FROM assets WHERE sha256 = ?',
    )
    .get(assetKey) as AssetInfo | undefined;
  return row ?? null;
}

/** Removes the given assets in one transaction; returns how many were removed. */
export function deleteAssets(db: Database.Database, assetKeys: readonly string[]): number {
  const remove = db.prepare('DELETE FROM assets WHERE sha256 = ?');
  return db.transaction(() => assetKeys.reduce((n, assetKey) => n + remove.run(assetKey).changes, 0))();
}
