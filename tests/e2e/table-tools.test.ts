import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { caretIn, newReport, savedDocument } from '../helpers/editor-page';

/** Issue #18: a table's columns dragged to width and its cells aligned, kept in the saved report. */
const e2e = useHarnessAndBrowser();

/** The table as the harness last saved it. */
async function savedTable(): Promise<SerializedNodeJSON | undefined> {
  return (await savedDocument(e2e))?.root.children?.find((n) => n.type === 'table');
}

const columnWidths = (page: Page) =>
  page
    .locator('.report-content table td')
    .first()
    .evaluate((td) => {
      const row = td.parentElement!;
      return [...row.children].map((c) => c.getBoundingClientRect().width);
    });

test('a column border dragged to the right widens that column, and 文字右对齐 aligns the cell; both are saved', async () => {
  const { page } = await newReport(e2e);
  await page.getByTitle('插入表格').click();
  await typeWithIme(page, '学校一览');
  const cells = page.locator('.report-content table td');
  await cells.nth(0).click();
  await typeWithIme(page, '昌吉职业技术学院');

  const before = await columnWidths(page);
  expect(before).toHaveLength(3);
  const box = (await cells.nth(0).boundingBox())!;
  const border = { x: box.x + box.width - 1, y: box.y + box.height / 2 };
  await page.mouse.move(border.x, border.y);
  await expect.poll(() => page.locator('.report-content.rp-column-resize').count()).toBe(1);
  await page.mouse.down();
  await page.mouse.move(border.x + 60, border.y, { steps: 5 });
  await page.mouse.up();

  await expect.poll(async () => (await columnWidths(page))[0]! - before[0]!).toBeGreaterThan(45);
  const after = await columnWidths(page);
  // The border moved between its two columns: the table keeps its width, the third column its own.
  expect(after[1]!).toBeLessThan(before[1]! - 45);
  expect(Math.abs(after[2]! - before[2]!)).toBeLessThan(2);

  // Right-align the second cell of the first body row from the table's tools.
  await cells.nth(4).click();
  await typeWithIme(page, '630');
  await caretIn(page, '630');
  await page.getByRole('group', { name: '表格操作' }).getByRole('button', { name: '文字右对齐' }).click();
  await expect
    .poll(() =>
      cells
        .nth(4)
        .locator('p')
        .evaluate((p) => getComputedStyle(p).textAlign),
    )
    .toBe('right');
  // Cells the tools left alone print centred, and the editor shows them so.
  expect(
    await cells
      .nth(3)
      .locator('p')
      .evaluate((p) => getComputedStyle(p).textAlign),
  ).toBe('center');

  await expect
    .poll(
      async () => {
        const table = await savedTable();
        const widths = table?.colWidths as number[] | undefined;
        const cell = table?.children?.[2]?.children?.[1];
        return {
          ratio: widths ? Math.round((widths[0]! / widths[2]!) * 10) : null,
          align: cell?.children?.[0]?.format,
        };
      },
      { timeout: 10_000 },
    )
    .toEqual({ ratio: Math.round((after[0]! / after[2]!) * 10), align: 'right' });
});
