import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { build } from '../../core/document/nodes';
import { ReportFile } from '../../electron/store/report-file';
import { outputDir } from '../export/pdf-tools';
import { useHarnessAndBrowser } from '../helpers/browser';
import { openReport } from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();
const chapters = [
  '基本情况',
  '人才培养质量',
  '服务贡献质量',
  '文化传承质量',
  '国际合作质量',
  '产教融合质量',
  '发展保障',
  '特色发展质量',
  '挑战与展望',
];
const sentence = '学校坚持立德树人根本任务，深化产教融合、校企合作，人才培养质量稳步提升，服务区域发展的能力不断增强。';

/** A report long enough to scroll: nine chapters of sections, a table in the first. */
function longReport() {
  const blocks = chapters.flatMap((title, c) => [
    build.heading(1, title),
    ...[1, 2].flatMap((s) => [
      build.heading(2, `${title}第${s}节`),
      ...Array.from({ length: 4 }, () => build.paragraph(sentence.repeat(3))),
    ]),
    ...(c === 0
      ? [
          build.tableCaption('学校基本办学条件'),
          build.table(
            [
              ['指标', '数值'],
              ['在校生', '6531'],
              ['专任教师', '412'],
            ],
            true,
          ),
        ]
      : []),
  ]);
  return build.document(blocks);
}

interface Layout {
  scrollerOverflow: number;
  pageRight: number;
  scrollerRight: number;
  badgeOverPage: boolean;
  zoom: string;
  navWidth: number;
  scrollerTop: number;
}

function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const scroller = document.querySelector('.page-scroller')!;
    const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
    const badge = box('.check-badge');
    const area = scroller.getBoundingClientRect();
    return {
      scrollerOverflow: scroller.scrollWidth - scroller.clientWidth,
      pageRight: box('.page').right,
      scrollerRight: area.right,
      badgeOverPage:
        badge.top < area.bottom && badge.bottom > area.top && badge.left < area.right && badge.right > area.left,
      zoom: document.querySelector('[data-testid="zoom"]')!.textContent ?? '',
      navWidth: box('.nav-pane').width,
      scrollerTop: area.top,
    };
  });
}

describe('small screens (1366×768, 1024×700)', () => {
  test('the page fits without a horizontal scroll bar; zoom, 导航 and 体检 leave the text in view', {
    timeout: 90_000,
  }, async () => {
    const path = join(e2e.fixture.home, '小屏幕.nianbao');
    const file = await ReportFile.create(path, {
      title: '小屏幕',
      organisation: '木垒县职业技术学校',
      year: 2025,
      kind: 'school',
    });
    file.saveDocument(longReport());
    file.close();
    const shots = outputDir('small-screens');
    mkdirSync(shots, { recursive: true });

    const { page, errors: pageErrors } = await openReport(e2e, path, { width: 1366, height: 768 });
    await page.locator('.report-content h1').first().waitFor();

    for (const [width, height, zoom] of [
      [1366, 768, '100%'],
      [1024, 700, /^9\d%$/],
    ] as const) {
      await page.setViewportSize({ width, height });
      await expect.poll(async () => (await layout(page)).zoom).toMatch(zoom);
      const at = await layout(page);
      expect(at.scrollerOverflow, `${width}: horizontal scroll`).toBeLessThanOrEqual(0);
      expect(at.pageRight, `${width}: page inside the view`).toBeLessThanOrEqual(at.scrollerRight);
      expect(at.badgeOverPage, `${width}: 体检 badge over the page`).toBe(false);
      await page.screenshot({ path: join(shots, `editor-${width}x${height}.png`) });
    }

    // Ctrl+= and Ctrl+- step the zoom; 适合宽度 fills the width again; Ctrl+wheel zooms the page, not the window.
    await page.locator('.report-content p').first().click();
    await page.keyboard.press('Control+=');
    await expect.poll(async () => (await layout(page)).zoom).toBe('100%');
    await page.keyboard.press('Control+=');
    await expect.poll(async () => (await layout(page)).zoom).toBe('110%');
    expect((await layout(page)).scrollerOverflow).toBeGreaterThan(0);
    await page.getByRole('button', { name: '适合宽度' }).click();
    await expect.poll(async () => (await layout(page)).scrollerOverflow).toBeLessThanOrEqual(0);
    const fitted = (await layout(page)).zoom;
    await page.locator('.page-scroller').hover();
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, 100);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await layout(page)).zoom).not.toBe(fitted);
    await page.keyboard.press('Control+-');
    await page.getByRole('button', { name: '适合宽度' }).click();

    // 导航 folds to a strip, and the page takes the room; it unfolds again.
    await page.getByRole('button', { name: '收起导航' }).click();
    await expect.poll(async () => (await layout(page)).navWidth).toBeLessThan(40);
    expect((await layout(page)).scrollerOverflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: '导航' }).click();
    await expect.poll(async () => (await layout(page)).navWidth).toBeGreaterThan(200);

    // A heading picked in 导航 comes to the top of the view, and 导航 marks the section being read.
    const nav = page.getByRole('navigation', { name: '导航' });
    await nav.getByRole('button', { name: /发展保障$/ }).click();
    await expect
      .poll(() =>
        page.evaluate(() => {
          const h = [...document.querySelectorAll('.report-content h1')].find((e) => e.textContent === '发展保障')!;
          return Math.round(
            h.getBoundingClientRect().top - document.querySelector('.page-scroller')!.getBoundingClientRect().top,
          );
        }),
      )
      .toBeLessThan(10);
    await page.locator('.page-scroller').evaluate((s) => s.scrollBy(0, 400));
    await expect.poll(() => nav.locator('[aria-current="location"]').textContent()).toMatch(/^7\.1/);

    // The table's tools float over the page: the page does not move down when the caret enters the table.
    const before = (await layout(page)).scrollerTop;
    await page.locator('.report-content td').first().click();
    await page.getByRole('group', { name: '表格操作' }).waitFor();
    expect((await layout(page)).scrollerTop).toBe(before);

    // 体检 open beside the page at 1024: the text still fits, nothing scrolls sideways.
    await page.locator('.check-badge').click();
    await page.getByRole('complementary', { name: '体检' }).waitFor();
    await expect.poll(async () => (await layout(page)).scrollerOverflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(shots, 'check-1024x700.png') });
    expect(pageErrors).toEqual([]);
  });
});
