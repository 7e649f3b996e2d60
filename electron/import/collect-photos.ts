import { createHash } from 'node:crypto';
import type { FigureImageRef } from '../../core/document/nodes';
import { ReportError } from '../../core/errors';
import { keepPhotoAsImported } from '../assets/photo-as-imported';
import { sizePhotoForPrint } from '../assets/photo-for-print';
import type { StoredAsset } from '../store/assets';
import type { AddPhoto } from './docx-blocks';

export interface PhotoCollector {
  addPhoto: AddPhoto;
  /** Every photo, by its key: written to the report only once the whole import succeeded. */
  assets: Map<string, StoredAsset>;
}

/**
 * Where an import hands its photos (`addPhoto`). A JPEG or PNG is kept as the source had it
 * (sized for print once the report is open: PhotoSizer); anything else is sized for print at
 * once. All are held back (not written) so a failing import leaves the report untouched.
 * A picture the source uses twice (a logo, a photo repeated in two cases) arrives as the
 * same bytes and is stored once.
 */
export function collectPhotos(): PhotoCollector {
  const assets = new Map<string, StoredAsset>();
  const seen = new Map<string, Promise<FigureImageRef | null>>();
  const store = async (bytes: Buffer, assetKey: string, name: string): Promise<FigureImageRef | null> => {
    try {
      const asset = keepPhotoAsImported(bytes, assetKey, name) ?? (await sizePhotoForPrint(bytes, name));
      if (!assets.has(asset.assetKey)) assets.set(asset.assetKey, asset);
      return {
        assetKey: asset.assetKey,
        width: asset.width,
        height: asset.height,
        name: assets.get(asset.assetKey)!.originalName,
      };
    } catch (err) {
      // One unreadable drawing (EMF, WMF) must not fail the whole document: it becomes a placeholder with a note.
      if (err instanceof ReportError) return null;
      throw err;
    }
  };
  const addPhoto: AddPhoto = (bytes, name) => {
    const key = createHash('sha256').update(bytes).digest('hex');
    let ref = seen.get(key);
    if (!ref) {
      ref = store(bytes, key, name);
      seen.set(key, ref);
    }
    return ref;
  };
  return { addPhoto, assets };
}
