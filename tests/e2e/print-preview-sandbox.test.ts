import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createSampleReport, smallShape } from '../export/sample-report';
import { useHarnessAndBrowser } from '../helpers/browser';
import { openReport } from '../helpers/editor-page';
import { requires } from '../helpers/requires';

const e2e = useHarnessAndBrowser();

requires('chromium').describe('打印预览 in a sandboxed frame', () => {
  test('paginates with its fonts and photos, yet cannot reach the app page', { timeout: 120_000 }, async () => {
    const path = join(e2e.fixture.home, 'preview.nianbao');
    (await createSampleReport(path, { ...smallShape, photos: 2 })).close();
    const { page, errors } = await openReport(e2e, path, { width: 1280, height: 860 });
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '打印预览' }).click();
    await expect.poll(() => page.getByTestId('preview-state').textContent(), { timeout: 60_000 }).toMatch(/^共 \d+ 页/);

    expect(await page.locator('.print-preview-frame').getAttribute('sandbox')).toBe('allow-scripts');
    const frame = page.frames().find((f) => f.url().includes('/print-preview/'));
    if (!frame) throw new Error('no preview frame');
    const inside = await frame.evaluate(() => {
      let parentPage: string;
      try {
        parentPage = window.parent.location.hash;
      } catch {
        parentPage = 'blocked';
      }
      return {
        parentPage,
        origin: window.origin,
        // The bundled fonts load across the sandbox (CORS), so the preview looks like the PDF.
        font: document.fonts.check('16px "Nianbao Serif"', '职业教育'),
        photos: Array.from(document.images).filter((img) => img.naturalWidth > 0).length,
      };
    });
    expect(inside).toEqual({ parentPage: 'blocked', origin: 'null', font: true, photos: 2 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
