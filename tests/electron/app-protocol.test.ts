import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../electron/app-protocol';
import { THUMB_LONG_SIDE, createAssetResponder } from '../../electron/assets/asset-response';
import { sizePhotoForPrint } from '../../electron/assets/photo-for-print';
import { ReportFile } from '../../electron/store/report-file';
import { photoLikeJpeg } from '../assets/sample-images';
import { sampleMeta } from '../helpers/files';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell-policy';

let home: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'nianbao-protocol-'));
  const root = join(home, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><p>app page</p>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {}');
  writeFileSync(join(home, 'secret.txt'), 'do not serve');
  handle = createAppRequestHandler(root);
});

afterAll(() => rmSync(home, { recursive: true, force: true }));

const get = (url: string) => handle(new Request(url));

describe('app:// request handler', () => {
  it('serves files with their type and the CSP', async () => {
    const page = await get('app://nianbao/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('app page');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await get('app://nianbao/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('falls back to the app page for unknown paths and folders', async () => {
    for (const url of ['app://nianbao/report/editor', 'app://nianbao/assets', 'app://nianbao/missing.js']) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(await res.text(), url).toContain('app page');
    }
  });

  it('only answers GET on its own host', async () => {
    expect((await handle(new Request('app://nianbao/index.html', { method: 'POST', body: '{}' }))).status).toBe(405);
    expect((await handle(new Request('app://nianbao/index.html', { method: 'PUT', body: '{}' }))).status).toBe(405);
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect((await get('https://nianbao/index.html')).status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    for (const path of [
      '/..%2fsecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/assets%5c..%5c..%5csecret.txt',
      '/index.html%00',
    ]) {
      const res = await get(`app://nianbao${path}`);
      expect(await res.text(), path).not.toContain('do not serve');
    }
  });
});

describe('app:// report photos', () => {
  it("serves the open report's photos and thumbnails under /report-assets/, checking the id first", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-protocol-assets-'));
    const report = await ReportFile.create(join(dir, 'r.nianbao'), sampleMeta);
    try {
      const asset = await sizePhotoForPrint(await photoLikeJpeg(1600, 1200), '校园.jpg');
      report.putAsset(asset);
      let open: ReportFile | null = report;
      const withAssets = createAppRequestHandler(join(home, 'renderer'), { assets: createAssetResponder(() => open) });

      const full = await withAssets(new Request(`app://nianbao/report-assets/${asset.assetKey}`));
      expect(full.status).toBe(200);
      expect(full.headers.get('content-type')).toBe('image/jpeg');
      expect(full.headers.get('cache-control')).toContain('immutable');
      expect(Buffer.from(await full.arrayBuffer()).equals(asset.bytes)).toBe(true);

      const thumb = await withAssets(new Request(`app://nianbao/report-assets/${asset.assetKey}?thumb=1`));
      expect(await sharp(Buffer.from(await thumb.arrayBuffer())).metadata()).toMatchObject({
        width: THUMB_LONG_SIDE,
        height: (THUMB_LONG_SIDE * 3) / 4,
      });

      expect((await withAssets(new Request('app://nianbao/report-assets/..%2F..%2Fsecret.txt'))).status).toBe(400);
      expect((await withAssets(new Request(`app://nianbao/report-assets/${'0'.repeat(64)}`))).status).toBe(404);
      expect((await withAssets(new Request(`app://evil/report-assets/${asset.assetKey}`))).status).toBe(403);
      open = null;
      expect((await withAssets(new Request(`app://nianbao/report-assets/${asset.assetKey}`))).status).toBe(404);
      // Without a photo source (no report services), the path is not the app page either.
      expect((await handle(new Request(`app://nianbao/report-assets/${asset.assetKey}`))).status).toBe(404);
    } finally {
      report.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
