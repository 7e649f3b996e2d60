import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PhotoSizer } from '../../electron/assets/photo-sizer';
import { readSourcePhotos } from '../../electron/assets/source-photos';
import { keepPhotoAsImported } from '../../electron/assets/photo-as-imported';
import { importToNewReport, insertRead, readForInsert } from '../../electron/import/import-to-report';
import { ReportFile } from '../../electron/store/report-file';
import { harnessServices } from '../assets/services';
import { closeLater, tempDir } from '../helpers/files';
import { emptyDocument } from '../../core/document/editor-json';
import { photoLikeJpeg } from '../assets/sample-images';
import { photoDocx } from './docx-fixture';

const sha = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** The hashes of the pictures a .docx holds, sorted. */
const mediaHashes = async (docx: Buffer) => {
  const zip = await JSZip.loadAsync(docx);
  const names = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
  return (await Promise.all(names.map(async (n) => sha(await zip.file(n)!.async('uint8array'))))).sort();
};
const storedHashes = (file: ReportFile) =>
  file
    .listAssets()
    .map((a) => sha(file.getAsset(a.assetKey)!.bytes))
    .sort();
const figureKeys = (file: ReportFile) =>
  [...JSON.stringify(file.document!.json).matchAll(/"sha256":"([0-9a-f]{64})"/g)].map((m) => m[1]!).sort();

async function imported(count = 3) {
  const dir = tempDir();
  const input = join(dir, '学校年报.docx');
  const source = await photoDocx(count);
  writeFileSync(input, source);
  const path = join(dir, 'r.nianbao');
  const { file } = await importToNewReport(input, path, {});
  return { dir, input, source, path, file: closeLater(file) };
}

describe('a .docx’s photos are read in after its report opens', () => {
  it('opens with each figure sized, its photo listed to read; then photos land under the figures’ keys', async () => {
    const { file, source } = await imported();
    expect(file.listAssets()).toEqual([]);
    const listed = file.listPhotosToRead();
    expect(listed.map((p) => p.assetKey).sort()).toEqual(figureKeys(file));
    expect(listed.every((p) => p.mime === 'image/jpeg' && p.width === 2000 && p.height === 1500)).toBe(true);

    expect(await readSourcePhotos(file, () => false)).toBe(0);
    expect(file.listPhotosToRead()).toEqual([]);
    expect(
      file
        .listAssets()
        .map((a) => a.assetKey)
        .sort(),
    ).toEqual(figureKeys(file));
    expect(storedHashes(file)).toEqual(await mediaHashes(source));
  });

  it('a photo the editor asks for at once is answered once read in, not refused', async () => {
    const dir = tempDir();
    const input = join(dir, '照片.docx');
    const source = await photoDocx(2);
    writeFileSync(input, source);
    const { services, dispatch } = harnessServices(dir);
    const opened = await dispatch('import.file', { path: input });
    expect(opened.ok).toBe(true);
    const keys = [...JSON.stringify(opened).matchAll(/"sha256":"([0-9a-f]{64})"/g)].map((m) => m[1]!);
    expect(keys).toHaveLength(2);
    const answers = await Promise.all(keys.map((assetKey) => services.assets({ assetKey, variant: 'full' })));
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    expect(answers.map((a) => sha(a.bytes)).sort()).toEqual(await mediaHashes(source));
  });

  it('photos not read when the report closed at once are read the next time it opens', async () => {
    const { file, path, source } = await imported(2);
    file.close();
    const again = closeLater(await ReportFile.open(path));
    expect(again.listPhotosToRead()).toHaveLength(2);
    await new PhotoSizer(again).sizeAll();
    expect(again.listPhotosToRead()).toEqual([]);
    expect(
      again
        .listAssets()
        .map((a) => a.assetKey)
        .sort(),
    ).toEqual(figureKeys(again));
    expect(again.listPhotosToSize()).toEqual([]);
    expect(again.listAssets()).toHaveLength((await mediaHashes(source)).length);
  });

  it('a moved source keeps its photos listed, noted by name; put back, they are read and the note goes', async () => {
    const { file, input } = await imported(2);
    renameSync(input, `${input}.moved`);
    expect(await readSourcePhotos(file, () => false)).toBe(2);
    expect(file.listAssets()).toEqual([]);
    const notes = (file.meta.importNotes ?? []).filter((n) => n.kind === 'photos-left-in-source');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.text).toContain('学校年报.docx');
    expect(notes[0]!.message).toMatch(/2 张照片.*放回原处/);
    // Asked again (the next open): still one note.
    await readSourcePhotos(file, () => false);
    expect((file.meta.importNotes ?? []).filter((n) => n.kind === 'photos-left-in-source')).toHaveLength(1);

    renameSync(`${input}.moved`, input);
    expect(await readSourcePhotos(file, () => false)).toBe(0);
    expect(file.listAssets()).toHaveLength(2);
    expect((file.meta.importNotes ?? []).some((n) => n.kind === 'photos-left-in-source')).toBe(false);
  });

  it('a source saved again, its pictures renamed, still gives them; one no longer in it stays listed', async () => {
    const { file, input, source } = await imported(3);
    const zip = await JSZip.loadAsync(source);
    const media = Object.keys(zip.files)
      .filter((n) => n.startsWith('word/media/'))
      .sort();
    const kept: string[] = [];
    for (const [i, name] of media.entries()) {
      const bytes = await zip.file(name)!.async('nodebuffer');
      zip.remove(name);
      // Word renumbers its media on saving; the last picture is deleted.
      if (i === media.length - 1) continue;
      zip.file(`word/media/image${10 + i}.jpeg`, bytes);
      kept.push(sha(bytes));
    }
    writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(await readSourcePhotos(file, () => false)).toBe(1);
    expect(storedHashes(file)).toEqual(kept.sort());
    expect(file.listAssets()).toHaveLength(2);
    expect(file.listPhotosToRead()).toHaveLength(1);
  });

  it('sizes a photo with a long EXIF (its size past 4 KB) and turns it upright by EXIF before reading it', async () => {
    const dir = tempDir();
    const input = join(dir, 'exif.docx');
    const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#c84' } })
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { ImageDescription: '实训基地'.repeat(3000) } })
      .jpeg()
      .toBuffer();
    expect(photo.indexOf(Buffer.from([0xff, 0xc0]))).toBeGreaterThan(4096);
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({
                children: [new ImageRun({ type: 'jpg', data: photo, transformation: { width: 300, height: 200 } })],
              }),
              new Paragraph('图1 实训基地'),
            ],
          },
        ],
      }),
    );
    writeFileSync(input, docx);
    const { file } = await importToNewReport(input, join(dir, 'r.nianbao'), {});
    closeLater(file);
    expect(file.listPhotosToRead().map((p) => [p.width, p.height])).toEqual([[400, 600]]);
    expect(JSON.stringify(file.document!.json)).toContain('"width":400,"height":600');
  });

  it('a picture that is neither JPEG nor PNG is read and sized for print during the import, as before', async () => {
    const dir = tempDir();
    const input = join(dir, 'gif.docx');
    const gif = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#48c' } })
      .gif()
      .toBuffer();
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({
                children: [new ImageRun({ type: 'gif', data: gif, transformation: { width: 120, height: 90 } })],
              }),
              new Paragraph('图1 动图'),
            ],
          },
        ],
      }),
    );
    writeFileSync(input, docx);
    const { file } = await importToNewReport(input, join(dir, 'r.nianbao'), {});
    closeLater(file);
    expect(file.listPhotosToRead()).toEqual([]);
    expect(file.listAssets().map((a) => a.assetKey)).toEqual(figureKeys(file));
    expect(file.listAssets()[0]).toMatchObject({ width: 120, height: 90 });
  });

  it('photos listed while others are being sized (插入文件) are read at once, not after them', async () => {
    const dir = tempDir();
    const big = await photoLikeJpeg(4000, 3000, { seed: 9 });
    const asImported = keepPhotoAsImported(big, sha(big), 'big.jpg')!;
    const file = closeLater(
      await ReportFile.create(
        join(dir, 'r.nianbao'),
        { title: 't', organisation: 'o', year: 2025, kind: 'school' },
        { content: { document: emptyDocument(), assets: [asImported] } },
      ),
    );
    // Read (in a worker) before the sizing starts: what is timed is the reading of its photos only.
    const input = join(dir, '学校.docx');
    writeFileSync(input, await photoDocx(1));
    const read = await readForInsert({ path: input });
    expect(read.photosToRead).toHaveLength(1);
    const sizer = new PhotoSizer(file);
    const running = sizer.sizeAll();
    insertRead(file, read);
    void sizer.sizeAll();
    await sizer.photosRead();
    expect(file.getAsset(read.photosToRead[0]!.assetKey)).not.toBeNull();
    // The large photo is still being sized.
    expect(file.getAsset(asImported.assetKey)!.stillToSize).toBe(true);
    await running;
    expect(file.listPhotosToSize()).toEqual([]);
    expect(file.listPhotosToRead()).toEqual([]);
  });

  it('photos still being read when nothing else is left to size are sized after the read, in one run', async () => {
    const dir = tempDir();
    const input = join(dir, '学校.docx');
    writeFileSync(input, await photoDocx(1));
    const read = await readForInsert({ path: input });
    const small = await photoLikeJpeg(600, 400, { seed: 4 });
    const file = closeLater(
      await ReportFile.create(
        join(dir, 'r.nianbao'),
        { title: 't', organisation: 'o', year: 2025, kind: 'school' },
        { content: { document: emptyDocument(), assets: [keepPhotoAsImported(small, sha(small), 'small.jpg')!] } },
      ),
    );
    // The read of the inserted photo waits until the photo imported first is sized.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sizer = new PhotoSizer(file, {
      readPhotos: (f, stopped, photos) => gate.then(() => readSourcePhotos(f, stopped, photos)),
    });
    const running = sizer.sizeAll();
    insertRead(file, read);
    expect(sizer.sizeAll()).toBe(running);
    await expect.poll(() => file.getAsset(sha(small))!.stillToSize).toBeUndefined();
    release();
    await running;
    expect(file.listPhotosToRead()).toEqual([]);
    expect(file.listPhotosToSize()).toEqual([]);
    expect(file.getAsset(read.photosToRead[0]!.assetKey)!.stillToSize).toBeUndefined();
  });

  it('the .docx itself is never written to', async () => {
    const { file, input, source } = await imported(2);
    await readSourcePhotos(file, () => false);
    expect(readFileSync(input).equals(source)).toBe(true);
  });
});
