import sharp, { type Metadata } from 'sharp';
import type { StoredAsset } from '../store/assets';
import { MAX_INPUT_BYTES, cleanName } from './photo-intake';

/**
 * Until intake has sized it, the editor shows the photo itself (on 2× screens) and Chromium
 * decodes it whole: 24 MP (a phone's 6000×4000) is about 100 MB there. Larger ones, rare even
 * in Word files that keep their originals, go through intake at once.
 */
export const MAX_AS_GIVEN_PIXELS = 24_000_000;
const JPEG_END = Buffer.from([0xff, 0xd9]);
/** A PNG's last chunk: length 0, "IEND", its fixed CRC. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

function kindOf(bytes: Buffer): { mime: string; end: Buffer } | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: 'image/jpeg', end: JPEG_END };
  if (bytes.length > 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a) return { mime: 'image/png', end: PNG_END };
  return null;
}

/**
 * An import's picture stored as the source gave it, to be taken in by photo intake after the
 * report has opened (PhotoCompactor): a JPEG or PNG of at most 24 MP that ends where its
 * format ends, which the editor, the print path and Word all show as it is. Anything else
 * (a truncated file, a larger photo, TIFF, HEIC, a drawing) gets null and goes through intake at once, with
 * its clear error. Reading the header costs well under a millisecond; intake costs 100–400 ms.
 */
export async function storeAsGiven(bytes: Buffer, sha256: string, name: string): Promise<StoredAsset | null> {
  const kind = kindOf(bytes);
  if (!kind || bytes.length > MAX_INPUT_BYTES || !bytes.subarray(bytes.length - kind.end.length).equals(kind.end)) return null;
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return null;
  }
  const { width, height, orientation } = meta;
  if (!width || !height || width * height > MAX_AS_GIVEN_PIXELS) return null;
  // EXIF orientations 5–8 turn the picture a quarter: shown upright, it is as wide as it is stored high.
  const turned = (orientation ?? 1) >= 5;
  return { sha256, mime: kind.mime, width: turned ? height : width, height: turned ? width : height, bytes, originalName: cleanName(name), asGiven: true };
}
