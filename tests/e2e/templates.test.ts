import { describe, expect, test } from 'vitest';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { startScreen } from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();

describe('新建报告 from a template', () => {
  test('a school report opens on the 2024 outline with grey prompts, removable and never saved as text', async () => {
    const { page, errors: pageErrors } = await startScreen(e2e);
    await page.getByLabel('单位').fill('木垒县职业技术学校');
    await page.getByLabel('年度').fill('2025');
    expect(await page.getByRole('radio', { name: '空白' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: '学校年报（中职）' }).check();
    await page.getByRole('button', { name: '创建' }).click();

    const content = page.locator('.report-content');
    await expect
      .poll(() => content.locator('h1').allTextContents(), { timeout: 10_000 })
      .toEqual(['人才培养', '服务贡献', '文化传承', '国际合作', '产教融合', '发展保障', '面临挑战', '附表']);
    const prompts = content.locator('.rp-prompt');
    const count = await prompts.count();
    expect(count).toBeGreaterThan(20);
    await expect.poll(() => page.getByTestId('char-count').textContent()).not.toContain(' 0');

    // The prompt's own × removes it; the line after it takes the writer's text.
    const first = prompts.first();
    expect(await first.textContent()).toContain('前言');
    await first.getByRole('button', { name: /删除这条写作提示/ }).click();
    await expect.poll(() => prompts.count()).toBe(count - 1);
    await content.locator('p').first().click();
    await typeWithIme(page, '木垒县职业技术学校创办于1985年。');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('已保存');

    await page.reload();
    await expect.poll(() => content.locator('p').first().textContent()).toBe('木垒县职业技术学校创办于1985年。');
    expect(await prompts.count()).toBe(count - 1);
    expect(pageErrors).toEqual([]);
  });
});
