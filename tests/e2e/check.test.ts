import { describe, expect, test } from 'vitest';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { newReport } from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();

describe('体检 in the editor', () => {
  test('finds mistakes a moment after typing, jumps to them, and 忽略 sticks across a reload', async () => {
    const { page } = await newReport(e2e, { viewport: { width: 1440, height: 900 } });
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '基本情况');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '校长校长出席了开学典礼。');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '2025年全州毕业生就业率达到105%。');

    const badge = page.locator('.check-badge');
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('体检 2');
    // The checks ran in their worker, not on the thread the keys are typed on.
    expect(page.workers().map((w) => w.url())).toEqual([expect.stringMatching(/check-worker.*\.js$/)]);
    await badge.click();
    const panel = page.getByRole('complementary', { name: '体检' });
    await expect
      .poll(() => panel.locator('.check-message').allTextContents())
      .toEqual(expect.arrayContaining(['“校长”重复', '比例 105% 超过 100%']));

    // The panel sits beside the page, never over the text it points at.
    const panelBox = (await panel.boundingBox())!;
    const pageBox = (await page.locator('.page').boundingBox())!;
    expect(panelBox.x).toBeGreaterThanOrEqual(pageBox.x + pageBox.width);

    // Jump: the caret lands in the paragraph the finding is about.
    await panel.locator('.check-item', { hasText: '“校长”重复' }).click();
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.textContent ?? ''))
      .toContain('校长校长');

    await panel.locator('li', { hasText: '“校长”重复' }).getByRole('button', { name: '忽略' }).click();
    await expect.poll(() => badge.textContent()).toBe('体检 1');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    await page.reload();
    await expect.poll(() => page.locator('.check-badge').textContent(), { timeout: 10_000 }).toBe('体检 1');

    // The export dialog's 体检 line counts what the panel counts: the ignored finding stays out.
    await page.locator('.check-badge').click();
    const summary = await page.getByRole('complementary', { name: '体检' }).locator('.check-summary').textContent();
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '导出 Word (.docx)…' }).click();
    await expect
      .poll(() => page.getByRole('dialog').locator('.export-check > span').first().textContent(), { timeout: 10_000 })
      .toBe(summary);
  });
});
