import { join } from 'node:path';
import { expect, test } from 'vitest';
import { outputDir } from '../export/pdf-tools';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { newReport, photo } from '../helpers/editor-page';

/** Issue #19: the cover's emblem and photo, and duplex printing, set in 报告设置 and shown in 打印预览. */
const e2e = useHarnessAndBrowser();

test('报告设置 takes an emblem, a cover photo and 双面打印; 打印预览 shows them and a blank back to the cover', {
  timeout: 120_000,
}, async () => {
  const { page } = await newReport(e2e, {
    organisation: '玛纳斯县职业技术学校',
    viewport: { width: 1280, height: 900 },
  });
  await typeWithIme(page, '前言的正文。');
  await page.keyboard.press('Enter');
  await page
    .getByRole('button', { name: '标题 1' })
    .click()
    .catch(() => undefined);

  await page.getByRole('button', { name: '文件' }).click();
  await page.getByRole('menuitem', { name: '报告设置…' }).click();
  const dialog = page.getByRole('dialog', { name: '报告设置' });
  for (const [label, file] of [
    ['徽标（校徽、局徽）', await photo('校徽.jpg', 180, 30, 40, 600, 600)],
    ['封面照片', await photo('校园.jpg', 40, 110, 170, 1600, 900)],
  ] as const) {
    const group = dialog.getByRole('group', { name: label });
    const chooser = page.waitForEvent('filechooser');
    await group.getByRole('button', { name: '选择图片…' }).click();
    await (await chooser).setFiles([file]);
    await expect.poll(() => group.locator('img').count(), { timeout: 15_000 }).toBe(1);
  }
  await dialog.getByLabel('双面打印：前言、目录和正文从右页（奇数页）开始').check();
  await page.screenshot({ path: join(outputDir('e2e'), 'cover-settings.png') });
  await dialog.getByRole('button', { name: '保存设置' }).click();

  await page.getByRole('button', { name: '导出', exact: true }).click();
  await page.getByRole('menuitem', { name: '打印预览' }).click();
  await expect.poll(() => page.getByTestId('preview-state').textContent(), { timeout: 60_000 }).toMatch(/^共 \d+ 页/);
  const frame = page.frameLocator('.print-preview-frame');
  const cover = frame.locator('.pagedjs_page').first();
  for (const picture of ['.cover-emblem', '.cover-photo']) {
    await expect
      .poll(() => cover.locator(picture).evaluate((img: HTMLImageElement) => img.naturalWidth), { timeout: 10_000 })
      .toBeGreaterThan(0);
  }
  await page.screenshot({ path: join(outputDir('e2e'), 'cover-preview.png') });
  // The cover's back is left blank for printing on both sides.
  // The whole cover on one page (a long school name, an emblem and a photo), its back left blank for
  // printing on both sides, the body opening on the right-hand page after it.
  const pages = frame.locator('.pagedjs_page');
  expect(await cover.textContent()).toContain('玛纳斯县职业技术学校');
  expect(await pages.nth(1).evaluate((p) => p.classList.contains('pagedjs_blank_page'))).toBe(true);
  expect(await pages.nth(2).textContent()).toContain('前言的正文。');
  await page.screenshot({ path: join(outputDir('e2e'), 'cover-preview.png') });
});
