/**
 * Small decisions about decoded pixels and file signatures, kept apart from the sharp pipeline
 * so they are plain functions over bytes.
 */

export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

/** True when some pixel is not fully opaque (an alpha channel that is all 255 is not transparency). */
export function hasRealTransparency(image: RawImage): boolean {
  if (image.channels !== 2 && image.channels !== 4) return false;
  const { data, channels } = image;
  for (let i = channels - 1; i < data.length; i += channels) if (data[i]! < 255) return true;
  return false;
}

const SAMPLE_SIDE = 128;
/** At most this many distinct colours in a flat graphic: a palette PNG holds it losslessly. */
export const FEW_COLOURS = 256;
/** Flat-colour graphics (charts with anti-aliased text): a handful of colours cover nearly all of them. */
const TOP_COLOURS = 32;
const TOP_COVERAGE = 0.9;

export type ColourProfile = 'few-colours' | 'flat-graphic' | 'photo';

/**
 * Looks at a nearest-neighbour grid of at most 128×128 pixels (interpolating would invent
 * colours at every edge of line art) and tells photos from line art and screenshots.
 */
export function colourProfile(image: RawImage): ColourProfile {
  const { data, width, height, channels } = image;
  const stepX = Math.max(1, width / SAMPLE_SIDE);
  const stepY = Math.max(1, height / SAMPLE_SIDE);
  const counts = new Map<number, number>();
  let samples = 0;
  for (let y = 0; y < height; y += stepY) {
    const row = Math.floor(y) * width;
    for (let x = 0; x < width; x += stepX) {
      const i = (row + Math.floor(x)) * channels;
      // Colour and alpha packed into one number; grey images repeat their one channel.
      const r = data[i]!;
      const g = channels >= 3 ? data[i + 1]! : r;
      const b = channels >= 3 ? data[i + 2]! : r;
      const a = channels === 4 ? data[i + 3]! : channels === 2 ? data[i + 1]! : 255;
      const key = ((r << 16) | (g << 8) | b) * 256 + a;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      samples += 1;
    }
  }
  // Coverage first: a grey photo has at most 256 distinct levels, yet it is a photo.
  const top = [...counts.values()].sort((p, q) => q - p).slice(0, TOP_COLOURS);
  const covered = top.reduce((sum, n) => sum + n, 0);
  if (covered / samples < TOP_COVERAGE) return 'photo';
  return counts.size <= FEW_COLOURS ? 'few-colours' : 'flat-graphic';
}

const HEVC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);

/** An ISO-BMFF file (HEIF) whose brands name HEVC: what iPhones and many Android phones save. */
export function isHeicContainer(bytes: Buffer): boolean {
  if (bytes.length < 16 || bytes.toString('latin1', 4, 8) !== 'ftyp') return false;
  const boxSize = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
  const brands = [bytes.toString('latin1', 8, 12)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(bytes.toString('latin1', at, at + 4));
  return brands.some((b) => HEVC_BRANDS.has(b));
}
