import { describe, expect, test } from 'vitest';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { newReport } from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();

describe('文件 → 历史版本', () => {
  test('name a version, compare it with the current text, restore it, and take the restore back', async () => {
    const { page, errors: pageErrors } = await newReport(e2e, { organisation: '呼图壁县职业技术学校' });
    const content = page.locator('.report-content');
    await typeWithIme(page, '第一稿的内容。');
    await page.keyboard.press('Control+s');

    const openHistory = async () => {
      await page.getByRole('button', { name: '文件' }).click();
      await page.getByRole('menuitem', { name: '历史版本…' }).click();
    };
    const dialog = page.getByRole('dialog', { name: '历史版本' });
    await openHistory();
    await dialog.getByRole('button', { name: '把当前内容存为版本' }).click();
    await dialog.getByLabel('命名…').fill('送审稿');
    await dialog.getByRole('button', { name: '保存名称' }).click();
    await expect.poll(() => dialog.locator('.history-name').allTextContents()).toEqual(['送审稿']);
    await page.keyboard.press('Escape');

    await content.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '第二稿新增的一段。');
    await page.keyboard.press('Control+s');

    await openHistory();
    const named = dialog.locator('li', { hasText: '送审稿' });
    await named.getByRole('button').click();
    await expect.poll(() => dialog.locator('.history-text').textContent()).toBe('第一稿的内容。');
    await dialog.getByRole('button', { name: '与当前内容比较' }).click();
    await expect
      .poll(() => dialog.locator('.history-block[data-change="added"]').allTextContents())
      .toEqual(['新增第二稿新增的一段。']);
    expect(await dialog.locator('.history-block[data-change="removed"]').count()).toBe(0);

    await dialog.getByRole('button', { name: '恢复此版本' }).click();
    await expect.poll(() => dialog.locator('.history-notice').textContent()).toContain('已恢复');
    await page.keyboard.press('Escape');
    await expect.poll(() => content.locator('p').allTextContents()).toEqual(['第一稿的内容。']);

    // The text before the restore was kept: restoring it brings the second paragraph back.
    await openHistory();
    await dialog.locator('li', { hasText: '恢复旧版本前' }).first().getByRole('button').click();
    await dialog.getByRole('button', { name: '恢复此版本' }).click();
    await expect.poll(() => dialog.locator('.history-notice').textContent()).toContain('已恢复');
    await page.keyboard.press('Escape');
    await expect.poll(() => content.locator('p').allTextContents()).toEqual(['第一稿的内容。', '第二稿新增的一段。']);

    // Typing after a restore is saved into the restored document.
    await content.click();
    await page.keyboard.press('Control+End');
    await typeWithIme(page, '继续写');
    await page.keyboard.press('Control+s');
    await page.reload();
    await expect
      .poll(() => page.locator('.report-content p').allTextContents())
      .toEqual(['第一稿的内容。', '第二稿新增的一段。继续写']);
    expect(pageErrors).toEqual([]);
  });
});
