import Database from 'better-sqlite3';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { ExportJobStatus } from '../../core/api';
import { emptyDocument } from '../../core/document/editor-json';
import { zh } from '../../core/zh';
import { THUMB_LONG_SIDE, createAssetResponder } from '../../electron/assets/asset-response';
import { keepPhotoAsImported } from '../../electron/assets/photo-as-imported';
import { PhotoSizer } from '../../electron/assets/photo-sizer';
import { readSourcePhotos } from '../../electron/assets/source-photos';
import { MAX_LONG_SIDE } from '../../electron/assets/photo-for-print';
import { runCli } from '../../electron/cli/run-cli';
import { importToNewReport } from '../../electron/import/import-to-report';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, sampleMeta, tempDir } from '../helpers/files';
import { photoDocx, samplePhoto } from '../import/docx-fixture';
import { orientedJpeg, photoLikeJpeg, transparentPng } from './sample-images';
import { harnessServices } from './services';

const reportMeta = { title: 't', organisation: 'o', year: 2025, kind: 'school' } as const;
const stillToSizeInFile = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM assets WHERE as_given = 1').pluck().get();
  } finally {
    db.close();
  }
};
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('keepPhotoAsImported: what an import may store without sizing it for print', () => {
  it('keeps a complete JPEG or PNG byte for byte, sized as shown upright', async () => {
    const jpeg = await samplePhoto(1, 640, 480);
    expect(keepPhotoAsImported(jpeg, sha(jpeg), 'C:\\照片\\a.jpg')).toEqual({
      assetKey: sha(jpeg),
      mime: 'image/jpeg',
      width: 640,
      height: 480,
      bytes: jpeg,
      originalName: 'a.jpg',
      stillToSize: true,
    });
    // EXIF 6: stored 600×400, shown turned a quarter, 400×600.
    const turned = await orientedJpeg(600, 400, 6);
    expect(keepPhotoAsImported(turned, sha(turned), 't.jpg')).toMatchObject({ width: 400, height: 600 });
    const png = await transparentPng(100);
    expect(keepPhotoAsImported(png, sha(png), 'p.png')).toMatchObject({
      mime: 'image/png',
      width: 100,
      height: 100,
      stillToSize: true,
    });
  });

  it('leaves a truncated file, a very large photo, another format or a non-image to be sized at once', async () => {
    const jpeg = await samplePhoto(2);
    const png = await transparentPng(100);
    const tiff = await sharp(jpeg).tiff().toBuffer();
    // 27 MP: past what the editor may show before it is sized for print.
    const huge = await sharp({ create: { width: 6000, height: 4500, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    for (const bytes of [
      huge,
      jpeg.subarray(0, jpeg.length - 500),
      png.subarray(0, png.length - 20),
      tiff,
      Buffer.from('not a picture at all'),
    ]) {
      expect(keepPhotoAsImported(bytes, sha(bytes), 'x')).toBeNull();
    }
  });
});

describe('PhotoSizer: an import opens at once, its photos are sized for print afterwards', () => {
  it('puts print-sized bytes under the key of each photo kept as imported; the document stays as it was', async () => {
    const dir = tempDir();
    const input = join(dir, '照片.docx');
    writeFileSync(input, await photoDocx(3));
    const path = join(dir, 'r.nianbao');
    const { file } = await importToNewReport(input, path, {});
    closeLater(file);
    // The report opened before its photos were read out of the .docx: its figures know their size.
    expect(file.listAssets()).toEqual([]);
    expect(file.listPhotosToRead().map((p) => [p.width, p.height])).toEqual([
      [2000, 1500],
      [2000, 1500],
      [2000, 1500],
    ]);
    expect(await readSourcePhotos(file, () => false)).toBe(0);
    expect(file.listPhotosToRead()).toEqual([]);
    const before = file.listAssets();
    const givenBytes = before.reduce((n, a) => n + a.size, 0);
    // Written into the report file itself as they are read in (a copy of the file alone holds them).
    expect(statSync(path).size).toBeGreaterThan(givenBytes);
    expect(before).toHaveLength(3);
    expect(file.listPhotosToSize().sort()).toEqual(before.map((a) => a.assetKey).sort());
    // As imported: the very bytes the .docx holds, under the keys its figures have.
    const zip = await JSZip.loadAsync(readFileSync(input));
    const media = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.startsWith('word/media/'))
        .map(async (n) => sha(Buffer.from(await zip.file(n)!.async('uint8array')))),
    );
    expect(media.sort()).toEqual(before.map((a) => sha(file.getAsset(a.assetKey)!.bytes)).sort());
    expect(before.map((a) => a.assetKey).sort()).toEqual(
      [...JSON.stringify(file.document!.json).matchAll(/"sha256":"([0-9a-f]{64})"/g)].map((m) => m[1]).sort(),
    );
    const document = JSON.stringify(file.document!.json);

    await new PhotoSizer(file).sizeAll();
    expect(file.listPhotosToSize()).toEqual([]);
    const after = file.listAssets();
    expect(after.map((a) => a.assetKey)).toEqual(before.map((a) => a.assetKey));
    for (const [i, asset] of after.entries()) {
      // Noisy 2000×1500 photos at quality 92 are re-encoded for print: far smaller.
      expect(asset.size).toBeLessThan(before[i]!.size / 2);
      expect(asset.mime).toBe('image/jpeg');
      const stored = file.getAsset(asset.assetKey)!;
      expect(stored.stillToSize).toBeUndefined();
      expect(await sharp(stored.bytes).metadata()).toMatchObject({ width: 2000, height: 1500 });
    }
    expect(JSON.stringify(file.document!.json)).toBe(document);
    // The space the photos as imported took is given back: the file is now smaller than they were.
    const sizedBytes = after.reduce((n, a) => n + a.size, 0);
    file.close();
    expect(statSync(path).size).toBeLessThan(givenBytes / 2);
    expect(statSync(path).size).toBeGreaterThan(sizedBytes);
  });

  it('sizes photos for print and upright; work left at closing continues when the report opens again', async () => {
    const dir = tempDir();
    const path = join(dir, 'r.nianbao');
    const big = await photoLikeJpeg(3000, 2000, { seed: 3 });
    const turned = await orientedJpeg(600, 400, 6);
    const assets = [
      keepPhotoAsImported(big, sha(big), 'big.jpg'),
      keepPhotoAsImported(turned, sha(turned), 'turned.jpg'),
    ];
    const first = await ReportFile.create(path, reportMeta, {
      content: { document: emptyDocument(), assets: assets.map((a) => a!) },
    });
    const sizer = new PhotoSizer(first);
    const running = sizer.sizeAll();
    // Stopped while the first photo is in hand, and the file closed at once, as closing a report
    // does: that result is not written, and the work ends quietly.
    sizer.stop();
    first.close();
    await running;
    expect(stillToSizeInFile(path)).toBe(2);

    const again = closeLater(await ReportFile.open(path));
    await new PhotoSizer(again).sizeAll();
    expect(again.listPhotosToSize()).toEqual([]);
    const bigNow = again.getAsset(sha(big))!;
    expect(Math.max(bigNow.width, bigNow.height)).toBe(MAX_LONG_SIDE);
    expect(await sharp(bigNow.bytes).metadata()).toMatchObject({ width: 2400, height: 1600 });
    const turnedNow = again.getAsset(sha(turned))!;
    const meta = await sharp(turnedNow.bytes).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([400, 600, 1]);
  });

  it('keeps the bytes of a photo that cannot be sized after all (damage past its header): none dropped', async () => {
    const dir = tempDir();
    // Stands for damage libjpeg only finds while decoding: a JPEG's start and end around bytes it cannot read.
    const damaged = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
      Buffer.from('看不懂的数据'.repeat(50)),
      Buffer.from([0xff, 0xd9]),
    ]);
    const asset = {
      assetKey: sha(damaged),
      mime: 'image/jpeg',
      width: 800,
      height: 600,
      bytes: damaged,
      originalName: 'damaged.jpg',
      stillToSize: true,
    };
    const file = closeLater(
      await ReportFile.create(join(dir, 'r.nianbao'), reportMeta, {
        content: { document: emptyDocument(), assets: [asset] },
      }),
    );
    await new PhotoSizer(file).sizeAll();
    expect(file.listPhotosToSize()).toEqual([]);
    expect(file.getAsset(asset.assetKey)).toEqual({ ...asset, stillToSize: undefined });
  });
});

describe('photos as imported in the editor', () => {
  it('get an upright thumbnail while they still carry an EXIF orientation', async () => {
    const turned = await orientedJpeg(1200, 800, 6);
    const asset = keepPhotoAsImported(turned, sha(turned), 't.jpg')!;
    const file = closeLater(
      await ReportFile.create(join(tempDir(), 'r.nianbao'), reportMeta, {
        content: { document: emptyDocument(), assets: [asset] },
      }),
    );
    const thumb = await createAssetResponder(() => file)({ assetKey: asset.assetKey, variant: 'thumb' });
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({
      width: Math.round((THUMB_LONG_SIDE * 2) / 3),
      height: THUMB_LONG_SIDE,
    });
  });
});

describe('exports never carry photos as imported', () => {
  it('export.docx right after 导入 waits for the photos to be sized for print', async () => {
    const dir = tempDir();
    const input = join(dir, '照片.docx');
    const source = await photoDocx(2);
    writeFileSync(input, source);
    const { dispatch } = harnessServices(dir);
    const imported = await dispatch('import.file', { path: input });
    expect(imported.ok).toBe(true);
    // Taking a 2000×1500 photo in takes far longer than this call.
    expect(
      ((await dispatch('assets.photosBeingSized', {})) as { value: { count: number } }).value.count,
    ).toBeGreaterThan(0);
    const out = join(dir, 'out.docx');
    expect(await dispatch('export.docx', { path: out })).toMatchObject({ ok: true });
    expect(await dispatch('assets.photosBeingSized', {})).toEqual({ ok: true, value: { count: 0 } });
    const media = await mediaSizes(readFileSync(out));
    expect(media).toHaveLength(2);
    expect(Math.max(...media)).toBeLessThan(Math.min(...(await mediaSizes(source))) / 2);
    const report = (imported as { value: { report: { path: string } } }).value.report.path;
    expect(await dispatch('report.close', {})).toMatchObject({ ok: true });
    const file = closeLater(await ReportFile.open(report, { readOnly: true }));
    expect(file.listPhotosToSize()).toEqual([]);
  });

  it('插入文件 into an open report starts sizing its photos at once, no export needed', async () => {
    const dir = tempDir();
    const input = join(dir, '学校.docx');
    writeFileSync(input, await photoDocx(2));
    const { dispatch } = harnessServices(dir);
    expect((await dispatch('report.create', { path: join(dir, '州报告.nianbao'), meta: sampleMeta })).ok).toBe(true);
    const read = await dispatch('import.read', { path: input });
    expect(read.ok).toBe(true);
    expect((await dispatch('import.insert', { id: (read as { value: { id: string } }).value.id })).ok).toBe(true);
    const beingSized = async () =>
      ((await dispatch('assets.photosBeingSized', {})) as { value: { count: number } }).value.count;
    expect(await beingSized()).toBeGreaterThan(0);
    await expect.poll(beingSized, { timeout: 20_000, interval: 100 }).toBe(0);
  });

  it('counts no photos being sized in a report open read-only (locked by another window), where none is', async () => {
    const dir = tempDir();
    const big = await photoLikeJpeg(2000, 1500, { seed: 4 });
    const path = join(dir, 'r.nianbao');
    const owner = closeLater(
      await ReportFile.create(path, reportMeta, {
        content: { document: emptyDocument(), assets: [keepPhotoAsImported(big, sha(big), 'a.jpg')!] },
      }),
    );
    const { dispatch } = harnessServices(dir);
    expect(await dispatch('report.open', { path })).toMatchObject({ ok: true, value: { readOnly: true } });
    expect(await dispatch('assets.photosBeingSized', {})).toEqual({ ok: true, value: { count: 0 } });
    expect(owner.listPhotosToSize()).toHaveLength(1);
  });

  it('an export started then says it is waiting for the photos, then goes on', async () => {
    const dir = tempDir();
    const input = join(dir, '照片.docx');
    writeFileSync(input, await photoDocx(2));
    const { dispatch } = harnessServices(dir);
    expect((await dispatch('import.file', { path: input })).ok).toBe(true);
    const started = await dispatch('export.start', { kind: 'docx', path: join(dir, 'out.docx') });
    const { jobId } = (started as { value: { jobId: string } }).value;
    const stages: string[] = [];
    for (;;) {
      const status = (await dispatch('export.status', { jobId })) as { value: ExportJobStatus };
      if (stages.at(-1) !== status.value.stage) stages.push(status.value.stage);
      if (status.value.state !== 'running') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // The wait is the job's first stage, set before the call returns.
    expect(stages[0]).toBe(zh.exporting.stages.photos);
    expect(stages.at(-1)).toBe(zh.exporting.stages.done);
  });

  it('the CLI exports a report closed before its photos were sized for print, without changing the file', async () => {
    const dir = tempDir();
    const input = join(dir, '照片.docx');
    const source = await photoDocx(2);
    writeFileSync(input, source);
    const path = join(dir, 'r.nianbao');
    (await importToNewReport(input, path, {})).file.close();
    const untouched = readFileSync(path);
    const out = join(dir, 'out.docx');
    const io = { stdout: () => {}, stderr: (t: string) => void expect.fail(t) };
    expect(await runCli(['export', path, '--docx', out], io)).toBe(0);
    const exported = await mediaSizes(readFileSync(out));
    expect(exported).toHaveLength(2);
    expect(Math.max(...exported)).toBeLessThan(Math.min(...(await mediaSizes(source))) / 2);
    expect(readFileSync(path).equals(untouched)).toBe(true);
  });
});

async function mediaSizes(docx: Buffer): Promise<number[]> {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
  return Promise.all(names.map(async (n) => (await zip.file(n)!.async('uint8array')).length));
}
