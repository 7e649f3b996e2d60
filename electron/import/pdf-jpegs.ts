/**
 * A PDF's JPEG photos, taken out as the files they are, so pdf.js never decodes them.
 *
 * pdf.js decodes every picture it meets while listing a page's operators (its JPEG decoder is
 * JavaScript: most of a photo-heavy import's time and memory), and we would then encode the
 * pixels again. A photo stored as a JPEG (`/Filter /DCTDecode`) already is a photo file. So the
 * reader gets a copy of the PDF in which each such picture is a stub, a 1 pixel high strip whose
 * width is the photo's number here; where pdf.js places that stub, the photo goes.
 *
 * A stub is written over the picture's own dictionary at the same length, so every byte offset
 * in the file (its cross-reference table) stays right. A picture's stream is never inside an
 * object stream, so its dictionary is always plain text in the file. Anything unusual (a mask,
 * a Decode array, a filter chain, an indirect size, CMYK, an encrypted file) is left for pdf.js to decode.
 */

export interface StubbedPdf {
  /** The PDF for pdf.js: the same length, its JPEG pictures stubbed. */
  bytes: Uint8Array;
  /** The photo a stub stands for, by its width: index 0 is unused. */
  photos: Buffer[];
}

/** The height every stub has: with its width in `photos`, what tells a stub from a real picture. */
export const STUB_HEIGHT = 1;

const COLOUR_SPACES = /\/ColorSpace\s*(?:\/Device(?:RGB|Gray)\b|\[\s*\/ICCBased\s+\d+\s+\d+\s+R\s*\]|\d+\s+\d+\s+R)/;

export function stubJpegPhotos(pdf: Uint8Array): StubbedPdf {
  const source = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  const photos: Buffer[] = [Buffer.alloc(0)];
  // A stream's bytes in an encrypted file are ciphertext: pdf.js decrypts and decodes them.
  if (source.includes('/Encrypt')) return { bytes: pdf, photos: [] };
  let copy: Buffer | null = null;
  for (let at = source.indexOf('/DCTDecode'); at >= 0; at = source.indexOf('/DCTDecode', at + 1)) {
    const picture = jpegPicture(source, at);
    if (!picture) continue;
    const index = photos.length;
    const stub = stubDictionary(picture.dictionary, index);
    if (!stub) continue;
    copy ??= Buffer.from(source);
    copy.write(stub, picture.dictionaryStart, 'latin1');
    photos.push(picture.data);
  }
  return copy
    ? { bytes: new Uint8Array(copy.buffer, copy.byteOffset, copy.length), photos }
    : { bytes: pdf, photos: [] };
}

interface JpegPicture {
  dictionaryStart: number;
  dictionary: string;
  data: Buffer;
}

/** The picture whose dictionary names /DCTDecode at `at`, when it is a plain JPEG photo. */
function jpegPicture(source: Buffer, at: number): JpegPicture | null {
  const objectStart = source.lastIndexOf(' obj', at);
  const dictionaryStart = source.indexOf('<<', objectStart);
  const streamWord = source.indexOf('stream', at);
  if (objectStart < 0 || dictionaryStart < 0 || dictionaryStart > at || streamWord < 0) return null;
  // The picture's own dictionary runs from its object's start to its stream: no other object between.
  const dictionary = source.toString('latin1', dictionaryStart, streamWord);
  if (dictionary.includes('endobj') || dictionary.includes('endstream') || !/>>\s*$/.test(dictionary)) return null;
  if (!/\/Subtype\s*\/Image\b/.test(dictionary) || !COLOUR_SPACES.test(dictionary)) return null;
  if (/\/(?:SMask|Mask|Decode|DecodeParms|ImageMask)\b/.test(dictionary)) return null;
  if (!/\/BitsPerComponent\s+8\b/.test(dictionary)) return null;
  const length = /\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dictionary);
  if (!length) return null;
  // "stream" then CR LF or LF, then exactly Length bytes.
  let dataStart = streamWord + 'stream'.length;
  if (source[dataStart] === 0x0d) dataStart += 1;
  if (source[dataStart] !== 0x0a) return null;
  dataStart += 1;
  const data = source.subarray(dataStart, dataStart + Number(length[1]));
  const jpeg = data.length > 4 && data[0] === 0xff && data[1] === 0xd8;
  if (!jpeg || !source.includes('endstream', dataStart + data.length)) return null;
  // CMYK (4 components): whether its inks are stored inverted is the PDF's to say, and a viewer of the file alone
  // guesses.
  const components = jpegComponents(data);
  return components === 1 || components === 3 ? { dictionaryStart, dictionary, data } : null;
}

/** The number of colour components a JPEG's frame header gives, or 0 where none is found. */
function jpegComponents(jpeg: Buffer): number {
  for (let at = 2; at + 9 < jpeg.length && jpeg[at] === 0xff; ) {
    const marker = jpeg[at + 1]!;
    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): the frame header, its component count 9 bytes in.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return jpeg[at + 9]!;
    at += 2 + jpeg.readUInt16BE(at + 2);
  }
  return 0;
}

/**
 * The dictionary as a stub of the same length: no filter, `index` pixels wide, one high.
 * Null when the index does not fit in the width's digits (a photo at most 9 pixels wide is kept).
 */
function stubDictionary(dictionary: string, index: number): string | null {
  const filter = /\/Filter\s*(?:\/DCTDecode|\[\s*\/DCTDecode\s*\])/.exec(dictionary);
  const width = /\/Width\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dictionary);
  const height = /\/Height\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dictionary);
  if (!filter || !width || !height || String(index).length > width[1]!.length) return null;
  const blank = (text: string) => ' '.repeat(text.length);
  const sameLength = (digits: string, value: number) => String(value).padEnd(digits.length, ' ');
  return dictionary
    .replace(filter[0], blank(filter[0]))
    .replace(width[0], width[0].replace(/\d+$/, sameLength(width[1]!, index)))
    .replace(height[0], height[0].replace(/\d+$/, sameLength(height[1]!, STUB_HEIGHT)));
}
