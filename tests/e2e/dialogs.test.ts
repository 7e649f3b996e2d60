import { expect, test } from 'vitest';
import { useHarnessAndBrowser } from '../helpers/browser';
import { newReport, newSchoolReport } from '../helpers/editor-page';
import { requires } from '../helpers/requires';

const e2e = useHarnessAndBrowser();

requires('chromium').describe('dialogs (ModalDialog) in Chromium', () => {
  test('导入Excel over the 数据表: a press inside stays, Esc and a press outside close it and not the 数据表', async () => {
    const { page, errors } = await newSchoolReport(e2e);
    await page.getByRole('button', { name: '数据', exact: true }).click();
    await page.getByRole('button', { name: '表格视图' }).click();
    const sheet = page.getByRole('region', { name: '数据表' });
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入数据' });
    const open = async () => {
      await sheet.getByRole('button', { name: '导入Excel…' }).click({ timeout: 10_000 });
      await expect.poll(() => dialog.count()).toBe(1);
    };

    await open();
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    await dialog.getByRole('heading').click();
    expect(await dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await sheet.count()).toBe(1);
    // The focus is back on the button that opened the dialog.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('导入Excel…');

    await open();
    await page.mouse.click(4, 4);
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await sheet.count()).toBe(1);
    expect(errors).toEqual([]);
  });

  test('报告设置: Tab goes round inside the dialog, and Esc closes it', async () => {
    const { page, errors } = await newReport(e2e);
    await page.getByRole('button', { name: '文件' }).click();
    await page.getByRole('menuitem', { name: '报告设置…' }).click();
    const dialog = page.getByRole('dialog', { name: '报告设置' });
    await expect.poll(() => dialog.count()).toBe(1);
    const inside = () => dialog.evaluate((d) => d.contains(document.activeElement));
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');

    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe('保存设置');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('title');
    for (let i = 0; i < 40; i += 1) await page.keyboard.press('Tab');
    expect(await inside()).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
