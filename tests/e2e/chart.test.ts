import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { outputDir } from '../export/pdf-tools';
import { callHarness, typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { drawnCounts, fillColumn } from '../helpers/data-page';
import { labels, newReport } from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();

describe('图表 in the editor', () => {
  test('insert a chart, type its grid, see it drawn and numbered, undo a change, and find it in 打印预览', {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await newReport(e2e, {
      organisation: '木垒县职业技术学校',
      viewport: { width: 1360, height: 900 },
    });
    const content = page.locator('.report-content');
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '人才培养');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '近三年招生和就业情况如下。');
    await page.keyboard.press('Enter');

    // 插入图表 opens its data dialog at once, on a starter grid of three years.
    await page.getByTitle('插入图表').click();
    const dialog = page.getByRole('dialog', { name: '图表数据' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('radio', { name: '分组柱状图' }).check();
    // Names typed through the input method, as everywhere else text is typed.
    await dialog.getByLabel('系列1名称').fill('');
    await dialog.getByLabel('系列1名称').click();
    await typeWithIme(page, '招生数');
    await dialog.getByLabel('系列1单位').fill('人');
    await fillColumn(page, 0, ['1820', 'abc', '2103']);
    // Text in a number cell: the preview says which cell, in Chinese, instead of drawing.
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('“2024年”的“招生数”不是数字：“abc”');
    await fillColumn(page, 0, ['1820', '1,956', '2103']);
    await dialog.getByRole('button', { name: '加一列' }).click();
    await dialog.getByLabel('系列2名称').fill('就业率');
    await dialog.getByLabel('系列2单位').fill('%');
    await fillColumn(page, 1, ['95.2', '96.8', '97.5']);
    await dialog.getByLabel('数据来源').click();
    await typeWithIme(page, '学校教务处');
    await expect.poll(() => dialog.locator('.rp-chart-drawing svg').count()).toBe(1);
    await page.screenshot({ path: join(outputDir('e2e'), 'chart-dialog.png') });
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // Drawn in place: six bars, the values as labels, the 数据来源 line; the caption numbered 图1.
    await expect.poll(() => drawnCounts(page), { timeout: 10_000 }).toEqual([6]);
    const svgText = await content.locator('.rp-chart-drawing svg').textContent();
    for (const t of ['2023年', '2025年', '1956', '97.5%', '招生数（人）']) expect(svgText).toContain(t);
    expect(await content.locator('.rp-chart-source').textContent()).toBe('数据来源：学校教务处');
    await content.locator('.rp-figure-caption').click();
    await typeWithIme(page, '近三年招生数与就业率');
    await expect.poll(() => labels(page, '.rp-figure-caption')).toEqual(['图1 近三年招生数与就业率']);

    // A second chart, left empty: it says what is missing and never breaks the editor; numbered 图2.
    await page.keyboard.press('Enter');
    await page.getByTitle('插入图表').click();
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect.poll(() => content.getByRole('alert').textContent()).toContain('还没有填写数值');
    await expect.poll(() => labels(page, '.rp-figure-caption')).toEqual(['图1 近三年招生数与就业率', '图2 ']);
    await page.screenshot({ path: join(outputDir('e2e'), 'chart-editor.png') });

    // Change the first chart to a line chart, then undo it with Ctrl+Z.
    const first = content.locator('.rp-chart-frame').first();
    await first.hover();
    await first.getByRole('button', { name: '编辑数据…' }).click();
    await dialog.getByRole('radio', { name: '折线图' }).check();
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => first.getAttribute('data-chart-kind')).toBe('line');
    await content.locator('.rp-figure-caption').first().click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => first.getAttribute('data-chart-kind')).toBe('grouped-bar');
    await expect.poll(() => drawnCounts(page)).toEqual([6]);

    // A click selects the empty chart whole: Delete removes it with its caption, Ctrl+Z brings both back.
    await content
      .locator('.rp-chart-frame')
      .nth(1)
      .click({ position: { x: 20, y: 20 } });
    await expect.poll(() => content.locator('.rp-figure.rp-selected').count()).toBe(1);
    await page.keyboard.press('Delete');
    await expect.poll(() => labels(page, '.rp-figure-caption')).toEqual(['图1 近三年招生数与就业率']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => labels(page, '.rp-figure-caption')).toEqual(['图1 近三年招生数与就业率', '图2 ']);

    // Saved and reloaded, the chart comes back from the report file as it was after the undo.
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    await page.reload();
    await expect.poll(() => drawnCounts(page), { timeout: 10_000 }).toEqual([6]);
    // The undo itself was saved (regression: undo marks only the root dirty, and autosave skipped it).
    expect(await content.locator('.rp-chart-frame').first().getAttribute('data-chart-kind')).toBe('grouped-bar');
    await expect.poll(() => labels(page, '.rp-figure-caption')).toEqual(['图1 近三年招生数与就业率', '图2 ']);

    // 打印预览 shows the same drawing, as inline SVG, under the same number.
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '打印预览' }).click();
    await expect.poll(() => page.getByTestId('preview-state').textContent(), { timeout: 60_000 }).toMatch(/^共 \d+ 页/);
    const frame = page.frameLocator('.print-preview-frame');
    expect(await frame.locator('figure .chart svg [ecmeta_ssr_type="chart"]').count()).toBe(6);
    expect(await frame.locator('figcaption').allTextContents()).toEqual(['图1 近三年招生数与就业率', '图2']);
    expect(await frame.locator('.chart-source').textContent()).toBe('数据来源：学校教务处');
    await frame.locator('figure .chart').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outputDir('e2e'), 'chart-preview.png') });
    expect(errors).toEqual([]);
  });
});

/** Calls the harness's API as another client would (the CLI, a 数据 panel): `data.set` here. */
async function setData(changes: { ref: string; value?: number; previous?: number }[]): Promise<void> {
  await callHarness(e2e.fixture.harness, 'data.set', { changes });
}

describe('图表 from the report’s 数据', () => {
  test('a series taken from 招生数 shows 上年 and 本年, and follows a change of the data', {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await newReport(e2e, { organisation: '木垒县职业技术学校' });
    const content = page.locator('.report-content');
    await typeWithIme(page, '招生情况如下。');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    // The numbers were filled in elsewhere (the CLI, last year's report) before the report was opened again.
    await setData([{ ref: '招生数', value: 2103, previous: 1956 }]);
    await page.reload();
    await content.locator('p', { hasText: '招生情况如下。' }).waitFor();
    await page.keyboard.press('Control+End');

    await page.getByTitle('插入图表').click();
    const dialog = page.getByRole('dialog', { name: '图表数据' });
    await dialog.getByLabel('系列1取自数据').selectOption({ label: '招生数（2103人）' });
    // The last two years come from the data, read-only; the earlier one is typed.
    await expect.poll(() => page.locator('.chart-grid input[data-cell="2-0"]').inputValue()).toBe('2103');
    expect(await page.locator('.chart-grid input[data-cell="1-0"]').inputValue()).toBe('1956');
    expect(await page.locator('.chart-grid input[data-cell="2-0"]').getAttribute('readonly')).not.toBeNull();
    expect(await dialog.getByLabel('系列1名称').inputValue()).toBe('招生数');
    await fillColumn(page, 0, ['1820']);
    await page.screenshot({ path: join(outputDir('e2e'), 'chart-dialog-data.png') });
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => drawnCounts(page), { timeout: 10_000 }).toEqual([3]);
    expect(await content.locator('.rp-chart-drawing svg').textContent()).toContain('2103');
    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');

    // Changed in the 数据 panel, the number is redrawn at once in the open page.
    await page.getByRole('button', { name: '数据', exact: true }).click();
    const cell = page
      .getByRole('complementary', { name: '数据' })
      .getByRole('textbox', { name: '招生数', exact: true });
    await cell.fill('2230');
    await cell.press('Enter');
    await expect
      .poll(() => content.locator('.rp-chart-drawing svg').textContent(), { timeout: 10_000 })
      .toContain('2230');
    expect(await content.locator('.rp-chart-drawing svg').textContent()).not.toContain('2103');

    // Changed elsewhere (the CLI, another window): the chart shows it when the report is next shown.
    await setData([{ ref: '招生数', value: 2310 }]);
    await page.reload();
    await expect
      .poll(() => content.locator('.rp-chart-drawing svg').textContent(), { timeout: 10_000 })
      .toContain('2310');
    expect(errors).toEqual([]);
  });
});
