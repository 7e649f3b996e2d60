import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { ReportError } from '../../core/errors';
import type { StoredAsset } from '../store/assets';
import { type RawImage, colourProfile, hasRealTransparency, isHeicContainer } from './image-kind';
import { keepJpegAsIs } from './jpeg-passthrough';

/** Print size: 2400 px on the long side is 20 cm at 300 dpi, wider than any A4 text column. */
export const MAX_LONG_SIDE = 2400;
/** Larger files are refused before decoding; no phone or camera photo comes near it. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** Decompression bombs: a tiny PNG can declare gigapixels. 250 MP still admits 200 MP phone photos. */
export const MAX_INPUT_PIXELS = 250_000_000;

/**
 * Quality 85 with mozjpeg's trellis quantisation: a 12 MP phone photo lands near 300 KB at
 * 2400 px. Baseline, not progressive: a third faster to encode for 1% more bytes, and nothing
 * here is shown while it downloads.
 */
export const JPEG_OPTIONS = {
  quality: 85,
  mozjpeg: true,
  progressive: false,
  optimiseScans: false,
  chromaSubsampling: '4:2:0',
} as const;
/** A plain libjpeg encode, ten times faster than mozjpeg, to foresee whether quality 85 fits. */
const PROBE_OPTIONS = { quality: 85, optimiseCoding: true, chromaSubsampling: '4:2:0' } as const;
/** mozjpeg's bytes relative to the probe's are about 0.6; past this the probe says "will not fit". */
const PROBE_CLEARLY_OVER = 1 / 0.55;
/**
 * Sensor noise (dim rooms, school halls) is what JPEG spends most bytes on. Over 400 KB for a
 * 2400×1800 photo (scaled by pixel count), one more encode at quality 80 follows: at print size
 * the difference is noise grain, not detail.
 */
const JPEG_BYTES_PER_PIXEL = (400 * 1024) / (2400 * 1800);
const JPEG_FALLBACK_QUALITY = 80;

const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'heif', 'avif']);

/**
 * Turns whatever the user dropped, pasted or picked into the one form a report stores:
 * oriented by its EXIF tag, at most 2400 px on the long side (never enlarged), without
 * metadata, JPEG for photos and PNG for transparency and few-colour graphics, keyed by the
 * assetKey of the bytes written (so the same photo added twice is stored once).
 */
export async function sizePhotoForPrint(bytes: Buffer, originalName: string): Promise<StoredAsset> {
  if (bytes.length === 0) throw new ReportError('BAD_IMAGE', 'empty file');
  if (bytes.length > MAX_INPUT_BYTES)
    throw new ReportError('IMAGE_TOO_LARGE', `${bytes.length} bytes > ${MAX_INPUT_BYTES}`);
  // Twice the re-encode budget: a plain encoder's file is larger than mozjpeg's for the same
  // look, and keeping it spares a generation of loss.
  const kept = await keepJpegAsIs(bytes, MAX_LONG_SIDE, 2 * JPEG_BYTES_PER_PIXEL);
  if (kept) return stored(kept.bytes, 'image/jpeg', kept.width, kept.height, originalName);
  const image = await decodeForPrint(bytes);
  const encoded = await encode(image);
  return stored(encoded.bytes, encoded.mime, image.width, image.height, originalName);
}

function stored(bytes: Buffer, mime: string, width: number, height: number, originalName: string): StoredAsset {
  return {
    assetKey: createHash('sha256').update(bytes).digest('hex'),
    mime,
    width,
    height,
    bytes,
    originalName: cleanName(originalName),
  };
}

async function decodeForPrint(bytes: Buffer): Promise<RawImage> {
  try {
    const input = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const { format, width, height } = await input.metadata();
    if (!ACCEPTED_FORMATS.has(format)) throw new ReportError('BAD_IMAGE', `unsupported format ${format}`);
    // metadata() reads only the header; checked here too so the message says why.
    if (width * height > MAX_INPUT_PIXELS) throw new ReportError('IMAGE_TOO_LARGE', `${width}×${height} pixels`);
    const { data, info } = await input
      .autoOrient()
      .resize({ width: MAX_LONG_SIDE, height: MAX_LONG_SIDE, fit: 'inside', withoutEnlargement: true })
      // 8-bit sRGB whatever came in (grey, CMYK, 16-bit PNG), so one encoder path fits all.
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
  } catch (err) {
    throw classify(err, bytes);
  }
}

function classify(err: unknown, bytes: Buffer): ReportError {
  if (err instanceof ReportError) return err;
  const message = (err as Error).message ?? String(err);
  if (/pixel limit/i.test(message)) return new ReportError('IMAGE_TOO_LARGE', message);
  // Sharp's prebuilt libvips decodes AVIF but has no HEVC decoder, so phone HEIC photos land here.
  if (isHeicContainer(bytes)) return new ReportError('HEIC_UNSUPPORTED', message);
  return new ReportError('BAD_IMAGE', message);
}

async function encode(image: RawImage): Promise<{ bytes: Buffer; mime: string }> {
  const raw = sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: image.channels as 1 | 2 | 3 | 4 },
  });
  const transparent = hasRealTransparency(image);
  const profile = colourProfile(image);
  if (transparent || profile !== 'photo') {
    // Few colours: the palette holds them exactly. Transparent photos and anti-aliased charts
    // are quantised, with dithering, which is invisible at print size.
    const quality = profile === 'few-colours' ? 100 : 90;
    return {
      bytes: await raw.png({ palette: true, quality, effort: 7, compressionLevel: 9 }).toBuffer(),
      mime: 'image/png',
    };
  }
  // An alpha channel that is all opaque carries nothing; JPEG has none.
  const opaque = image.channels === 4 || image.channels === 2 ? raw.removeAlpha() : raw;
  const budget = image.width * image.height * JPEG_BYTES_PER_PIXEL;
  // Very noisy photos never fit at 85: the cheap probe spares them the first slow encode.
  const probe = await opaque.clone().jpeg(PROBE_OPTIONS).toBuffer();
  if (probe.length > budget * PROBE_CLEARLY_OVER)
    return {
      bytes: await opaque.jpeg({ ...JPEG_OPTIONS, quality: JPEG_FALLBACK_QUALITY }).toBuffer(),
      mime: 'image/jpeg',
    };
  const first = await opaque.clone().jpeg(JPEG_OPTIONS).toBuffer();
  if (first.length <= budget) return { bytes: first, mime: 'image/jpeg' };
  const second = await opaque.jpeg({ ...JPEG_OPTIONS, quality: JPEG_FALLBACK_QUALITY }).toBuffer();
  return { bytes: second.length < first.length ? second : first, mime: 'image/jpeg' };
}

/** The file's own name, without any folder a browser or dialog put in front of it. */
export function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  const controls = /[\u0000-\u001f\u007f]/g;
  const cleaned = base.replace(controls, '').trim().slice(0, 200);
  return cleaned.length > 0 ? cleaned : 'image';
}
