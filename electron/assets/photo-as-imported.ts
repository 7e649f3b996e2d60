import { type ImageHeader, readImageHeader } from './image-header';
import type { StoredAsset } from '../store/assets';
import { MAX_INPUT_BYTES, cleanName } from './photo-for-print';

/**
 * Until it is sized for print, the editor shows the photo itself (on 2× screens) and Chromium
 * decodes it whole: 24 MP (a phone's 6000×4000) is about 100 MB there. Larger ones, rare even
 * in Word files that keep their originals, are sized for print at once.
 */
export const MAX_PIXELS_AS_IMPORTED = 24_000_000;
/** Where each format ends: JPEG's end-of-image marker; PNG's last chunk (length 0, "IEND", its fixed CRC). */
const END: Record<ImageHeader['mime'], Buffer> = {
  'image/jpeg': Buffer.from([0xff, 0xd9]),
  'image/png': Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
};

/** How a picture kept as imported is shown (upright), or null where it cannot be (see keepPhotoAsImported). */
export type ShapeAsImported = Pick<ImageHeader, 'mime' | 'width' | 'height'>;

/**
 * The shape of a JPEG or PNG of at most 24 MP, from its header (`bytes` may be its start only),
 * or null for anything else.
 */
export function shapeAsImported(bytes: Buffer): ShapeAsImported | null {
  const header = readImageHeader(bytes);
  if (!header) return null;
  const { mime, width, height, orientation } = header;
  if (!width || !height || width * height > MAX_PIXELS_AS_IMPORTED) return null;
  // EXIF orientations 5–8 turn the picture a quarter: shown upright, it is as wide as it is stored high.
  return orientation >= 5 ? { mime, width: height, height: width } : { mime, width, height };
}

/**
 * An import's picture kept as the source had it, to be sized for print after the report has
 * opened (PhotoSizer): a JPEG or PNG of at most 24 MP that ends where its format ends, which
 * the editor, the print path and Word all show as it is. Anything else (a truncated file, a
 * larger photo, TIFF, HEIC, a drawing) gets null and is sized for print at once, with its clear
 * error. Reading the header takes microseconds; sizing a photo for print 100–400 ms.
 */
export function keepPhotoAsImported(bytes: Buffer, assetKey: string, name: string): StoredAsset | null {
  const shape = bytes.length <= MAX_INPUT_BYTES ? shapeAsImported(bytes) : null;
  if (!shape || !bytes.subarray(bytes.length - END[shape.mime].length).equals(END[shape.mime])) return null;
  return { assetKey, ...shape, bytes, originalName: cleanName(name), stillToSize: true };
}
