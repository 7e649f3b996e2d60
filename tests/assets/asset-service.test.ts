import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiValue } from '../../core/api';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, sampleMeta, sha256, tempDir } from '../helpers/files';
import sharp from 'sharp';
import { photoLikeJpeg } from './sample-images';
import { harnessServices } from './services';

/** The real services with a report open, called through the validating dispatcher. */
async function withReport() {
  const dir = tempDir();
  const { services, dispatch } = harnessServices(dir);
  const path = join(dir, 'photos.nianbao');
  expect(await dispatch('report.create', { path, meta: sampleMeta })).toMatchObject({ ok: true });
  return { dir, path, dispatch, services };
}

const base64 = (b: Buffer) => b.toString('base64');

function added(result: { ok: boolean; value?: unknown }): ApiValue<'assets.add'> {
  expect(result.ok).toBe(true);
  return result.value as ApiValue<'assets.add'>;
}

describe('assets.add', () => {
  it('stores a photo once, keeps its first name and reports whether it was new', async () => {
    const { dispatch, path } = await withReport();
    const photo = await photoLikeJpeg(1200, 900);
    const first = added(await dispatch('assets.add', { name: '实训基地.jpg', dataBase64: base64(photo) }));
    expect(first).toMatchObject({ width: 1200, height: 900, mime: 'image/jpeg', name: '实训基地.jpg', added: true });
    const second = added(await dispatch('assets.add', { name: 'copy of it.jpg', dataBase64: base64(photo) }));
    expect(second).toEqual({ ...first, added: false });

    const { added: _, ...info } = first;
    expect(await dispatch('assets.info', { assetKey: first.assetKey })).toEqual({ ok: true, value: info });
    await dispatch('report.close', {});
    const file = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(file.listAssets()).toHaveLength(1);
    expect(file.getAsset(first.assetKey)?.bytes.length).toBe(first.size);
  });

  it('refuses bad bytes with BAD_IMAGE and leaves the report file as it was', async () => {
    const { dispatch, path } = await withReport();
    const before = [sha256(path), existsSync(`${path}-wal`) ? sha256(`${path}-wal`) : null];
    const result = await dispatch('assets.add', {
      name: 'notes.jpg',
      dataBase64: base64(Buffer.from('年度报告草稿，不是照片'.repeat(50))),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_IMAGE', message: '无法识别的图片文件' } });
    expect([sha256(path), existsSync(`${path}-wal`) ? sha256(`${path}-wal`) : null]).toEqual(before);
    const current = await dispatch('report.current', {});
    expect(current).toMatchObject({ ok: true, value: { path, readOnly: false } });
  });

  it('validates its params at the boundary', async () => {
    const { dispatch } = await withReport();
    for (const params of [
      {},
      { name: 'a.jpg' },
      { name: 'a.jpg', dataBase64: '' },
      { name: 'a.jpg', dataBase64: 'not base64!' },
      { name: 'a.jpg', dataBase64: 'AAAA', extra: 1 },
    ]) {
      expect(await dispatch('assets.add', params), JSON.stringify(params)).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      });
    }
  });

  it('refuses to add photos to a read-only report', async () => {
    const { dispatch, path, dir } = await withReport();
    await dispatch('report.close', {});
    // Another window holds the report: this one opens it read-only.
    const holder = closeLater(await ReportFile.open(path));
    const { dispatch: dispatchOther } = harnessServices(dir, 'other');
    expect(await dispatchOther('report.open', { path })).toMatchObject({ ok: true, value: { readOnly: true } });
    const result = await dispatchOther('assets.add', {
      name: 'a.jpg',
      dataBase64: base64(await photoLikeJpeg(100, 80)),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(holder.listAssets()).toEqual([]);
  });

  it('needs an open report', async () => {
    const { dispatch } = await withReport();
    await dispatch('report.close', {});
    expect(
      await dispatch('assets.add', { name: 'a.jpg', dataBase64: base64(await photoLikeJpeg(100, 80)) }),
    ).toMatchObject({ ok: false, error: { code: 'NO_REPORT_OPEN' } });
  });
});

describe('assets.info and assets.pick', () => {
  it('answers an unknown photo with ASSET_NOT_FOUND and a malformed id with BAD_INPUT', async () => {
    const { dispatch } = await withReport();
    expect(await dispatch('assets.info', { assetKey: 'a'.repeat(64) })).toMatchObject({
      ok: false,
      error: { code: 'ASSET_NOT_FOUND' },
    });
    for (const assetKey of ['A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(63)}g`, '../../etc/passwd']) {
      expect(await dispatch('assets.info', { assetKey }), assetKey).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      });
    }
  });

  it('has no native picker in the harness (the page picks files itself)', async () => {
    const { dispatch } = await withReport();
    expect(await dispatch('assets.pick', {})).toEqual({ ok: true, value: null });
  });
});

/** 400 × 200: the left half red, the right half blue, so a turn or a crop shows where each went. */
const halves = () =>
  sharp({ create: { width: 400, height: 200, channels: 3, background: '#ff0000' } })
    .composite([
      { input: { create: { width: 200, height: 200, channels: 3, background: '#0000ff' } }, left: 200, top: 0 },
    ])
    .png()
    .toBuffer();

/** The colour at (x, y) of a stored photo, as 'red', 'blue' or its RGB. */
async function colourAt(file: ReportFile, sha: string, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(file.getAsset(sha)!.bytes).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
  return r > 200 && g < 60 && b < 60 ? 'red' : b > 200 && r < 60 && g < 60 ? 'blue' : `${r},${g},${b}`;
}

describe('assets.edit', () => {
  it('turns and crops a copy made from the stored photo, which stays in the report', async () => {
    const { dispatch, path } = await withReport();
    const original = added(await dispatch('assets.add', { name: '两半.png', dataBase64: base64(await halves()) }));
    const turned = added(
      await dispatch('assets.edit', { assetKey: original.assetKey, edit: { rotate: 90, crop: null } }),
    );
    expect(turned).toMatchObject({ width: 200, height: 400, name: '两半.png', added: true });
    // The right half (blue) kept, then turned: a blue square.
    const rightHalf = added(
      await dispatch('assets.edit', {
        assetKey: original.assetKey,
        edit: { rotate: 0, crop: { x: 0.5, y: 0, width: 0.5, height: 1 } },
      }),
    );
    expect(rightHalf).toMatchObject({ width: 200, height: 200 });
    // No edit gives the photo itself back.
    expect(
      added(await dispatch('assets.edit', { assetKey: original.assetKey, edit: { rotate: 0, crop: null } })),
    ).toMatchObject({ assetKey: original.assetKey, added: false });
    await dispatch('report.close', {});

    const file = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(new Set(file.listAssets().map((a) => a.assetKey))).toEqual(
      new Set([original.assetKey, turned.assetKey, rightHalf.assetKey]),
    );
    // Turned clockwise, the left (red) half is on top.
    expect([await colourAt(file, turned.assetKey, 100, 50), await colourAt(file, turned.assetKey, 100, 350)]).toEqual([
      'red',
      'blue',
    ]);
    expect([
      await colourAt(file, rightHalf.assetKey, 5, 5),
      await colourAt(file, rightHalf.assetKey, 195, 195),
    ]).toEqual(['blue', 'blue']);
    expect([await colourAt(file, original.assetKey, 5, 5), await colourAt(file, original.assetKey, 395, 5)]).toEqual([
      'red',
      'blue',
    ]);
  });

  it('says which photo it cannot find and refuses edits that are not quarter turns and crops inside it', async () => {
    const { dispatch } = await withReport();
    const photo = added(await dispatch('assets.add', { name: 'a.png', dataBase64: base64(await halves()) }));
    expect(await dispatch('assets.edit', { assetKey: 'a'.repeat(64), edit: { rotate: 90, crop: null } })).toMatchObject(
      {
        ok: false,
        error: { code: 'ASSET_NOT_FOUND' },
      },
    );
    for (const edit of [
      { rotate: 45, crop: null },
      { rotate: 0, crop: { x: 0.8, y: 0, width: 0.5, height: 1 } },
      { rotate: 0 },
    ]) {
      expect(await dispatch('assets.edit', { assetKey: photo.assetKey, edit }), JSON.stringify(edit)).toMatchObject({
        ok: false,
        error: { code: 'BAD_INPUT' },
      });
    }
  });
});
