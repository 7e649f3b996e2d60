import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigureImageRef } from '../../core/document/nodes';
import type { SourceBlock } from '../../core/import/source-blocks';
import { MAX_INPUT_BYTES } from '../assets/photo-for-print';
import { PHOTOS_AT_ONCE, bounded } from './bounded';
import type { AddPhoto } from './docx-blocks';

/** data:image/png;base64,… : pictures some editors write into the Markdown itself. */
const DATA_URI = /^data:(image\/[\w.+-]+);base64,([A-Za-z0-9+/=\s]+)$/i;

/**
 * A Markdown file's pictures, read in: files beside it (links relative to its folder, absolute
 * paths, file: URLs) and data: URIs go to `addPhoto`; a picture that is not there, or only on the
 * web (nothing is downloaded), stays a place for a photo, which importMarkdown notes.
 * A file that is no picture becomes an unreadable one (null), noted as such.
 */
export async function readMarkdownImages(
  blocks: readonly SourceBlock[],
  folder: string,
  addPhoto: AddPhoto,
): Promise<SourceBlock[]> {
  const limit = bounded(PHOTOS_AT_ONCE);
  return Promise.all(
    blocks.map(async (block) => {
      if (block.kind !== 'images' || !block.links) return block;
      const images = await Promise.all(block.links.map((link) => limit(() => readLinked(link, folder, addPhoto))));
      return { ...block, images };
    }),
  );
}

async function readLinked(
  link: string,
  folder: string,
  addPhoto: AddPhoto,
): Promise<FigureImageRef | null | 'missing'> {
  const data = DATA_URI.exec(link);
  if (data) return addPhoto(Buffer.from(data[2]!, 'base64'), `image.${data[1]!.split('/')[1]}`);
  const path = localPath(link, folder);
  if (path === null) return 'missing';
  let bytes: Buffer;
  try {
    const file = await stat(path);
    // Only a plain file is read (/dev/zero, a pipe, would never end); one larger than any photo
    // sizePhotoForPrint takes is a wrong link (a video, an archive), not a picture.
    if (!file.isFile()) return 'missing';
    if (file.size > MAX_INPUT_BYTES) return null;
    bytes = await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === undefined) throw err;
    // Not there, or not a file (ENOENT, EISDIR, EACCES): a place for the photo.
    return 'missing';
  }
  return addPhoto(bytes, basename(path));
}

/** Where a link points on this machine, or null for a picture on the web. */
function localPath(link: string, folder: string): string | null {
  if (/^file:/i.test(link)) return fileURLToPath(link);
  // A scheme of two letters or more ("https:", not the drive letter of "C:\…").
  if (/^[a-z][a-z0-9+.-]+:/i.test(link)) return null;
  const path = safeDecode(link.replace(/[?#].*$/, ''));
  return isAbsolute(path) ? path : resolve(folder, path);
}

/** Editors write a space in a file name as %20; a lone "%" in a name stays as it is. */
function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
