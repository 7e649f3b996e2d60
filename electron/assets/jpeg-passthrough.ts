import sharp, { type Metadata } from 'sharp';

/**
 * Segments a JPEG may carry before its image data that say something about the camera or the
 * person rather than the picture: EXIF and XMP (APP1: GPS position, device, time), IPTC
 * (APP13), other APPn blocks and comments. JFIF (APP0) and Adobe's colour-transform flag
 * (APP14) stay: decoders need them to show the same colours.
 */
function isPrivateSegment(marker: number): boolean {
  return (marker >= 0xe1 && marker <= 0xef && marker !== 0xee) || marker === 0xfe;
}

/** The JPEG without its metadata segments, image data untouched; null when it is not a well-formed JPEG. */
export function stripJpegMetadata(bytes: Buffer): Buffer | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  const kept: Buffer[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // Start of scan: everything after it is image data (and the end marker).
    if (marker === 0xda) return Buffer.concat([...kept, bytes.subarray(at)]);
    const end = at + 2 + bytes.readUInt16BE(at + 2);
    if (end > bytes.length) return null;
    if (!isPrivateSegment(marker)) kept.push(bytes.subarray(at, end));
    at = end;
  }
  return null;
}

/**
 * A JPEG that is already upright, in sRGB (or grey) without an embedded profile, at print size
 * or smaller and within the byte budget is kept as it is, minus its metadata: re-encoding it
 * would only lose quality and time. Word saves its pictures like this (compressed to 220 ppi),
 * so importing a .docx mostly takes this path. Returns null when the photo must be decoded and re-encoded.
 */
export async function keepJpegAsIs(
  bytes: Buffer,
  maxLongSide: number,
  budgetBytesPerPixel: number,
): Promise<{ bytes: Buffer; width: number; height: number } | null> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return null;
  }
  const { format, width, height, orientation, icc, space, channels } = meta;
  if (format !== 'jpeg' || (orientation ?? 1) !== 1 || icc !== undefined) return null;
  if (!((space === 'srgb' && channels === 3) || (space === 'b-w' && channels === 1))) return null;
  if (Math.max(width, height) > maxLongSide || bytes.length > width * height * budgetBytesPerPixel) return null;
  const stripped = stripJpegMetadata(bytes);
  if (!stripped) return null;
  try {
    // Every scan is entropy-decoded, so a truncated or damaged file takes the normal path and
    // its clear error; at an eighth of the size (libjpeg's DCT scaling) this costs a tenth of a full decode.
    await sharp(stripped, { failOn: 'error' })
      .resize({ width: Math.max(1, Math.ceil(width / 8)) })
      .raw()
      .toBuffer();
  } catch {
    return null;
  }
  return { bytes: stripped, width, height };
}
