import sharp from 'sharp';
import { type PhotoEdit, cropPixels } from '../../core/photo-edit';
import type { StoredAsset } from '../store/assets';

/**
 * The stored photo turned and cropped, as lossless PNG bytes for sizePhotoForPrint to encode in
 * the report's one form (so a JPEG is re-encoded once, there, not twice). sharp turns
 * first and cuts the turned picture, as the crop is measured (core/photo-edit.ts).
 */
export async function editedPhoto(original: StoredAsset, edit: PhotoEdit): Promise<Buffer> {
  const turned = sharp(original.bytes).rotate(edit.rotate);
  const crop = cropPixels(edit, original.width, original.height);
  return (crop ? turned.extract(crop) : turned).png({ compressionLevel: 1 }).toBuffer();
}
