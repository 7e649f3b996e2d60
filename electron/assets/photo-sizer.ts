import { availableParallelism } from 'node:os';
import { bounded } from '../import/bounded';
import type { StoredAsset } from '../store/assets';
import type { ReportFile } from '../store/report-file';
import { sizePhotoForPrintInBackground } from '../background/heavy-work';
import { readSourcePhotos } from './source-photos';

/**
 * A photo an import kept as imported, sized for print (in a background worker) under the same
 * key. A photo that cannot be sized after all (damage past the header) keeps its bytes: the
 * user's picture is never dropped.
 */
export async function sizeImportedPhoto(asset: StoredAsset): Promise<StoredAsset> {
  try {
    const sized = await sizePhotoForPrintInBackground(asset.bytes, asset.originalName);
    return { ...sized, assetKey: asset.assetKey, originalName: asset.originalName, stillToSize: false };
  } catch (err) {
    console.warn(
      `photo ${asset.originalName} (${asset.assetKey.slice(0, 12)}) kept as imported: ${(err as Error).message}`,
    );
    return { ...asset, stillToSize: false };
  }
}

/** 4 MB of 16 KB pages per step: a few milliseconds each, between which saves and requests go on. */
const RECLAIM_PAGES_PER_STEP = 256;

/**
 * Reads the photos an import left in its source (readSourcePhotos), then sizes for print the
 * photos kept as imported, writing each result in place under the same key while the user
 * works, then gives the freed space back, so the file shrinks to print size. One core is left
 * to the editor. Work left when the report closes is still marked in the file and continues
 * the next time it is opened.
 */
export class PhotoSizer {
  private running: Promise<void> | null = null;
  /** The read of photos out of their sources under way. */
  private reading: Promise<void> | null = null;
  /** The photos this run has tried to read: one whose source is missing is not tried again until the next run. */
  private readonly tried = new Set<string>();
  private stopped = false;
  private readonly limit: <T>(task: () => Promise<T>) => Promise<T>;

  private readonly readPhotos: typeof readSourcePhotos;

  constructor(
    private readonly file: ReportFile,
    {
      // At most three at once: each 12 MP photo holds about 40 MB while it is decoded, and school PCs have little
      // memory.
      parallelism = Math.max(1, Math.min(3, availableParallelism() - 1)),
      readPhotos = readSourcePhotos,
    }: { parallelism?: number; readPhotos?: typeof readSourcePhotos } = {},
  ) {
    this.limit = bounded(parallelism);
    this.readPhotos = readPhotos;
  }

  /**
   * Starts or joins the work; resolves once no photo is left to read or size (or the sizer
   * stopped). Photos listed while it runs (插入文件) are read at once, beside it.
   */
  sizeAll(): Promise<void> {
    if (this.running) {
      void this.photosRead();
      return this.running;
    }
    this.tried.clear();
    this.running = this.work().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops after the photos in hand, without writing them: the file may be closing. */
  stop(): void {
    this.stopped = true;
  }

  private get done(): boolean {
    return this.stopped || !this.file.isOpen;
  }

  /**
   * Reads the photos listed to read out of their sources that this run has not tried, and
   * resolves once none is left untried (those a missing source holds stay listed): the editor
   * waits on this for a photo it asks for meanwhile.
   */
  photosRead(): Promise<void> {
    if (this.reading) return this.reading.then(() => this.photosRead());
    const untried = this.done ? [] : this.file.listPhotosToRead().filter((photo) => !this.tried.has(photo.assetKey));
    if (untried.length === 0) return Promise.resolve();
    for (const photo of untried) this.tried.add(photo.assetKey);
    const reading = this.readPhotos(this.file, () => this.done, untried).then(
      () => {},
      (err: Error) => console.warn(`photos not read in: ${err.message}`),
    );
    this.reading = reading.finally(() => {
      this.reading = null;
    });
    // Photos listed while these were read are read next.
    return this.photosRead();
  }

  /** Whether photos are being read out of their sources now: those left there after are not waited for. */
  get readingSource(): boolean {
    return this.reading !== null;
  }

  private async work(): Promise<void> {
    // First the photos still in their source: until read, their figures show nothing.
    await this.photosRead();
    let replaced = false;
    // Photos stored while a round runs (read in, or 插入文件) are found by the next round.
    while (!this.done) {
      const toSize = this.file.listPhotosToSize();
      if (toSize.length === 0) {
        // A read under way (photos listed meanwhile) stores more to size: they are sized after it.
        if (!this.reading) break;
        await this.photosRead();
        continue;
      }
      await Promise.all(toSize.map((assetKey) => this.limit(() => this.sizeOne(assetKey))));
      replaced = true;
    }
    // The photos as imported were several times their print size: the file shrinks to match.
    while (replaced && !this.done && this.file.reclaimSpace(RECLAIM_PAGES_PER_STEP) > 0)
      await new Promise((resolve) => setImmediate(resolve));
  }

  private async sizeOne(assetKey: string): Promise<void> {
    if (this.done) return;
    const asset = this.file.getAsset(assetKey);
    if (!asset?.stillToSize) return;
    const sized = await sizeImportedPhoto(asset);
    if (!this.done) this.file.replaceWithSized(assetKey, sized);
  }
}
