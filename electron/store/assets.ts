import type Database from 'better-sqlite3';

/** A photo stored inside the report: already oriented, sized and encoded for print. */
export interface StoredAsset {
  sha256: string;
  mime: string;
  width: number;
  height: number;
  bytes: Buffer;
  originalName: string;
}

export type AssetInfo = Omit<StoredAsset, 'bytes'> & { size: number };

/** Inserts an asset unless one with the same sha256 is already stored; returns true when added. */
export function putAsset(db: Database.Database, asset: StoredAsset, at: Date): boolean {
  const result = db
    .prepare('INSERT OR IGNORE INTO assets (sha256, mime, width, height, bytes, original_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(asset.sha256, asset.mime, asset.width, asset.height, asset.bytes, asset.originalName, at.toISOString());
  return result.changes > 0;
}

export function getAsset(db: Database.Database, sha256: string): StoredAsset | null {
  const row = db
    .prepare('SELECT sha256, mime, width, height, bytes, original_name AS originalName FROM assets WHERE sha256 = ?')
    .get(sha256) as StoredAsset | undefined;
  return row ?? null;
}

export function listAssets(db: Database.Database): AssetInfo[] {
  return db
    .prepare('SELECT sha256, mime, width, height, original_name AS originalName, length(bytes) AS size FROM assets ORDER BY created_at, sha256')
    .all() as AssetInfo[];
}

export function getAssetInfo(db: Database.Database, sha256: string): AssetInfo | null {
  const row = db
    .prepare('SELECT sha256, mime, width, height, original_name AS originalName, length(bytes) AS size FROM assets WHERE sha256 = ?')
    .get(sha256) as AssetInfo | undefined;
  return row ?? null;
}

/** Removes the given assets in one transaction; returns how many were removed. */
export function deleteAssets(db: Database.Database, sha256s: readonly string[]): number {
  const remove = db.prepare('DELETE FROM assets WHERE sha256 = ?');
  return db.transaction(() => sha256s.reduce((n, sha) => n + remove.run(sha).changes, 0))();
}
