import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiHandlers, ApiValue } from '../../core/api';
import { ReportError } from '../../core/errors';
import { isUnedited } from '../../core/photo-edit';
import { removeUnreferencedAssets } from '../assets/asset-gc';
import { editedPhoto } from '../assets/edit-photo';
import { MAX_INPUT_BYTES } from '../assets/photo-for-print';
import { pastedImagePath } from '../assets/pasted-file';
import { storePhoto } from '../assets/store-photo';
import type { AssetInfo } from '../store/assets';
import type { ReportFile } from '../store/report-file';
import type { ServiceContext } from './service-context';

type AddedAsset = ApiValue<'assets.add'>;

/** Photos: 插入图片 by paste, drop or dialog, and what the editor asks about a stored photo. */
export function assetHandlers(ctx: ServiceContext): Pick<ApiHandlers, Extract<keyof ApiHandlers, `assets.${string}`>> {
  return {
    'assets.photosBeingSized': () => ({ count: ctx.photosBeingSized() }),
    'assets.photosSized': async () => {
      await ctx.photosSized();
      return null;
    },
    'assets.add': async ({ name, dataBase64 }) =>
      addPhoto(writableReport(ctx), Buffer.from(dataBase64, 'base64'), name),
    'assets.addPasted': async ({ url }) => {
      const report = writableReport(ctx);
      const path = pastedImagePath(url);
      if (!path) throw new ReportError('PASTED_IMAGE_UNREADABLE', url.slice(0, 200));
      return addPhoto(report, await readPickedFile(path), basename(path));
    },
    'assets.pick': async () => {
      if (!ctx.deps.dialogs.native) return null;
      const report = writableReport(ctx);
      const added: AddedAsset[] = [];
      let firstError: unknown = null;
      for (const path of await ctx.deps.dialogs.pickImages()) {
        try {
          added.push(await addPhoto(report, await readPickedFile(path), basename(path)));
        } catch (err) {
          firstError ??= err;
        }
      }
      // Some photos in, some refused: keep the good ones; all refused: say why.
      if (added.length === 0 && firstError !== null) throw firstError;
      return added;
    },
    'assets.edit': async ({ assetKey, edit }) => {
      const report = writableReport(ctx);
      const info = report.assetInfo(assetKey);
      const original = info && report.getAsset(assetKey);
      if (!info || !original) throw new ReportError('ASSET_NOT_FOUND', assetKey);
      if (isUnedited(edit)) return { ...describeAsset(info), added: false };
      return addPhoto(report, await editedPhoto(original, edit), original.originalName);
    },
    'assets.info': ({ assetKey }) => {
      const info = ctx.requireReport().assetInfo(assetKey);
      if (!info) throw new ReportError('ASSET_NOT_FOUND', assetKey);
      return describeAsset(info);
    },
  };
}

/** Checked before the (slow) sizing for print, so a read-only report refuses at once. */
function writableReport(ctx: ServiceContext): ReportFile {
  const report = ctx.requireReport();
  if (report.readOnly) throw new ReportError('READ_ONLY', report.readOnlyReason ?? undefined);
  return report;
}

async function addPhoto(report: ReportFile, bytes: Buffer, name: string): Promise<AddedAsset> {
  const { info, added } = await storePhoto(report, bytes, name);
  return { ...describeAsset(info), added };
}

async function readPickedFile(path: string): Promise<Buffer> {
  try {
    const { size } = await stat(path);
    if (size > MAX_INPUT_BYTES) throw new ReportError('IMAGE_TOO_LARGE', `${path}: ${size} bytes`);
    return await readFile(path);
  } catch (err) {
    if (err instanceof ReportError) throw err;
    throw new ReportError('IO', `${path}: ${(err as Error).message}`);
  }
}

function describeAsset(info: AssetInfo): ApiValue<'assets.info'> {
  return {
    assetKey: info.assetKey,
    width: info.width,
    height: info.height,
    mime: info.mime,
    name: info.originalName,
    size: info.size,
  };
}

/**
 * Removes photos nothing refers to any more, when a report is opened for writing. Never fails
 * the opening: a report whose clean-up failed is still the user's report.
 */
export function collectUnreferencedAssets(report: ReportFile, log: (err: unknown) => void = console.error): ReportFile {
  if (report.readOnly) return report;
  try {
    removeUnreferencedAssets(report);
  } catch (err) {
    log(err);
  }
  return report;
}
