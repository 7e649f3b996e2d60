import { type ImageHeader, readImageHeader } from './image-header';
import type { StoredAsset } from '../store/assets';
import { MAX_INPUT_BYTES, cleanName } from './photo-intake';

/**
 * Until intake has sized it, the editor shows the photo itself (on 2× screens) and Chromium
 * decodes it whole: 24 MP (a phone's 6000×4000) is about 100 MB there. Larger ones, rare even
 * in Word files that keep their originals, go through intake at once.
 */
export const MAX_AS_GIVEN_PIXELS = 24_000_000;
/** Where each format ends: JPEG's end-of-image marker; PNG's last chunk (length 0, "IEND", its fixed CRC). */
const END: Record<ImageHeader['mime'], Buffer> = {
  'image/jpeg': Buffer.from([0xff, 0xd9]),
  'image/png': Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
};

/** How a picture stored as given is shown (upright), or null where it cannot be (see storeAsGiven). */
export type GivenShape = Pick<ImageHeader, 'mime' | 'width' | 'height'>;

/**
 * The shape of a JPEG or PNG of at most 24 MP, from its header (`bytes` may be its start only),
 * or null for anything else.
 */
export function givenShape(bytes: Buffer): GivenShape | null {
  const header = readImageHeader(bytes);
  if (!header) return null;
  const { mime, width, height, orientation } = header;
  if (!width || !height || width * height > MAX_AS_GIVEN_PIXELS) return null;
  // EXIF orientations 5–8 turn the picture a quarter: shown upright, it is as wide as it is stored high.
  return orientation >= 5 ? { mime, width: height, height: width } : { mime, width, height };
}

/**
 * An import's picture stored as the source gave it, to be sized for print by photo intake after the
 * report has opened (PhotoCompactor): a JPEG or PNG of at most 24 MP that ends where its
 * format ends, which the editor, the print path and Word all show as it is. Anything else
 * (a truncated file, a larger photo, TIFF, HEIC, a drawing) gets null and goes through intake
 * at once, with its clear error. Reading the header takes microseconds; intake 100–400 ms.
 */
export function storeAsGiven(bytes: Buffer, assetKey: string, name: string): StoredAsset | null {
  const shape = bytes.length <= MAX_INPUT_BYTES ? givenShape(bytes) : null;
  if (!shape || !bytes.subarray(bytes.length - END[shape.mime].length).equals(END[shape.mime])) return null;
  return { assetKey, ...shape, bytes, originalName: cleanName(name), asGiven: true };
}
