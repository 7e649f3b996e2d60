import { describe, expect, test } from 'vitest';
import { nodeText } from '../../core/document/editor-json';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { newReport } from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();

describe('the keys Word users press for the menus', () => {
  test('Ctrl+S saves at once and says 已保存; Ctrl+P opens 打印预览; Esc closes menus and dialogs', async () => {
    const page = await e2e.browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.clock.install();
    await page.goto(e2e.fixture.harness.url);
    await page.getByLabel('单位').fill('木垒县职业技术学校');
    await page.getByRole('button', { name: '创建' }).click();
    await page.locator('.report-content').click();
    await page.clock.runFor(2_000);

    // Timers stand still from here: autosave's wait after the last key never ends, so only Ctrl+S can save.
    await page.clock.pauseAt(Date.now() + 60_000);
    const saves: string[] = [];
    page.on('request', (r) => r.url().includes('report.saveDocument') && saves.push(r.postData() ?? ''));
    await typeWithIme(page, '按下保存键立即保存');
    await expect.poll(() => page.getByTestId('save-state').textContent()).not.toBe('已保存');
    expect(saves).toEqual([]);
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('已保存');
    expect(saves).toHaveLength(1);
    expect(nodeText(JSON.parse(saves[0]!).document.root)).toContain('按下保存键立即保存');
    await page.clock.resume();

    const preview = page.getByRole('dialog', { name: '打印预览' });
    await page.keyboard.press('Control+p');
    await expect.poll(() => preview.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => preview.count()).toBe(0);

    await page.getByRole('button', { name: '文件' }).click();
    await expect.poll(() => page.getByRole('menu').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);

    await page.getByRole('button', { name: '文件' }).click();
    await page.getByRole('menuitem', { name: '报告设置…' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  test('F10 and Alt reach the menus; arrows, Enter and Esc work them; the caret starts in the page', async () => {
    const { page } = await newReport(e2e, { click: false });
    // Opened, the report takes the keys: typing writes at its start without a click.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.classList.contains('report-content') ?? false), {
        timeout: 10_000,
      })
      .toBe(true);
    await typeWithIme(page, '先写一句');
    await expect.poll(() => page.locator('.report-content').textContent()).toContain('先写一句');

    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('F10');
    await expect.poll(focused).toBe('文件');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('导出');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('menu').count()).toBe(1);
    await expect.poll(focused).toBe('新建报告…');
    await page.keyboard.press('End');
    await expect.poll(focused).toBe('关闭报告');
    await page.keyboard.press('ArrowDown');
    await expect.poll(focused).toBe('新建报告…');
    // → in an open menu opens the next one, as menu bars do.
    await page.keyboard.press('ArrowRight');
    await expect.poll(focused).toBe('导出 PDF…');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    await expect.poll(focused).toBe('导出');

    // Alt pressed and let go alone goes to the menus too; Enter opens, an item runs.
    await page.locator('.report-content').click();
    await page.keyboard.press('Alt');
    await expect.poll(focused).toBe('文件');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('新建报告…');
    for (const _ of ['关闭报告', '另存为…', '历史版本…']) await page.keyboard.press('ArrowUp');
    await expect.poll(focused).toBe('历史版本…');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: '历史版本' }).count()).toBe(1);
  });
});
