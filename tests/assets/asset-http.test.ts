import sharp from 'sharp';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ApiValue } from '../../core/api';
import { THUMB_LONG_SIDE } from '../../electron/assets/asset-response';
import { type Harness, startHarness } from '../../electron/harness/harness';
import { TOKEN_HEADER } from '../../electron/harness/http-server';
import { sampleMeta, tempDir } from '../helpers/files';
import { fourColourChart, photoLikeJpeg } from './sample-images';

async function call(
  h: Harness,
  name: string,
  params: unknown,
  headers: Record<string, string> = { [TOKEN_HEADER]: h.token },
): Promise<Response> {
  return fetch(`http://127.0.0.1:${h.port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(params),
  });
}

async function value<T>(res: Response): Promise<T> {
  const body = (await res.json()) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

/** A harness with a report holding one photo (2400×1800 JPEG) and one chart (PNG). */
async function harnessWithPhotos() {
  const home = tempDir();
  const h = await startHarness({ home });
  onTestFinished(() => h.close());
  const created = await call(h, 'report.create', { path: `${home}/photos.nianbao`, meta: sampleMeta });
  const setCookie = created.headers.getSetCookie();
  await value(created);
  const add = async (name: string, bytes: Buffer) =>
    value<ApiValue<'assets.add'>>(await call(h, 'assets.add', { name, dataBase64: bytes.toString('base64') }));
  const photo = await add('操场.jpg', await photoLikeJpeg(3000, 2250));
  const chart = await add('chart.png', await fourColourChart());
  return { h, photo, chart, setCookie };
}

const assetUrl = (h: Harness, path: string) => `http://127.0.0.1:${h.port}/report-assets/${path}`;

describe('harness /report-assets/', () => {
  it('sets an HttpOnly, SameSite=Strict cookie scoped to the photos once a call carried the token', async () => {
    const { h, setCookie } = await harnessWithPhotos();
    expect(setCookie).toHaveLength(1);
    expect(setCookie[0]).toMatch(
      new RegExp(`^nianbao_assets_${h.port}=[0-9a-f]{48}; Path=/report-assets; HttpOnly; SameSite=Strict$`),
    );
    expect(setCookie[0]).not.toContain(h.token);
    const cookie = setCookie[0]!.split(';')[0]!;
    // Already holding it: not set again. No token: no cookie.
    expect((await call(h, 'app.info', {}, { [TOKEN_HEADER]: h.token, cookie })).headers.getSetCookie()).toEqual([]);
    const refused = await call(h, 'app.info', {}, {});
    expect(refused.status).toBe(401);
    expect(refused.headers.getSetCookie()).toEqual([]);
  });

  it('serves the stored bytes with their type and an immutable cache header, to the cookie or the token', async () => {
    const { h, photo, chart, setCookie } = await harnessWithPhotos();
    const cookie = setCookie[0]!.split(';')[0]!;
    const ways: Record<string, string>[] = [{ cookie }, { [TOKEN_HEADER]: h.token }];
    for (const headers of ways) {
      const res = await fetch(assetUrl(h, photo.assetKey), { headers });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/jpeg');
      expect(res.headers.get('cache-control')).toBe('private, no-cache');
      expect(res.headers.get('etag')).toBe(`"${photo.assetKey}"`);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length).toBe(photo.size);
      expect(await sharp(bytes).metadata()).toMatchObject({ width: 2400, height: 1800, format: 'jpeg' });
    }
    const png = await fetch(assetUrl(h, chart.assetKey), { headers: { cookie } });
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await png.arrayBuffer()).length).toBe(chart.size);
  });

  it('serves a 640 px thumbnail on ?thumb=1, the same one every time', async () => {
    const { h, photo } = await harnessWithPhotos();
    const get = async () =>
      Buffer.from(
        await (
          await fetch(`${assetUrl(h, photo.assetKey)}?thumb=1`, { headers: { [TOKEN_HEADER]: h.token } })
        ).arrayBuffer(),
      );
    const thumb = await get();
    expect(await sharp(thumb).metadata()).toMatchObject({
      width: THUMB_LONG_SIDE,
      height: (THUMB_LONG_SIDE * 3) / 4,
      format: 'jpeg',
    });
    expect(thumb.length).toBeLessThan(photo.size / 4);
    expect((await get()).equals(thumb)).toBe(true);
    // Revalidation: checked (token or cookie) every time, answered without a body.
    const etag = `"${photo.assetKey}-thumb"`;
    const again = await fetch(`${assetUrl(h, photo.assetKey)}?thumb=1`, {
      headers: { [TOKEN_HEADER]: h.token, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect((await fetch(`${assetUrl(h, photo.assetKey)}?thumb=1`, { headers: { 'if-none-match': etag } })).status).toBe(
      401,
    );
  });

  it('refuses requests without the token or cookie, with a wrong one, or from another page', async () => {
    const { h, photo } = await harnessWithPhotos();
    const url = assetUrl(h, photo.assetKey);
    const refused: Record<string, string>[] = [
      {},
      { cookie: `nianbao_assets_${h.port}=${'0'.repeat(48)}` },
      { cookie: `nianbao_assets_${h.port}=${h.token}` },
      { [TOKEN_HEADER]: 'nope' },
    ];
    for (const headers of refused) {
      const res = await fetch(url, { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get('content-type')).not.toMatch(/^image\//);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    // A page on another port of this machine is same-site: the browser says so in Sec-Fetch-Site.
    const embedded = await fetch(url, { headers: { [TOKEN_HEADER]: h.token, 'sec-fetch-site': 'same-site' } });
    expect(embedded.status).toBe(403);
    expect((await fetch(url, { headers: { [TOKEN_HEADER]: h.token, 'sec-fetch-site': 'same-origin' } })).status).toBe(
      200,
    );
    expect((await fetch(url, { method: 'POST', headers: { [TOKEN_HEADER]: h.token } })).status).toBe(405);
  });

  it('checks the id before any lookup: malformed → 400, unknown → 404', async () => {
    const { h, photo } = await harnessWithPhotos();
    const headers = { [TOKEN_HEADER]: h.token };
    for (const path of [
      photo.assetKey.toUpperCase(),
      photo.assetKey.slice(1),
      `${photo.assetKey}0`,
      '..%2F..%2Fetc%2Fpasswd',
      `${photo.assetKey}/x`,
      '',
    ]) {
      const res = await fetch(assetUrl(h, path), { headers });
      expect(res.status, path).toBe(400);
    }
    expect((await fetch(assetUrl(h, 'f'.repeat(64)), { headers })).status).toBe(404);
    await call(h, 'report.close', {});
    expect((await fetch(assetUrl(h, photo.assetKey), { headers })).status).toBe(404);
  });
});
