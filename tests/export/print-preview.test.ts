import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppRequestHandler } from '../../electron/app-protocol';
import { startHarness } from '../../electron/harness/harness';
import { harnessServices } from '../assets/services';
import { tempDir } from '../helpers/files';
import { createSampleReport, smallShape } from './sample-report';

async function previewUrl(dispatch: ReturnType<typeof harnessServices>['dispatch']): Promise<string> {
  const res = await dispatch('export.previewUrl', {});
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return (res.value as { url: string }).url;
}

describe('打印预览 routes', () => {
  it('serve the open report print page, its photos and Paged.js only under a URL the contract hands out', async () => {
    const dir = tempDir();
    const path = join(dir, 'r.nianbao');
    (await createSampleReport(path, { ...smallShape, photos: 1 })).close();
    const { services, dispatch } = harnessServices(dir);
    expect(await dispatch('export.previewUrl', {})).toMatchObject({ ok: false, error: { code: 'NO_REPORT_OPEN' } });
    await dispatch('report.open', { path });
    const url = await previewUrl(dispatch);
    expect(url).toMatch(/^\/print-preview\/[0-9a-f]{24}\/print\.html$/);

    // Electron serves it on app://nianbao exactly as the harness does.
    const handle = createAppRequestHandler(join(dir, 'no-renderer'), { printPreview: services.printPreview });
    const page = await handle(new Request(`app://nianbao${url}`));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    const html = await page.text();
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('<style media="screen">');
    const sha = /assets\/([0-9a-f]{64})/.exec(html)![1]!;
    const base = url.slice(0, url.lastIndexOf('/') + 1);
    expect((await handle(new Request(`app://nianbao${base}assets/${sha}`))).headers.get('content-type')).toBe(
      'image/jpeg',
    );
    expect((await handle(new Request(`app://nianbao${base}paged.polyfill.js`))).status).toBe(200);

    // A guessed or forged secret, a path outside the page's files: not found.
    expect((await handle(new Request(`app://nianbao/print-preview/${'0'.repeat(24)}/print.html`))).status).toBe(404);
    expect((await handle(new Request(`app://nianbao${base}..%2F..%2Fetc%2Fpasswd`))).status).toBe(404);
    // Once the report is closed its preview is gone.
    await dispatch('report.close', {});
    expect((await handle(new Request(`app://nianbao${url}`))).status).toBe(404);
  });

  it('answers via the harness HTTP server without a token (an iframe sends none), refusing other methods', async () => {
    const dir = tempDir();
    const path = join(dir, 'r.nianbao');
    (await createSampleReport(path, { ...smallShape, photos: 0 })).close();
    const harness = await startHarness({ home: dir });
    try {
      const call = (name: string, body: unknown) =>
        fetch(`http://127.0.0.1:${harness.port}/api/${name}`, {
          method: 'POST',
          headers: { 'x-nianbao-token': harness.token },
          body: JSON.stringify(body),
        }).then((r) => r.json() as Promise<{ ok: boolean; value: { url: string } }>);
      await call('report.open', { path });
      const { value } = await call('export.previewUrl', {});
      const page = await fetch(`http://127.0.0.1:${harness.port}${value.url}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      expect(await page.text()).toContain('<main data-zone="body">');
      expect((await fetch(`http://127.0.0.1:${harness.port}${value.url}`, { method: 'POST', body: 'x' })).status).toBe(
        405,
      );
      expect((await fetch(`http://127.0.0.1:${harness.port}/print-preview/${'f'.repeat(24)}/print.html`)).status).toBe(
        404,
      );
    } finally {
      await harness.close();
    }
  });
});
