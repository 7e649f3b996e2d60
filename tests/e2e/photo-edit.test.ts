import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { useHarnessAndBrowser } from '../helpers/browser';
import { choosePhotos, newReport, photo, savedDocument } from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();

/** The figure-image node of the report as the harness last saved it. */
async function savedImage(): Promise<SerializedNodeJSON & Record<string, unknown>> {
  const document = await savedDocument(e2e);
  const find = (node: SerializedNodeJSON): SerializedNodeJSON | null =>
    node.type === 'figure-image' ? node : ((node.children ?? []).map(find).find((n) => n !== null) ?? null);
  return find(document!.root) as SerializedNodeJSON & Record<string, unknown>;
}

const shownSize = (page: Page) =>
  page.locator('.rp-photo img').evaluate((img) => `${img.getAttribute('width')}×${img.getAttribute('height')}`);
const saved = (page: Page) =>
  expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');

describe('a photo turned and cropped in the page', () => {
  test('旋转, 裁剪 (from its tools and its menu), Ctrl+Z and 还原; the original stays in the report', async () => {
    const { page } = await newReport(e2e);
    await choosePhotos(page, '插入图片', [await photo('实训.jpg', 200, 80, 40, 600, 300)]);
    await expect.poll(() => shownSize(page), { timeout: 15_000 }).toBe('600×300');
    await saved(page);
    const original = (await savedImage()).sha256;

    await page.locator('.rp-photo').hover();
    await page.locator('[data-action="rotate-photo"]').click();
    await expect.poll(() => shownSize(page), { timeout: 10_000 }).toBe('300×600');
    await saved(page);
    expect(await savedImage()).toMatchObject({
      width: 300,
      height: 600,
      original: { sha256: original, width: 600, height: 300 },
      edit: { rotate: 90, crop: null },
    });

    // 裁剪 from the right-click menu: drag the bottom-right corner up and left, then 确定.
    await page.locator('.rp-photo').click({ button: 'right' });
    await page.getByRole('menuitem', { name: '裁剪' }).click();
    const grip = page.locator('[data-grip="se"]');
    await grip.waitFor();
    const box = (await grip.boundingBox())!;
    await page.mouse.move(box.x + 7, box.y + 7);
    await page.mouse.down();
    await page.mouse.move(box.x - 40, box.y - 200, { steps: 5 });
    await page.mouse.up();
    await page.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => shownSize(page), { timeout: 10_000 }).not.toBe('300×600');
    const [w, h] = (await shownSize(page)).split('×').map(Number);
    expect(w).toBeLessThan(300 * 0.8);
    expect(h).toBeLessThan(600 * 0.8);
    await saved(page);
    const cropped = await savedImage();
    expect(cropped).toMatchObject({
      original: { sha256: original },
      edit: { rotate: 90, crop: { x: expect.closeTo(0.1, 2), y: expect.closeTo(0.1, 2) } },
    });

    // Ctrl+Z takes the crop back, leaving the turn.
    await page.locator('.report-content').press('Control+z');
    await expect.poll(() => shownSize(page), { timeout: 10_000 }).toBe('300×600');

    // 还原 gives back the photo as it came in, with no edit left on it.
    await page.locator('.rp-photo').hover();
    await page.locator('[data-action="restore-photo"]').click();
    await expect.poll(() => shownSize(page), { timeout: 10_000 }).toBe('600×300');
    await saved(page);
    const restored = await savedImage();
    expect(restored.sha256).toBe(original);
    expect(restored).not.toHaveProperty('edit');
    expect(restored).not.toHaveProperty('original');
  });
});
