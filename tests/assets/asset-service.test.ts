import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiValue } from '../../core/api';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, sampleMeta, sha256, tempDir } from '../helpers/files';
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
    expect(await dispatch('assets.info', { sha256: first.sha256 })).toEqual({ ok: true, value: info });
    await dispatch('report.close', {});
    const file = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(file.listAssets()).toHaveLength(1);
    expect(file.getAsset(first.sha256)?.bytes.length).toBe(first.size);
  });

  it('refuses bad bytes with BAD_IMAGE and leaves the report file as it was', async () => {
    const { dispatch, path } = await withReport();
    const before = [sha256(path), existsSync(`${path}-wal`) ? sha256(`${path}-wal`) : null];
    const result = await dispatch('assets.add', { name: 'notes.jpg', dataBase64: base64(Buffer.from('年度报告草稿，不是照片'.repeat(50))) });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_IMAGE', message: '无法识别的图片文件' } });
    expect([sha256(path), existsSync(`${path}-wal`) ? sha256(`${path}-wal`) : null]).toEqual(before);
    const current = await dispatch('report.current', {});
    expect(current).toMatchObject({ ok: true, value: { path, readOnly: false } });
  });

  it('validates its params at the boundary', async () => {
    const { dispatch } = await withReport();
    for (const params of [{}, { name: 'a.jpg' }, { name: 'a.jpg', dataBase64: '' }, { name: 'a.jpg', dataBase64: 'not base64!' }, { name: 'a.jpg', dataBase64: 'AAAA', extra: 1 }]) {
      expect(await dispatch('assets.add', params), JSON.stringify(params)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
  });

  it('refuses to add photos to a read-only report', async () => {
    const { dispatch, path, dir } = await withReport();
    await dispatch('report.close', {});
    // Another window holds the report: this one opens it read-only.
    const holder = closeLater(await ReportFile.open(path));
    const { dispatch: dispatchOther } = harnessServices(dir, 'other');
    expect(await dispatchOther('report.open', { path })).toMatchObject({ ok: true, value: { readOnly: true } });
    const result = await dispatchOther('assets.add', { name: 'a.jpg', dataBase64: base64(await photoLikeJpeg(100, 80)) });
    expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(holder.listAssets()).toEqual([]);
  });

  it('needs an open report', async () => {
    const { dispatch } = await withReport();
    await dispatch('report.close', {});
    expect(await dispatch('assets.add', { name: 'a.jpg', dataBase64: base64(await photoLikeJpeg(100, 80)) })).toMatchObject({ ok: false, error: { code: 'NO_REPORT_OPEN' } });
  });
});

describe('assets.info and assets.pick', () => {
  it('answers an unknown photo with ASSET_NOT_FOUND and a malformed id with BAD_INPUT', async () => {
    const { dispatch } = await withReport();
    expect(await dispatch('assets.info', { sha256: 'a'.repeat(64) })).toMatchObject({ ok: false, error: { code: 'ASSET_NOT_FOUND' } });
    for (const sha256 of ['A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(63)}g`, '../../etc/passwd']) {
      expect(await dispatch('assets.info', { sha256 }), sha256).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
  });

  it('has no native picker in the harness (the page picks files itself)', async () => {
    const { dispatch } = await withReport();
    expect(await dispatch('assets.pick', {})).toEqual({ ok: true, value: null });
  });
});
