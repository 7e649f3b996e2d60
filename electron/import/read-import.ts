import { resolve } from 'node:path';
import type { StoredAsset } from '../store/assets';
import type { PhotoToRead } from '../store/photos-to-read';
import { type FileImport, type ImportOptions, importFile } from './import-file';
import { collectPhotos } from './collect-photos';
import { photosLater } from './photos-later';

/**
 * A file read for import, nothing written yet: its document, the photos read out of it, and those left in it to read
 * later.
 */
export interface ReadFile {
  result: FileImport;
  assets: StoredAsset[];
  photosToRead: PhotoToRead[];
}

/** The parsing half of every file import (importToNewReport, readForInsert), run in a background worker. */
export async function readImportFile(path: string, options: Omit<ImportOptions, 'later'> = {}): Promise<ReadFile> {
  const { addPhoto, assets } = collectPhotos();
  const later = photosLater(resolve(path));
  const result = await importFile(path, addPhoto, { ...options, later });
  return { result, assets: [...assets.values()], photosToRead: [...later.photos] };
}
