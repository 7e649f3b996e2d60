import { createHash } from 'node:crypto';
import type { FigureImageRef } from '../../core/document/nodes';
import { ReportError } from '../../core/errors';
import { keepPhotoAsImported } from '../assets/photo-as-imported';
import { sizePhotoForPrint } from '../assets/photo-for-print';
import type { StoredAsset } from '../store/assets';
import type { ImageSink } from './docx-blocks';

export interface PhotoCollector {
  sink: ImageSink;
  /** Every photo, by its key: written to the report only once the whole import succeeded. */
  assets: Map<string, StoredAsset>;
}

/**
 * The sink an import hands its photos to. A JPEG or PNG is kept as the source gave it (its
 * intake follows once the report is open: PhotoSizer); anything else goes through intake
 * at once. All are held back (not written) so a failing import leaves the report untouched.
 * A picture the source uses twice (a logo, a photo repeated in two cases) arrives as the
 * same bytes and is taken in once.
 */
export function collectPhotos(): PhotoCollector {
  const assets = new Map<string, StoredAsset>();
  const seen = new Map<string, Promise<FigureImageRef | null>>();
  const intake = async (bytes: Buffer, assetKey: string, name: string): Promise<FigureImageRef | null> => {
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
      // One unreadable drawing (EMF, WMF) must not sink the whole document: it becomes a placeholder with a note.
      if (err instanceof ReportError) return null;
      throw err;
    }
  };
  const sink: ImageSink = (bytes, name) => {
    const key = createHash('sha256').update(bytes).digest('hex');
    let ref = seen.get(key);
    if (!ref) {
      ref = intake(bytes, key, name);
      seen.set(key, ref);
    }
    return ref;
  };
  return { sink, assets };
}
