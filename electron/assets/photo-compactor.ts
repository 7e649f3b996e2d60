import type { StoredAsset } from '../store/assets';
import type { ReportFile } from '../store/report-file';
import { intakePhoto } from './photo-intake';

/**
 * Photo intake for an asset an import stored as given. A photo intake refuses after all
 * (damage past the header) keeps its bytes: the user's picture is never dropped.
 */
export async function takeIn(asset: StoredAsset): Promise<StoredAsset> {
  try {
    const { asset: taken } = await intakePhoto(asset.bytes, asset.originalName);
    return { ...taken, sha256: asset.sha256, originalName: asset.originalName, asGiven: false };
  } catch (err) {
    console.warn(`photo ${asset.originalName} (${asset.sha256.slice(0, 12)}) kept as given: ${(err as Error).message}`);
    return { ...asset, asGiven: false };
  }
}

/**
 * Takes in, one after another, the photos an import stored as given, writing each result in
 * place under the same key, so the open report shrinks to print size while the user works.
 * One at a time leaves the other core to the editor. Work left when the report closes is
 * still marked in the file and continues the next time it is opened.
 */
export class PhotoCompactor {
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly file: ReportFile) {}

  /** Starts or joins the work; resolves once no photo is left as given (or the compactor stopped). */
  settle(): Promise<void> {
    this.running ??= this.work().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Stops after the photo in hand, without writing it: the file may be closing. */
  stop(): void {
    this.stopped = true;
  }

  private async work(): Promise<void> {
    for (;;) {
      if (this.stopped || !this.file.isOpen) return;
      const sha256 = this.file.listAsGiven()[0];
      if (sha256 === undefined) return;
      const asset = this.file.getAsset(sha256);
      if (!asset) continue;
      const taken = await takeIn(asset);
      if (this.stopped || !this.file.isOpen) return;
      this.file.replaceAsGiven(asset.sha256, taken);
    }
  }
}
