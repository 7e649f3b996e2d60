import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ReportFile } from '../../electron/store/report-file';
import { largeReport } from '../fixtures/large-report';
import { openInHarness, useHarnessAndBrowser } from '../helpers/browser';
import { photosShown } from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();

/** A third of the benchmark's report: 90,000 characters, 24 cases, photos in rows and alone. */
async function openLongReport(name: string): Promise<{ photos: number }> {
  const report = await largeReport({ chars: 90_000, cases: 24, photoCount: 60 });
  const path = join(e2e.fixture.home, name);
  const file = await ReportFile.create(path, { title: '长报告', organisation: '', year: 2025, kind: 'bureau' });
  file.putAssets(report.photos);
  file.saveDocument(report.doc);
  file.close();
  await openInHarness(e2e.fixture.harness, path);
  return { photos: report.photos.length };
}

const caretTop = (page: Page) => page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().top);

describe('a long report in Chromium', () => {
  test('导航 lands on a far heading, and the photos loading around it do not move it', async () => {
    const { photos } = await openLongReport('long-nav.nianbao');
    const page = await e2e.browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Photos are held back until the test has seen where the page landed without them.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/report-assets/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(e2e.fixture.harness.url);
    const nav = page.getByRole('navigation', { name: '导航' });
    const inView = async (block: Locator) => {
      const box = await block.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 900;
    };

    // The last heading, far below: instant and on target, though the blocks in between were never laid out.
    const heading = page.locator('.report-content h2').last();
    await nav
      .locator('li', { hasText: (await heading.textContent())! })
      .getByRole('button')
      .click();
    await expect.poll(() => inView(heading)).toBe(true);

    // The last photo: its frame has the printed size before the thumbnail arrives, so nothing moves when it does.
    const last = `图${photos}`;
    const caption = page.locator(`.rp-figure-caption[data-label="${last}"]`);
    await nav
      .locator('li', { hasText: `${last} ` })
      .getByRole('button')
      .click();
    await expect.poll(() => inView(caption)).toBe(true);
    const landed = (await caption.boundingBox())!.y;
    release();
    const figure = page.locator('.rp-figure', { has: caption });
    await expect.poll(() => photosShown(figure), { timeout: 10_000 }).toEqual([true]);
    // Frames, not time: the photo's size reaches layout in the next frames, and the view's own correction runs in them.
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          let left = 5;
          const next = () => (left-- > 0 ? requestAnimationFrame(next) : done());
          requestAnimationFrame(next);
        }),
    );
    expect((await caption.boundingBox())!.y).toBeCloseTo(landed, 0);
  });

  test('Ctrl+End, Ctrl+Home and PageDown put the caret where Word would, off-screen blocks not laid out', async () => {
    await openLongReport('long-keys.nianbao');
    const page = await e2e.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(e2e.fixture.harness.url);
    const blocks = page.locator('.report-content > *');
    await blocks.first().click();

    await page.keyboard.press('Control+End');
    await page.keyboard.type('END');
    await expect.poll(async () => (await blocks.last().textContent())?.endsWith('END'), { timeout: 10_000 }).toBe(true);
    expect(await caretTop(page)).toBeGreaterThan(0);
    expect(await caretTop(page)).toBeLessThan(900);

    await page.keyboard.press('Control+Home');
    await page.keyboard.type('HOME');
    await expect
      .poll(async () => (await blocks.first().textContent())?.startsWith('HOME'), { timeout: 10_000 })
      .toBe(true);

    // Shift selects from the caret (after HOME) to the end; deleting it leaves only HOME.
    const count = await blocks.count();
    await page.keyboard.press('Control+Shift+End');
    await page.keyboard.press('Delete');
    await expect.poll(() => blocks.count(), { timeout: 10_000 }).toBe(1);
    expect(await blocks.first().textContent()).toBe('HOME');
    await page.keyboard.press('Control+z');
    await expect.poll(() => blocks.count(), { timeout: 10_000 }).toBe(count);

    await page.keyboard.press('Control+Home');
    const scroller = page.locator('.page-scroller');
    for (let i = 0; i < 4; i += 1) {
      const before = await scroller.evaluate((e) => e.scrollTop);
      await page.keyboard.press('PageDown');
      await expect.poll(() => scroller.evaluate((e) => e.scrollTop), { timeout: 10_000 }).toBeGreaterThan(before);
    }
    expect(await scroller.evaluate((e) => e.scrollTop)).toBeGreaterThan(2500);
    const view = (await scroller.boundingBox())!;
    await expect.poll(() => caretTop(page), { timeout: 10_000 }).toBeGreaterThan(view.y);
    expect(await caretTop(page)).toBeLessThan(view.y + view.height);
    await page.keyboard.type('PD');
    const typedAt = (await page.locator('.report-content p', { hasText: 'PD' }).boundingBox())!;
    expect(typedAt.y + typedAt.height).toBeGreaterThan(view.y);
    expect(typedAt.y).toBeLessThan(view.y + view.height);
  });

  test('查找 shows a match far down the report, though its block was never laid out', async () => {
    await openLongReport('long-find.nianbao');
    const page = await e2e.browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(e2e.fixture.harness.url);
    await page.locator('.report-content p').first().click();
    await page.keyboard.press('Control+f');
    await page.getByLabel('查找', { exact: true }).fill('典型案例24');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('第 1 / 1 个');
    const title = page.locator('.rp-case-title', { hasText: '典型案例24' });
    const view = (await page.locator('.page-scroller').boundingBox())!;
    await expect.poll(async () => (await title.boundingBox())?.y ?? -1).toBeGreaterThan(view.y);
    expect((await title.boundingBox())!.y).toBeLessThan(view.y + view.height);
  });
});
