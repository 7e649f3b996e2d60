import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from '../../electron/assets/image-header';
import { orientedJpeg, photoLikeJpeg, transparentPng } from './sample-images';

describe('readImageHeader: size and orientation without decoding', () => {
  it('agrees with libvips on baseline, progressive, grey and CMYK JPEGs, every EXIF orientation and PNGs', async () => {
    const base = await photoLikeJpeg(640, 360, { seed: 2 });
    const images = [
      base,
      await sharp(base).jpeg({ progressive: true }).toBuffer(),
      await sharp(base).greyscale().jpeg().toBuffer(),
      await sharp(base).toColourspace('cmyk').jpeg().toBuffer(),
      ...(await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((o) => orientedJpeg(300, 200, o)))),
      await transparentPng(120),
      await sharp(base).png().toBuffer(),
    ];
    for (const bytes of images) {
      const meta = await sharp(bytes).metadata();
      expect(readImageHeader(bytes)).toEqual({
        mime: `image/${meta.format}`,
        width: meta.width,
        height: meta.height,
        orientation: meta.orientation ?? 1,
      });
    }
  });

  it('reads big-endian EXIF too', async () => {
    const jpeg = await photoLikeJpeg(64, 48, { seed: 1 });
    // APP1 with a Motorola-order TIFF header whose first IFD holds Orientation = 8.
    const tiff = Buffer.from([
      0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
    const app1 = Buffer.concat([
      Buffer.from([0xff, 0xe1]),
      Buffer.from([(payload.length + 2) >> 8, (payload.length + 2) & 0xff]),
      payload,
    ]);
    const withExif = Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)]);
    expect(readImageHeader(withExif)).toMatchObject({ width: 64, height: 48, orientation: 8 });
    expect((await sharp(withExif).metadata()).orientation).toBe(8);
  });

  it('gives null for other formats and for a header cut short', async () => {
    const jpeg = await photoLikeJpeg(64, 48, { seed: 1 });
    const sofAt = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    for (const bytes of [
      jpeg.subarray(0, sofAt + 3),
      await sharp(jpeg).webp().toBuffer(),
      await sharp(jpeg).tiff().toBuffer(),
      Buffer.from('GIF89a'),
      Buffer.alloc(0),
    ]) {
      expect(readImageHeader(bytes)).toBeNull();
    }
  });
});
