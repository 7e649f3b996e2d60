import { type ImportNote, appendNotes, note } from '../../core/import/import-notes';
import { PHOTOS_AT_ONCE, bounded } from '../import/bounded';
import { ZipArchive } from '../import/zip-archive';
import { FileBytes } from '../import/zip-bytes';
import type { StoredAsset } from '../store/assets';
import type { PhotoToRead } from '../store/photos-to-read';
import type { ReportFile } from '../store/report-file';
import { keepPhotoAsImported } from './photo-as-imported';

/**
 * Reads the photos an import left in its source (`photos`: all ReportFile's photosToRead) and
 * stores each under the key its figure already has: as imported, for PhotoSizer to size for print after. A source
 * that cannot be read (moved, deleted, on a USB stick taken out, changed so a photo is no
 * longer in it) keeps its photos on the list, to be read the next time the report opens, and
 * the report gets a note saying so. Returns how many photos are left on the list.
 */
export async function readSourcePhotos(
  file: ReportFile,
  stopped: () => boolean,
  photos: readonly PhotoToRead[] = file.listPhotosToRead(),
): Promise<number> {
  const store = (photo: StoredAsset) => {
    // Closing the report stops the work: what is in hand then is read again next time.
    if (!file.isOpen || file.readOnly || stopped()) return false;
    file.storeReadPhoto(photo);
    return true;
  };
  const unread = await readFromSources(photos, store, stopped);
  let left = 0;
  for (const [source, count] of unread) {
    if (stopped() || !file.isOpen) break;
    tellLeft(file, source, count);
    left += count;
  }
  return left;
}

/**
 * Reads `photos` out of their sources (each source opened once), handing each to `use` as a
 * photo kept as imported under its key; `use` says whether it took it. Returns, for each source,
 * how many of its photos were not taken.
 */
export async function readFromSources(
  photos: readonly PhotoToRead[],
  use: (photo: StoredAsset) => boolean | Promise<boolean>,
  stopped: () => boolean = () => false,
): Promise<Map<string, number>> {
  const bySource = new Map<string, PhotoToRead[]>();
  for (const photo of photos) bySource.set(photo.source, [...(bySource.get(photo.source) ?? []), photo]);
  const limit = bounded(PHOTOS_AT_ONCE);
  const unread = new Map<string, number>();
  for (const [source, its] of bySource) {
    if (stopped()) break;
    const file = await openZip(source);
    try {
      const taken = await Promise.all(
        its.map((photo) =>
          limit(async () => {
            const read = file && !stopped() ? await readOut(file.archive, photo) : null;
            return read !== null && (await use(read));
          }),
        ),
      );
      unread.set(source, taken.filter((done) => !done).length);
    } finally {
      file?.bytes.close();
    }
  }
  return unread;
}

/**
 * The source's zip, read where asked (its photos only), or null where it cannot be read now.
 * The path comes from the report, which anyone may have made: only a regular file on a local
 * disk is opened, never a FIFO, a device or a network share (FileBytes.openLocal).
 */
async function openZip(source: string): Promise<{ bytes: FileBytes; archive: ZipArchive } | null> {
  let bytes: FileBytes | null = null;
  try {
    bytes = await FileBytes.openLocal(source);
    return { bytes, archive: ZipArchive.open(bytes) };
  } catch (err) {
    bytes?.close();
    console.warn(`photos left in ${source}: ${(err as Error).message}`);
    return null;
  }
}

/** `photo` read out of `archive`, as a photo kept as imported; null where the archive no longer holds it whole. */
async function readOut(archive: ZipArchive, photo: PhotoToRead): Promise<StoredAsset | null> {
  const entry = sameEntry(archive, photo);
  if (entry === null) return null;
  let bytes: Buffer;
  try {
    bytes = await archive.read(entry);
  } catch {
    return null;
  }
  const { assetKey, mime, width, height, originalName } = photo;
  // A photo that does not end as its format does is kept all the same (never dropped): sizing it is tried next.
  const keptAnyway = { assetKey, mime, width, height, bytes, originalName, stillToSize: true };
  return keepPhotoAsImported(bytes, assetKey, originalName) ?? keptAnyway;
}

/**
 * The entry holding `photo`: where the import found it, or, in a source saved again since (Word renumbers its media),
 * the one with its CRC and size.
 */
function sameEntry(archive: ZipArchive, photo: PhotoToRead): string | null {
  const same = (name: string) => {
    const described = archive.describe(name);
    return described !== null && described.crc === photo.crc && described.size === photo.size;
  };
  if (same(photo.entry)) return photo.entry;
  return archive.list('').find(same) ?? null;
}

/** Keeps the note for the 体检 panel that `source` holds photos still to read: one while it does, none once read. */
function tellLeft(file: ReportFile, source: string, unread: number): void {
  const kept = file.meta.importNotes ?? [];
  const told = note('photos-left-in-source', source, String(unread));
  const same = (n: ImportNote) => n.kind === told.kind && n.text === told.text;
  const existing = kept.find(same);
  if (unread === 0 ? !existing : existing?.message === told.message) return;
  file.updateMeta({
    ...file.meta,
    importNotes: appendNotes(
      kept.filter((n) => !same(n)),
      unread ? [told] : [],
    ),
  });
}
