import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it, onTestFinished } from 'vitest';
import { build } from '../../core/document/nodes';
import { createAppRequestHandler } from '../../electron/app-protocol';
import { sniffImageMime } from '../../electron/assets/image-header';
import { startHarness } from '../../electron/harness/harness';
import { TOKEN_HEADER } from '../../electron/harness/http-server';
import { ReportFile } from '../../electron/store/report-file';
import { sampleMeta, tempDir } from '../helpers/files';
import { harnessServices } from './services';
import { photoLikeJpeg } from './sample-images';

/** What a reviewer's crafted report held: a "photo" whose bytes are a page reading the harness token. */
const PAGE = Buffer.from('<!doctype html><script>parent.postMessage(location.hash, "*")</script>');
const PAGE_KEY = 'a'.repeat(64);
/** A real JPEG whose stored type was set to HTML. */
const JPEG_KEY = 'b'.repeat(64);

/** A report whose assets table says text/html for both, each shown by a figure (so kept when it opens). */
async function craftedReport(dir: string): Promise<string> {
  const path = join(dir, 'crafted.nianbao');
  const figure = (assetKey: string) => build.figure('图', { assetKey, width: 10, height: 10, name: 'x.jpg' });
  const document = build.document([figure(PAGE_KEY), figure(JPEG_KEY)]);
  const file = await ReportFile.create(path, sampleMeta, { content: { document, assets: [] } });
  const jpeg = await photoLikeJpeg(320, 240);
  file.putAsset({ assetKey: PAGE_KEY, mime: 'text/html', width: 10, height: 10, bytes: PAGE, originalName: 'x.jpg' });
  const html = 'text/html; charset=utf-8';
  file.putAsset({ assetKey: JPEG_KEY, mime: html, width: 320, height: 240, bytes: jpeg, originalName: 'y.jpg' });
  file.close();
  return path;
}

function expectImageHeaders(headers: Headers): void {
  expect(headers.get('content-type')).toBe('image/jpeg');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
}

function expectRefused(res: Response): void {
  expect(res.status).toBe(415);
  expect(res.headers.get('content-type')).not.toMatch(/html/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
}

describe('a crafted report cannot serve a photo as a page', () => {
  it('the harness serves only types sniffed from the bytes, refusing the rest', async () => {
    const home = tempDir();
    const path = await craftedReport(home);
    const h = await startHarness({ home });
    onTestFinished(() => h.close());
    const headers = { [TOKEN_HEADER]: h.token };
    const base = `http://127.0.0.1:${h.port}`;
    const opened = await fetch(`${base}/api/report.open`, { method: 'POST', headers, body: JSON.stringify({ path }) });
    expect(((await opened.json()) as { ok: boolean }).ok).toBe(true);
    const asset = (key: string, query = '') => fetch(`${base}/report-assets/${key}${query}`, { headers });

    expectRefused(await asset(PAGE_KEY));
    expectRefused(await asset(PAGE_KEY, '?thumb=1'));
    const jpeg = await asset(JPEG_KEY);
    expect(jpeg.status).toBe(200);
    expectImageHeaders(jpeg.headers);
    expect((await sharp(Buffer.from(await jpeg.arrayBuffer())).metadata()).format).toBe('jpeg');
  });

  it('app:// and the print preview’s photo route do the same', async () => {
    const dir = tempDir();
    const path = await craftedReport(dir);
    const { services, dispatch } = harnessServices(dir);
    expect(await dispatch('report.open', { path })).toMatchObject({ ok: true });
    const { assets, printPreview } = services;
    const handle = createAppRequestHandler(join(dir, 'no-renderer'), { assets, printPreview });

    expectRefused(await handle(new Request(`app://nianbao/report-assets/${PAGE_KEY}`)));
    const jpeg = await handle(new Request(`app://nianbao/report-assets/${JPEG_KEY}`));
    expect(jpeg.status).toBe(200);
    expectImageHeaders(jpeg.headers);

    const preview = await dispatch('export.previewUrl', {});
    if (!preview.ok) throw new Error(JSON.stringify(preview.error));
    const url = (preview.value as { url: string }).url;
    const base = `app://nianbao${url.slice(0, url.lastIndexOf('/') + 1)}assets/`;
    const page = await handle(new Request(`${base}${PAGE_KEY}`));
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).not.toMatch(/html/);
    const photo = await handle(new Request(`${base}${JPEG_KEY}`));
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
  });
});

describe('sniffImageMime', () => {
  it('knows JPEG, PNG, GIF and WebP by their first bytes, and nothing else', async () => {
    const jpeg = await photoLikeJpeg(32, 24);
    expect(sniffImageMime(jpeg)).toBe('image/jpeg');
    expect(sniffImageMime(await sharp(jpeg).png().toBuffer())).toBe('image/png');
    expect(sniffImageMime(await sharp(jpeg).gif().toBuffer())).toBe('image/gif');
    expect(sniffImageMime(await sharp(jpeg).webp().toBuffer())).toBe('image/webp');
    const tiff = await sharp(jpeg).tiff().toBuffer();
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>');
    for (const bytes of [PAGE, tiff, svg, Buffer.from('RIFF0000WAVE'), Buffer.alloc(0)]) {
      expect(sniffImageMime(bytes)).toBeNull();
    }
  });
});
