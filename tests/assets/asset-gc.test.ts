import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { referencedAssets, removeUnreferencedAssets } from '../../electron/assets/asset-gc';
import type { StoredAsset } from '../../electron/store/assets';
import { ReportFile } from '../../electron/store/report-file';
import { SNAPSHOT_INTERVAL_MS } from '../../electron/store/snapshots';
import { MINUTE, closeLater, manualClock, sampleMeta, tempDir } from '../helpers/files';
import { harnessServices } from './services';

function fakeAsset(fill: string): StoredAsset {
  // Only the rows matter here, not the pixels.
  return {
    assetKey: fill.repeat(64),
    mime: 'image/jpeg',
    width: 10,
    height: 10,
    bytes: Buffer.from(fill),
    originalName: `${fill}.jpg`,
  };
}

const A = fakeAsset('a');
const B = fakeAsset('b');
const C = fakeAsset('c');

function docWith(...assets: StoredAsset[]) {
  const figures = assets.map((a, i) =>
    build.figure(`图题${i}`, { assetKey: a.assetKey, width: a.width, height: a.height, name: a.originalName }),
  );
  return build.document([
    build.heading(1, '基本情况'),
    build.caseBlock('案例', [build.paragraph('正文'), build.figureRow(figures)]),
    build.figure('缺图', null),
  ]);
}

/**
 * A report whose document refers to A, whose one edit revision refers to A and B, and which
 * also holds C, which nothing refers to.
 */
async function reportWithHistory() {
  const dir = tempDir();
  const clock = manualClock();
  const path = join(dir, 'gc.nianbao');
  const file = await ReportFile.create(path, sampleMeta, { now: clock.now });
  for (const asset of [A, B, C]) file.putAsset(asset);
  clock.advance(SNAPSHOT_INTERVAL_MS + MINUTE);
  file.saveDocument(docWith(A, B)); // becomes an edit revision
  clock.advance(MINUTE);
  file.saveDocument(docWith(A)); // too soon for another revision: only the document has it
  expect(file.snapshots().map((r) => r.reason)).toEqual(['open', 'edit']);
  return { dir, path, file, clock };
}

describe('unreferenced assets', () => {
  it('finds the assetKey of every figure image in document JSON', () => {
    const json = JSON.stringify(docWith(A, B));
    expect([...referencedAssets(json)].sort()).toEqual([A.assetKey, B.assetKey]);
    expect(referencedAssets(JSON.stringify(docWith()))).toEqual(new Set());
    expect(referencedAssets('{"sha256":"abc","sha256":null}')).toEqual(new Set());
  });

  it('keeps the original of a turned or cropped photo, which 还原 brings back', () => {
    const turned = build.figure('图题', {
      assetKey: B.assetKey,
      width: 10,
      height: 10,
      original: { assetKey: A.assetKey, width: 10, height: 10 },
      edit: { rotate: 90, crop: null },
    });
    expect(referencedAssets(JSON.stringify(build.document([turned])))).toEqual(new Set([A.assetKey, B.assetKey]));
  });

  it('removes an asset referenced nowhere and keeps one a revision still refers to', async () => {
    const { file } = await reportWithHistory();
    closeLater(file);
    expect(removeUnreferencedAssets(file)).toEqual([C.assetKey]);
    expect(file.listAssets().map((a) => a.assetKey)).toEqual([A.assetKey, B.assetKey]);
    expect(file.getAsset(B.assetKey)?.bytes.toString()).toBe('b');
    expect(removeUnreferencedAssets(file)).toEqual([]);
  });

  it('keeps the cover’s emblem and photo, which only the report’s settings name', async () => {
    const { file } = await reportWithHistory();
    closeLater(file);
    file.updateMeta({ ...file.meta, emblem: { sha256: C.assetKey, width: 10, height: 10 } });
    expect(removeUnreferencedAssets(file)).toEqual([]);
    expect(file.listAssets().map((a) => a.assetKey)).toEqual([A.assetKey, B.assetKey, C.assetKey]);
  });

  it('runs when a report is opened for writing, not when it is opened read-only', async () => {
    const { dir, path, file } = await reportWithHistory();
    file.close();
    const holder = await ReportFile.open(path);
    const readOnlyWindow = harnessServices(dir, 'read-only');
    expect(await readOnlyWindow.dispatch('report.open', { path })).toMatchObject({
      ok: true,
      value: { readOnly: true },
    });
    expect(holder.listAssets()).toHaveLength(3);
    readOnlyWindow.services.shutdown();
    holder.close();

    const writable = harnessServices(dir, 'writable');
    expect(await writable.dispatch('report.open', { path })).toMatchObject({ ok: true, value: { readOnly: false } });
    writable.services.shutdown();
    const after = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(after.listAssets().map((a) => a.assetKey)).toEqual([A.assetKey, B.assetKey]);
  });
});
