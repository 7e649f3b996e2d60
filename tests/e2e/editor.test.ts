import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type HarnessFixture, launchChromium, startTestHarness, typeWithIme } from '../helpers/browser';

let fixture: HarnessFixture;
let browser: Browser;

beforeAll(async () => {
  fixture = await startTestHarness();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await fixture?.harness.close();
});

async function photo(name: string, r: number, g: number, b: number) {
  const buffer = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r, g, b } } })
    .composite([{ input: Buffer.from(`<svg width="1200" height="800"><circle cx="600" cy="400" r="300" fill="white"/></svg>`) }])
    .jpeg()
    .toBuffer();
  return { name, mimeType: 'image/jpeg', buffer };
}

async function choosePhotos(page: Page, button: string, files: Awaited<ReturnType<typeof photo>>[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTitle(button).click();
  await (await chooser).setFiles(files);
}

const labels = (page: Page, selector: string) => page.locator(`.report-content ${selector}`).evaluateAll((els) => els.map((e) => `${e.getAttribute('data-label')} ${e.textContent}`));

describe('report editor in Chromium', () => {
  test('a case with two photos in a row, a table, numbering that follows a section move, and a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(fixture.harness.url);
    await page.getByLabel('单位').fill('木垒县职业技术学校');
    await page.getByRole('button', { name: '创建' }).click();

    const content = page.locator('.report-content');
    await content.click();
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '基本情况');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '学校概况。');

    // A case: title and body typed through the IME, then two photos side by side.
    await page.getByTitle('插入案例 (Ctrl+Alt+C)').click();
    await typeWithIme(page, '产教融合育人');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '学校与企业共建实训基地。');
    await page.keyboard.press('Enter');
    await choosePhotos(page, '插入并排图片', [await photo('实训.jpg', 40, 90, 160), await photo('比赛.jpg', 160, 60, 40)]);
    await expect.poll(() => page.locator('.rp-figure-row .rp-photo img').count(), { timeout: 15_000 }).toBe(2);
    await page.locator('.rp-figure-caption').nth(0).click();
    await typeWithIme(page, '实训现场');
    await page.locator('.rp-figure-caption').nth(1).click();
    await typeWithIme(page, '技能比赛');

    // Leave the case (Enter on its empty last paragraph), start a chapter with a table and a photo.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '人才培养质量');
    await page.keyboard.press('Enter');
    await page.getByTitle('插入表格').click();
    await typeWithIme(page, '学校一览');
    await page.locator('.rp-td').first().click();
    await typeWithIme(page, '学校');
    await page.keyboard.press('Control+End');
    await choosePhotos(page, '插入图片', [await photo('校园.jpg', 30, 140, 60)]);
    await expect.poll(() => page.locator('.rp-photo img').count(), { timeout: 15_000 }).toBe(3);
    await page.locator('.rp-figure-caption').nth(2).click();
    await typeWithIme(page, '校园一角');

    await expect.poll(() => labels(page, '.rp-case-title')).toEqual(['【案例1】 产教融合育人']);
    await expect.poll(() => labels(page, '.rp-figure-caption')).toEqual(['图1 实训现场', '图2 技能比赛', '图3 校园一角']);
    expect(await labels(page, '.rp-table-caption')).toEqual(['表1 学校一览']);
    expect(await labels(page, 'h1')).toEqual(['1 基本情况', '2 人才培养质量']);
    expect(await page.getByTestId('block-counts').textContent()).toBe('案例 1 · 图 3');

    // Drag the second chapter above the first in 导航: everything renumbers.
    const nav = page.locator('.nav-pane');
    await nav.getByText('人才培养质量').dragTo(nav.getByText('基本情况'));
    await expect.poll(() => labels(page, 'h1')).toEqual(['1 人才培养质量', '2 基本情况']);
    expect(await labels(page, '.rp-figure-caption')).toEqual(['图1 校园一角', '图2 实训现场', '图3 技能比赛']);
    expect(await nav.locator('li button').allTextContents()).toEqual(['1人才培养质量', '表1学校一览', '图1校园一角', '2基本情况', '【案例1】产教融合育人', '图2实训现场', '图3技能比赛']);

    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    await page.reload();
    await expect.poll(() => labels(page, 'h1')).toEqual(['1 人才培养质量', '2 基本情况']);
    expect(await labels(page, '.rp-figure-caption')).toEqual(['图1 校园一角', '图2 实训现场', '图3 技能比赛']);
    expect(await labels(page, '.rp-case-title')).toEqual(['【案例1】 产教融合育人']);
    expect(await labels(page, '.rp-table-caption')).toEqual(['表1 学校一览']);
    // The photos come back from the report file, not from the browser's memory.
    await expect
      .poll(() => page.locator('.rp-photo img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)), { timeout: 15_000 })
      .toEqual([true, true, true]);
    expect(errors).toEqual([]);
  });
});
