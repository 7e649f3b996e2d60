import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { stripJpegMetadata } from '../../electron/assets/jpeg-passthrough';
import { sizePhotoForPrint } from '../../electron/assets/photo-for-print';

/** A Word-sized photo (1300×866, quality 80) carrying a camera's EXIF with a GPS position. */
async function wordPhoto(options: { icc?: boolean; quality?: number } = {}): Promise<Buffer> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="1300" height="866">' +
    '<rect width="1300" height="866" fill="#6a8"/><circle cx="650" cy="433" r="300" fill="#fd8"/></svg>';
  let image = sharp(Buffer.from(svg)).withExif({
    IFD0: { Make: 'PhoneMaker', Model: 'X1' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 59/1 0/1' },
  });
  if (options.icc) image = image.withIccProfile('p3');
  return image.jpeg({ quality: options.quality ?? 80 }).toBuffer();
}

const scanData = (jpeg: Buffer) => jpeg.subarray(jpeg.indexOf(Buffer.from([0xff, 0xda])));

describe('JPEGs already fit for print', () => {
  it('are kept as they are, minus their metadata: same image data, no EXIF or GPS', async () => {
    const input = await wordPhoto();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const asset = await sizePhotoForPrint(input, '照片.jpg');
    expect(asset.bytes.length).toBeLessThan(input.length);
    expect(scanData(asset.bytes).equals(scanData(input))).toBe(true);
    const meta = await sharp(asset.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height, asset.width, asset.height, asset.mime]).toEqual([
      1300,
      866,
      1300,
      866,
      'image/jpeg',
    ]);
    expect(asset.bytes.includes(Buffer.from('PhoneMaker'))).toBe(false);
  });

  it('are re-encoded when they carry a colour profile or are too heavy for their size', async () => {
    const wide = await wordPhoto({ icc: true });
    expect(scanData((await sizePhotoForPrint(wide, 'p3.jpg')).bytes).equals(scanData(wide))).toBe(false);
    const noise = await sharp({
      create: {
        width: 1300,
        height: 866,
        channels: 3,
        background: '#888',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .jpeg({ quality: 100 })
      .toBuffer();
    const asset = await sizePhotoForPrint(noise, 'noise.jpg');
    expect(scanData(asset.bytes).equals(scanData(noise))).toBe(false);
    expect(asset.bytes.length).toBeLessThan(noise.length * 0.6);
  });

  it('are decoded before being kept: a truncated photo gets the clear error, not a place in the report', async () => {
    const input = await wordPhoto();
    const cut = input.subarray(0, input.length - 2000);
    expect(stripJpegMetadata(cut)).not.toBeNull();
    await expect(sizePhotoForPrint(cut, '半张.jpg')).rejects.toMatchObject({ error: { code: 'BAD_IMAGE' } });
  });

  it('strip nothing from what is not a well-formed JPEG', async () => {
    expect(stripJpegMetadata(Buffer.from('not a jpeg at all'))).toBeNull();
    const input = await wordPhoto();
    expect(stripJpegMetadata(input.subarray(0, 40))).toBeNull();
  });
});
