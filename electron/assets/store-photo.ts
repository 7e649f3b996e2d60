import type { FigureImageRef } from '../../core/document/nodes';
import { ReportError } from '../../core/errors';
import type { AssetInfo } from '../store/assets';
import type { ReportFile } from '../store/report-file';
import { sizePhotoForPrintInBackground } from '../background/heavy-work';

export interface StoredPhoto {
  info: AssetInfo;
  /** False when the same photo (same bytes once sized for print) was already in the report. */
  added: boolean;
}

/**
 * Sizing for print (in a background worker) plus storage, for every way a photo enters a report
 * (paste, drop, dialog, docx import). When the photo was there already, the stored row, with
 * its first name, is returned.
 */
export async function storePhoto(report: ReportFile, bytes: Buffer, originalName: string): Promise<StoredPhoto> {
  const asset = await sizePhotoForPrintInBackground(bytes, originalName);
  const added = report.putAsset(asset);
  const info = report.assetInfo(asset.assetKey);
  if (!info) throw new ReportError('INTERNAL', `asset ${asset.assetKey} missing after put`);
  return { info, added };
}

/** What a figure-image node refers to (build.figure in core/document/nodes.ts). */
export function figureImageRef(info: AssetInfo): FigureImageRef {
  return { assetKey: info.assetKey, width: info.width, height: info.height, name: info.originalName };
}
