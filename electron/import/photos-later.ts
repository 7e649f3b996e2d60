import { randomBytes } from 'node:crypto';
import type { FigureImageRef } from '../../core/document/nodes';
import { readImageHeader } from '../assets/image-header';
import { shapeAsImported } from '../assets/photo-as-imported';
import { MAX_INPUT_BYTES, cleanName } from '../assets/photo-for-print';
import type { PhotoToRead } from '../store/photos-to-read';
import { isLocalFilePath } from './local-file';

/**
 * How much of a picture is read for its header: 4 KB holds most; a JPEG whose EXIF, ICC or XMP
 * segments come first, up to 64 KB. Inflating 64 KB of each of 53 photos took 10 ms.
 */
const HEAD_BYTES = [4 * 1024, 64 * 1024] as const;

/** The start of a picture that holds its header, where it has one: `head(n)` reads its first n bytes. */
export function pictureHead(head: (length: number) => Buffer): Buffer {
  const short = head(HEAD_BYTES[0]);
  // A JPEG (FF D8) whose size is not in its first 4 KB: its segments before it are read through.
  const jpegLongHead =
    short.length === HEAD_BYTES[0] && short[0] === 0xff && short[1] === 0xd8 && readImageHeader(short) === null;
  return jpegLongHead ? head(HEAD_BYTES[1]) : short;
}

/** A picture in a .docx's zip, known by its entry and what the zip's directory says of it. */
export interface ZipPicture {
  entry: string;
  crc: number;
  size: number;
  /** Its first bytes (pictureHead). */
  head: Buffer;
}

/**
 * The photos of a .docx an import leaves to read until its report is open: reading them out
 * of the zip, hashing and storing them is most of the time a photo-heavy import takes, and the
 * editor needs only their size to lay the document out. Each photo the report lists
 * (ReportFile's photosToRead) is read from `source` in the background (readPhotosToRead).
 */
export interface PhotosLater {
  /**
   * The figure's ref for `picture`, to be read later; null where it is to be read now (no JPEG
   * or PNG that can be shown as imported).
   */
  defer(picture: ZipPicture, name: string): FigureImageRef | null;
  readonly photos: readonly PhotoToRead[];
}

export function photosLater(source: string): PhotosLater {
  const photos: PhotoToRead[] = [];
  const byEntry = new Map<string, FigureImageRef>();
  // Photos are read later only from a local disk (source-photos): from a network share, now.
  const local = isLocalFilePath(source);
  return {
    photos,
    defer({ entry, crc, size, head }, name) {
      if (!local) return null;
      const known = byEntry.get(entry);
      if (known) return known;
      const shape = size <= MAX_INPUT_BYTES ? shapeAsImported(head) : null;
      if (!shape) return null;
      // Not the photo's hash, which would take reading it whole: a key of its own, which its bytes are stored under.
      const assetKey = randomBytes(32).toString('hex');
      const originalName = cleanName(name);
      photos.push({ assetKey, source, entry, crc, size, ...shape, originalName });
      const ref = { assetKey, width: shape.width, height: shape.height, name: originalName };
      byEntry.set(entry, ref);
      return ref;
    },
  };
}
