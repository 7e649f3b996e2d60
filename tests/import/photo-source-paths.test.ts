import { spawn, spawnSync } from 'node:child_process';
import { realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readSourcePhotos } from '../../electron/assets/source-photos';
import { importToNewReport } from '../../electron/import/import-to-report';
import { inTime, isLocalFilePath } from '../../electron/import/local-file';
import { photosLater } from '../../electron/import/photos-later';
import { ReportFile } from '../../electron/store/report-file';
import { harnessServices } from '../assets/services';
import { closeLater, tempDir } from '../helpers/files';
import { photoLikeJpeg } from '../assets/sample-images';
import { photoDocx } from './docx-fixture';

/**
 * A report made by importing a .docx of two photos, its photos still to read, whose source was
 * then changed to `source` in the file, as a crafted report would name it.
 */
async function reportReading(
  source: (dir: string, input: string) => string,
): Promise<{ dir: string; path: string; named: string }> {
  const dir = tempDir();
  const input = join(dir, '学校年报.docx');
  writeFileSync(input, await photoDocx(2));
  const path = join(dir, 'r.nianbao');
  (await importToNewReport(input, path, {})).file.close();
  const named = source(dir, input);
  const db = new Database(path);
  db.prepare('UPDATE photos_to_read SET source = ?').run(named);
  db.close();
  return { dir, path, named };
}

const leftNote = (file: ReportFile) => (file.meta.importNotes ?? []).filter((n) => n.kind === 'photos-left-in-source');

/**
 * A FIFO in `dir`, and a process that opens it after 8 s, so a reader wrongly waiting on it
 * is let go (and the test fails, rather than hangs).
 */
function fifoWithRescue(dir: string): string {
  const fifo = join(dir, 'photos.docx');
  expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
  const rescue = spawn('sh', ['-c', 'sleep 8; exec 3<>"$0"', fifo], { stdio: 'ignore' });
  onTestFinished(() => void rescue.kill('SIGKILL'));
  return fifo;
}

describe.skipIf(process.platform === 'win32')('a photo source named by a crafted report', () => {
  it('a FIFO is refused at once: its photos stay listed with the note, and nothing waits on it', async () => {
    const { path, named } = await reportReading((dir) => fifoWithRescue(dir));
    const file = closeLater(await ReportFile.open(path));
    const started = performance.now();
    expect(await readSourcePhotos(file, () => false)).toBe(2);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(file.listPhotosToRead()).toHaveLength(2);
    expect(leftNote(file).map((n) => n.text)).toEqual([named]);
  });

  it('the app goes on answering while a report whose photos are in a FIFO opens', async () => {
    const { dir, path } = await reportReading((d) => fifoWithRescue(d));
    const { services, dispatch } = harnessServices(dir);
    const started = performance.now();
    expect(await dispatch('report.open', { path })).toMatchObject({ ok: true });
    const reader = closeLater(await ReportFile.open(path, { readOnly: true }));
    const key = reader.listPhotosToRead()[0]!.assetKey;
    // The editor asks for the photo: it is answered (not found) as soon as the source is refused.
    expect((await services.assets({ assetKey: key, variant: 'full' })).status).toBe(404);
    expect(await dispatch('report.current', {})).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a network share or device path is never opened, even one that names a readable file', async () => {
    // On Linux `//tmp/…` is the same file as `/tmp/…`: read before, it shows the path is refused by its form.
    const { path, named } = await reportReading((_dir, input) => `/${realpathSync(input)}`);
    const file = closeLater(await ReportFile.open(path));
    expect(await readSourcePhotos(file, () => false)).toBe(2);
    expect(file.listAssets()).toEqual([]);
    expect(leftNote(file).map((n) => n.text)).toEqual([named]);
  });
});

describe('isLocalFilePath', () => {
  it('refuses UNC, device and relative paths by their form', () => {
    const refused = ['\\\\host\\share\\年报.docx', '//host/share/年报.docx', '\\\\.\\pipe\\x', '\\\\?\\C:\\年报.docx'];
    for (const path of [...refused, '\\/host/x.docx', '年报.docx', '']) {
      expect(isLocalFilePath(path), path).toBe(false);
    }
    expect(isLocalFilePath('/home/u/年报.docx')).toBe(true);
  });

  it('refuses Windows device names, which open a console or a port wherever they stand', () => {
    for (const name of ['CON', 'con.docx', 'NUL', 'aux.txt', 'COM1.docx', 'lpt9', 'PRN']) {
      expect(isLocalFilePath(`/home/u/${name}`), name).toBe(false);
    }
    for (const name of ['console.docx', 'com10.docx', 'nul年报.docx']) {
      expect(isLocalFilePath(`/home/u/${name}`), name).toBe(true);
    }
  });
});

describe('inTime', () => {
  it('gives up on work that takes too long, and passes on what comes in time', async () => {
    const never = new Promise(() => undefined);
    await expect(inTime(never, 20, 'opening x')).rejects.toThrow('opening x took longer than 20 ms');
    expect(await inTime(Promise.resolve(7), 20, 'y')).toBe(7);
  });
});

describe('an import from a network share', () => {
  it('reads its photos during the import, since they would never be read from there later', async () => {
    const jpeg = await photoLikeJpeg(64, 48);
    const picture = { entry: 'word/media/image1.jpeg', crc: 1, size: jpeg.length, head: jpeg };
    expect(photosLater('/home/u/学校年报.docx').defer(picture, 'a.jpg')).not.toBeNull();
    expect(photosLater('\\\\server\\docs\\学校年报.docx').defer(picture, 'a.jpg')).toBeNull();
  });
});
