import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { nodeText } from '../../core/document/editor-json';
import { ReportFile } from '../../electron/store/report-file';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';

const e2e = useHarnessAndBrowser();

describe('browser harness, end to end', () => {
  test('create a report, type Chinese through the IME, autosave, reload: text and heading survive', async () => {
    const page = await e2e.browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (err) => pageErrors.push(err.message));
    await page.goto(e2e.fixture.harness.url);

    await page.getByLabel('单位').fill('昌吉州');
    await page.getByLabel('年度').fill('2025');
    await page.getByLabel('州/市').check();
    await page.getByRole('button', { name: '创建' }).click();

    const content = page.locator('.report-content');
    await content.click();
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '基本情况');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '全州共有中职学校6所，在校生6531人。');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+2');
    await typeWithIme(page, '规模和结构');

    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    expect(await page.title()).toContain('已保存');
    expect(await page.title()).toContain('昌吉州职业教育质量年度报告（2025年）');
    await expect.poll(() => page.locator('.nav-pane li button').allTextContents()).toEqual(['1基本情况', '1.1规模和结构']);

    await page.reload();
    await expect.poll(() => page.locator('.report-content h1').textContent()).toBe('基本情况');
    expect(await page.locator('.report-content p').first().textContent()).toBe('全州共有中职学校6所，在校生6531人。');
    // Numbers are drawn from position, outside the editable text.
    await expect.poll(() => page.locator('.report-content :is(h1, h2)').evaluateAll((hs) => hs.map((h) => h.getAttribute('data-label')))).toEqual(['1', '1.1']);
    expect(pageErrors).toEqual([]);

    // The file on disk holds what the user typed, as a heading and a paragraph.
    const file = await ReportFile.open(join(e2e.fixture.home, 'reports', '昌吉州职业教育质量年度报告（2025年）.nianbao'), { readOnly: true });
    const blocks = file.document?.json.root.children ?? [];
    file.close();
    expect(blocks.map((b) => [b.type, b.tag ?? null, nodeText(b)])).toEqual([
      ['heading', 'h1', '基本情况'],
      ['paragraph', null, '全州共有中职学校6所，在校生6531人。'],
      ['heading', 'h2', '规模和结构'],
    ]);
  });
});
