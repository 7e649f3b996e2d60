import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { stubJpegPhotos } from '../../electron/import/pdf-jpegs';
import { readPdfPages } from '../../electron/import/pdf-reader';
import { samplePhoto } from '../export/sample-report';

/**
 * Two JPEG photos of one size and a PNG with transparency on one page, as a producer other than Chromium writes them.
 */
async function photoPage(): Promise<{ pdf: Uint8Array; jpegs: Buffer[] }> {
  const jpegs = [
    (await samplePhoto(0, { width: 400, height: 300 })).bytes,
    (await samplePhoto(1, { width: 400, height: 300 })).bytes,
  ];
  const png = await sharp({
    create: { width: 120, height: 90, channels: 4, background: { r: 200, g: 40, b: 40, alpha: 0.5 } },
  })
    .png()
    .toBuffer();
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText('Photos of the year', { x: 72, y: 780, size: 14, font });
  // The second photo is painted first: the order on the page, not in the file, is what places them.
  const [first, second] = [await doc.embedJpg(jpegs[0]!), await doc.embedJpg(jpegs[1]!)];
  page.drawImage(second, { x: 72, y: 420, width: 200, height: 150 });
  page.drawImage(first, { x: 300, y: 420, width: 200, height: 150 });
  page.drawImage(await doc.embedPng(png), { x: 72, y: 200, width: 120, height: 90 });
  return { pdf: await doc.save(), jpegs };
}

function recordingAddPhoto() {
  const got: Buffer[] = [];
  const addPhoto = async (bytes: Buffer, name: string) => {
    got.push(bytes);
    return { assetKey: String(got.length).padStart(64, '0'), width: 1, height: 1, name };
  };
  return { got, addPhoto };
}

describe('a PDF’s JPEG photos are taken as the files they are, not decoded and encoded again', () => {
  it('each photo lands where it is painted, byte for byte; a PNG with transparency is still decoded', async () => {
    const { pdf, jpegs } = await photoPage();
    const stubbed = stubJpegPhotos(pdf);
    expect(stubbed.bytes.length).toBe(pdf.length);
    expect(
      stubbed.photos.slice(1).map((p) => Buffer.compare(p, jpegs[0]!) === 0 || Buffer.compare(p, jpegs[1]!) === 0),
    ).toEqual([true, true]);

    const { got, addPhoto } = recordingAddPhoto();
    const [page] = await readPdfPages(pdf, addPhoto);
    expect(page!.pictures.map((p) => [Math.round(p.x), Math.round(p.y)])).toEqual([
      [72, 842 - 420 - 150],
      [300, 842 - 420 - 150],
      [72, 842 - 200 - 90],
    ]);
    expect(got[0]!.equals(jpegs[1]!)).toBe(true);
    expect(got[1]!.equals(jpegs[0]!)).toBe(true);
    // The PNG (a soft mask beside its colours) went through pdf.js: decoded, encoded as PNG with its alpha.
    expect((await sharp(got[2]!).metadata()).format).toBe('png');
    expect(page!.pieces.map((p) => p.text).join('')).toContain('Photos of the year');
  });

  it('a JPEG with a soft mask, a Decode array or an indirect size is left for pdf.js to decode', async () => {
    const { pdf } = await photoPage();
    const doc = await PDFDocument.load(pdf);
    const images = doc.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter(
        (object) =>
          'dict' in object &&
          String((object as { dict: { get(n: PDFName): unknown } }).dict.get(PDFName.of('Filter'))) === '/DCTDecode',
      );
    expect(images).toHaveLength(2);
    const [masked, inverted] = images as unknown as { dict: { set(n: PDFName, v: unknown): void } }[];
    masked!.dict.set(PDFName.of('SMask'), doc.context.obj({}));
    inverted!.dict.set(PDFName.of('Decode'), doc.context.obj([1, 0, 1, 0, 1, 0]));
    const changed = await doc.save();
    expect(stubJpegPhotos(changed).photos).toEqual([]);
    expect(stubJpegPhotos(changed).bytes).toBe(changed);
  });

  it('leaves a CMYK JPEG to pdf.js under any colour space name: only the PDF says if inks are inverted', async () => {
    const photo = (await samplePhoto(2, { width: 64, height: 48 })).bytes;
    const cmyk = await sharp(photo).toColourspace('cmyk').jpeg().toBuffer();
    const pdfWith = (jpeg: Buffer) =>
      Buffer.concat([
        Buffer.from(
          '%PDF-1.7\n7 0 obj\n<</Type/XObject/Subtype/Image/Width 64/Height 48/ColorSpace 5 0 R/BitsPerComponent 8' +
            `/Filter/DCTDecode/Length ${jpeg.length}>>\nstream\n`,
          'latin1',
        ),
        jpeg,
        Buffer.from('\nendstream\nendobj\n', 'latin1'),
      ]);
    expect(stubJpegPhotos(pdfWith(photo)).photos).toHaveLength(2);
    expect(stubJpegPhotos(pdfWith(cmyk)).photos).toEqual([]);
  });

  it('an encrypted file is read by pdf.js alone', () => {
    const fake = Buffer.from(
      '%PDF-1.7\n1 0 obj << /Type /XObject /Subtype /Image /Filter /DCTDecode >> stream\n\xff\xd8\n' +
        'endstream endobj trailer << /Encrypt 5 0 R >>',
      'latin1',
    );
    expect(stubJpegPhotos(fake).photos).toEqual([]);
  });
});
