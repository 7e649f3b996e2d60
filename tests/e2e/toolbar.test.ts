import { expect, test } from 'vitest';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { caretIn, newReport } from '../helpers/editor-page';

/** The toolbar says what is under the caret, as Word's ribbon does, wherever a click puts it. */
const e2e = useHarnessAndBrowser();

test('the toolbar follows the caret: paragraph style, bold, and the table tools', async () => {
  const { page } = await newReport(e2e);
  const style = page.getByLabel('段落样式');
  const bold = page.getByRole('button', { name: '加粗' });
  const tableTools = page.getByRole('group', { name: '表格操作' });

  await page.keyboard.press('Control+Alt+1');
  await typeWithIme(page, '基本情况');
  await page.keyboard.press('Enter');
  await typeWithIme(page, '学校位于昌吉市');
  // Ctrl+B at the caret changes no selection: the button follows the edit itself.
  await page.keyboard.press('Control+b');
  await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');
  await typeWithIme(page, '重点建设');
  await page.keyboard.press('Control+b');
  await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('false');
  await typeWithIme(page, '专业群。');
  await page.keyboard.press('Enter');
  await page.getByTitle('插入表格').click();
  await typeWithIme(page, '学校一览');

  await page.locator('.report-content h1').click();
  await caretIn(page, '基本情况');
  await expect.poll(() => style.inputValue()).toBe('h1');
  expect(await bold.getAttribute('aria-pressed')).toBe('false');
  expect(await tableTools.count()).toBe(0);

  await page.locator('.report-content p').filter({ hasText: '学校位于' }).locator('strong, .rp-bold').first().click();
  await caretIn(page, '重点建设');
  await expect.poll(() => style.inputValue()).toBe('paragraph');
  await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');

  await page.locator('.report-content table td').first().click();
  await expect.poll(() => tableTools.count()).toBe(1);
  expect(await bold.getAttribute('aria-pressed')).toBe('false');

  await page.locator('.report-content h1').click();
  await expect.poll(() => tableTools.count()).toBe(0);
  await expect.poll(() => style.inputValue()).toBe('h1');
});
