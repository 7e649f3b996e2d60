import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THUMB_LONG_SIDE } from '../../electron/assets/asset-response';
import { type Harness, startHarness } from '../../electron/harness/harness';
import { TOKEN_HEADER } from '../../electron/harness/http-server';
import { launchChromium } from '../helpers/browser';
import { sampleMeta, tempDir } from '../helpers/files';
import { photoLikeJpeg } from './sample-images';

type Browser = Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function post(h: Harness, name: string, params: unknown): Promise<{ ok: boolean; value: { assetKey: string } }> {
  const res = await fetch(`http://127.0.0.1:${h.port}/api/${name}`, {
    method: 'POST',
    headers: { [TOKEN_HEADER]: h.token },
    body: JSON.stringify(params),
  });
  return (await res.json()) as { ok: boolean; value: { assetKey: string } };
}

/** Adds <img src> to the page and resolves with its natural width once it loads (0 when refused). */
function showImage(page: Page, src: string): Promise<number> {
  return page.evaluate(
    (url) =>
      new Promise<number>((resolve) => {
        const img = document.createElement('img');
        img.onload = () => resolve(img.naturalWidth);
        img.onerror = () => resolve(0);
        img.src = url;
        document.body.append(img);
      }),
    src,
  );
}

describe('photos in Chromium through the harness', () => {
  it('load in the app page once it has made a call with the token, and never in another local page', async () => {
    const home = tempDir();
    writeFileSync(join(home, 'index.html'), '<!doctype html><title>app</title><body></body>');
    mkdirSync(join(home, 'h'));
    const h = await startHarness({ home: join(home, 'h'), staticRoot: home });
    const other = createServer((_req, res) => res.end('<!doctype html><body></body>'));
    try {
      await post(h, 'report.create', { path: join(home, 'h', 'r.nianbao'), meta: sampleMeta });
      const { value } = await post(h, 'assets.add', {
        name: 'a.jpg',
        dataBase64: (await photoLikeJpeg(1200, 900)).toString('base64'),
      });
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(h.url);
      const relative = `report-assets/${value.assetKey}?thumb=1`;
      expect(await showImage(page, relative)).toBe(0);

      // What the app does first: a call with the token from the page's fragment.
      await page.evaluate(async (token) => {
        await fetch('/api/app.info', { method: 'POST', headers: { 'x-nianbao-token': token }, body: '{}' });
      }, h.token);
      expect(await page.evaluate(() => document.cookie)).toBe(''); // HttpOnly: scripts never see it
      expect(await showImage(page, relative)).toBe(THUMB_LONG_SIDE);
      expect(await showImage(page, `report-assets/${value.assetKey}`)).toBe(1200);

      // Same browser, cookie present, but the page is another server on this machine.
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      const foreign = await context.newPage();
      await foreign.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`);
      expect(await showImage(foreign, `http://127.0.0.1:${h.port}/report-assets/${value.assetKey}?thumb=1`)).toBe(0);
      await context.close();
    } finally {
      other.close();
      await h.close();
    }
  });
});
