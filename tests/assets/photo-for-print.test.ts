import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../core/errors';
import { MAX_LONG_SIDE, cleanName, sizePhotoForPrint } from '../../electron/assets/photo-for-print';
import { fourColourChart, orientedJpeg, photoLikeJpeg, transparentPng } from './sample-images';

async function pixel(bytes: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [...data.subarray(i, i + info.channels)];
}

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ReportError) return err.error.code;
    throw err;
  }
  throw new Error('expected a ReportError');
}

/** A PNG whose header claims `width`×`height` pixels: a decompression bomb's opening bytes. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('sizePhotoForPrint', () => {
  it('turns a photo by its EXIF orientation and drops the tag', async () => {
    // Stored 200×100, left half red; orientation 6 means "rotate 90° clockwise to view".
    const input = await orientedJpeg(200, 100, 6);
    expect((await sharp(input).metadata()).orientation).toBe(6);
    const asset = await sizePhotoForPrint(input, 'IMG_2041.JPG');
    expect([asset.width, asset.height]).toEqual([100, 200]);
    const meta = await sharp(asset.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([100, 200]);
    expect(meta.orientation).toBeUndefined();
    expect(meta.exif).toBeUndefined();
    // After turning clockwise, what was the left (red) is at the top.
    const [r1, , b1] = await pixel(asset.bytes, 50, 20);
    const [r2, , b2] = await pixel(asset.bytes, 50, 180);
    expect(r1).toBeGreaterThan(200);
    expect(b1).toBeLessThan(60);
    expect(b2).toBeGreaterThan(200);
    expect(r2).toBeLessThan(60);
  });

  it('downscales a 12 MP photo to 2400 px on the long side as a JPEG without metadata', async () => {
    const input = await sharp(await photoLikeJpeg(4000, 3000))
      .withMetadata({ exif: { IFD0: { Make: 'PhoneMaker', Copyright: 'someone' } } })
      .jpeg({ quality: 92 })
      .toBuffer();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const asset = await sizePhotoForPrint(input, '操场.jpg');
    expect(asset).toMatchObject({ mime: 'image/jpeg', width: MAX_LONG_SIDE, height: 1800, originalName: '操场.jpg' });
    const meta = await sharp(asset.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 2400, height: 1800 });
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(asset.bytes.length).toBeLessThan(input.length / 4);
  });

  it('never enlarges a small image', async () => {
    const asset = await sizePhotoForPrint(await photoLikeJpeg(300, 200), 'small.jpg');
    expect([asset.width, asset.height]).toEqual([300, 200]);
  });

  it('keeps transparency and few-colour graphics as PNG, exactly', async () => {
    const logo = await sizePhotoForPrint(await transparentPng(400), 'logo.png');
    expect(logo.mime).toBe('image/png');
    expect((await sharp(logo.bytes).metadata()).hasAlpha).toBe(true);
    expect((await pixel(logo.bytes, 2, 2))[3]).toBe(0);
    expect(await pixel(logo.bytes, 200, 200)).toEqual([0xc0, 0, 0, 255]);

    const chart = await sizePhotoForPrint(await fourColourChart(), 'chart.png');
    expect(chart.mime).toBe('image/png');
    expect((await sharp(chart.bytes).metadata()).format).toBe('png');
    // Palette quantisation of four colours loses nothing.
    expect((await pixel(chart.bytes, 140, 400)).slice(0, 3)).toEqual([0x44, 0x72, 0xc4]);
    expect((await pixel(chart.bytes, 460, 300)).slice(0, 3)).toEqual([0xed, 0x7d, 0x31]);
    expect((await pixel(chart.bytes, 10, 10)).slice(0, 3)).toEqual([255, 255, 255]);
  });

  it('encodes a photo saved as PNG (opaque, many colours) as JPEG', async () => {
    const png = await sharp(await photoLikeJpeg(600, 400))
      .ensureAlpha()
      .png()
      .toBuffer();
    const asset = await sizePhotoForPrint(png, 'screenshot-of-photo.png');
    expect(asset.mime).toBe('image/jpeg');
    expect((await sharp(asset.bytes).metadata()).channels).toBe(3);
  });

  it('keeps black-and-white photos as JPEG (256 grey levels are still a photo)', async () => {
    const grey = await sharp(await photoLikeJpeg(640, 480))
      .greyscale()
      .jpeg({ quality: 92 })
      .toBuffer();
    expect((await sizePhotoForPrint(grey, 'old-photo.jpg')).mime).toBe('image/jpeg');
  });

  it('accepts AVIF and WebP (not mistaken for HEIC)', async () => {
    const photo = await photoLikeJpeg(320, 240);
    for (const bytes of [await sharp(photo).avif({ quality: 60 }).toBuffer(), await sharp(photo).webp().toBuffer()]) {
      expect(await sizePhotoForPrint(bytes, 'x')).toMatchObject({ mime: 'image/jpeg', width: 320, height: 240 });
    }
  });

  it('gives the same bytes and assetKey for the same photo', async () => {
    const input = await photoLikeJpeg(800, 600);
    const a = await sizePhotoForPrint(input, 'a.jpg');
    const b = await sizePhotoForPrint(Buffer.from(input), 'b.jpg');
    expect(a.assetKey).toMatch(/^[0-9a-f]{64}$/);
    expect(b.assetKey).toBe(a.assetKey);
    expect(b.bytes.equals(a.bytes)).toBe(true);
  });

  it('refuses what is not an image, with a code', async () => {
    expect(await errorCode(sizePhotoForPrint(Buffer.alloc(0), 'empty.jpg'))).toBe('BAD_IMAGE');
    expect(await errorCode(sizePhotoForPrint(Buffer.from('这不是图片'.repeat(100)), 'note.jpg'))).toBe('BAD_IMAGE');
    const jpeg = await photoLikeJpeg(200, 100);
    expect(await errorCode(sizePhotoForPrint(jpeg.subarray(0, 40), 'cut.jpg'))).toBe('BAD_IMAGE');
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    );
    expect(await errorCode(sizePhotoForPrint(svg, 'icon.svg'))).toBe('BAD_IMAGE');
  });

  it('refuses decompression bombs and oversized files before decoding them', async () => {
    expect(await errorCode(sizePhotoForPrint(pngClaiming(60_000, 60_000), 'bomb.png'))).toBe('IMAGE_TOO_LARGE');
    expect(await errorCode(sizePhotoForPrint(Buffer.alloc(51 * 1024 * 1024, 0xff), 'huge.jpg'))).toBe(
      'IMAGE_TOO_LARGE',
    );
  });

  it('says HEIC is not supported rather than "not an image"', async () => {
    // The opening of an iPhone photo: an ftyp box with the heic brand, then HEVC data.
    const ftyp = Buffer.alloc(24);
    ftyp.writeUInt32BE(24, 0);
    ftyp.write('ftypheic', 4, 'latin1');
    ftyp.write('mif1heic', 16, 'latin1');
    const heic = Buffer.concat([ftyp, Buffer.alloc(2000, 7)]);
    expect(await errorCode(sizePhotoForPrint(heic, 'IMG_0001.HEIC'))).toBe('HEIC_UNSUPPORTED');
  });

  it('keeps the file name, without folders or control characters', () => {
    expect(cleanName('C:\\Users\\老师\\Pictures\\实训 基地.jpg')).toBe('实训 基地.jpg');
    expect(cleanName('/home/u/a\u0007b.png')).toBe('ab.png');
    expect(cleanName('   ')).toBe('image');
  });
});
