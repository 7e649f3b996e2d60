import type Database from 'better-sqlite3';
import { type StoredAsset, putAsset } from './assets';

/**
 * A photo an import's document shows, still to be read out of the source the import read
 * (migration 0003). `assetKey` is the key the document uses; its bytes arrive under it.
 */
export interface PhotoToRead {
  assetKey: string;
  /** The source file's absolute path. */
  source: string;
  /** Its zip entry, and what the zip's directory said of it: the same photo is known again by them. */
  entry: string;
  crc: number;
  size: number;
  mime: StoredAsset['mime'];
  width: number;
  height: number;
  originalName: string;
}

export function putPhotosToRead(db: Database.Database, photos: Iterable<PhotoToRead>, at: Date): void {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO photos_to_read ' +
      '(sha256, source, entry, crc, size, mime, width, height, original_name, created_at) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const p of photos)
    insert.run(
      p.assetKey,
      p.source,
      p.entry,
      p.crc,
      p.size,
      p.mime,
      p.width,
      p.height,
      p.originalName,
      at.toISOString(),
    );
}

/** Oldest first, by source: each source is opened once for all its photos. */
export function listPhotosToRead(db: Database.Database): PhotoToRead[] {
  return db
    .prepare(
      'SELECT sha256 AS assetKey, source, entry, crc, size, mime, width, height, original_name AS originalName ' +
        'FROM photos_to_read ORDER BY source, created_at, sha256',
    )
    .all() as PhotoToRead[];
}

export function isPhotoToRead(db: Database.Database, assetKey: string): boolean {
  return db.prepare('SELECT 1 FROM photos_to_read WHERE sha256 = ?').get(assetKey) !== undefined;
}

/** Stores the photo read for `asset.assetKey` and strikes it off the list, together. */
export function storeReadPhoto(db: Database.Database, asset: StoredAsset, at: Date): void {
  db.transaction(() => {
    putAsset(db, asset, at);
    db.prepare('DELETE FROM photos_to_read WHERE sha256 = ?').run(asset.assetKey);
  })();
}
