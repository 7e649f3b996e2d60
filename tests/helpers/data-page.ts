import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { E2EContext } from './browser';
import { startScreen } from './editor-page';

/** A new page on the start screen (any open report closed), wide enough for 数据 beside the page; its errors gathered. */
export async function startPage(ctx: E2EContext): Promise<{ page: Page; errors: string[] }> {
  const page = await startScreen(ctx);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  return { page, errors };
}

/** A new school report from the template in a new page, whose errors are gathered. */
export async function newSchoolReport(ctx: E2EContext): Promise<{ page: Page; errors: string[] }> {
  const started = await startPage(ctx);
  await createSchoolReport(ctx, started.page);
  return started;
}

/** 新建 from the school template in `page`, waiting for its outline. */
export async function createSchoolReport(ctx: E2EContext, page: Page): Promise<void> {
  await page.goto(ctx.fixture.harness.url);
  await page.getByLabel('单位').fill('木垒县职业技术学校');
  await page.getByLabel('年度').fill('2025');
  await page.getByRole('radio', { name: '学校年报（中职）' }).check();
  await page.getByRole('button', { name: '创建' }).click();
  await expect.poll(() => page.locator('.report-content h1').count(), { timeout: 10_000 }).toBeGreaterThan(5);
}

/** Opens the 数据 panel and waits for its cells. */
export async function openDataPanel(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '数据', exact: true }).click();
  const panel = page.getByRole('complementary', { name: '数据' });
  await expect
    .poll(() => panel.getByRole('textbox', { name: '在校生数', exact: true }).count(), { timeout: 10_000 })
    .toBe(1);
  return panel;
}

/** Types `text` into the 数据 panel's value cell of `name` and saves it with Enter. */
export async function typeValue(page: Page, name: string, text: string): Promise<void> {
  const cell = page.getByRole('complementary', { name: '数据' }).getByRole('textbox', { name, exact: true });
  await cell.fill(text);
  await cell.press('Enter');
}

/** Fills the open 图表数据 dialog's cells, row by row, for series `column`. */
export async function fillColumn(page: Page, column: number, values: readonly string[]): Promise<void> {
  for (const [row, value] of values.entries())
    await page.locator(`.chart-grid input[data-cell="${row}-${column}"]`).fill(value);
}

/** The drawn data items (bars, points, slices) of each chart in the editor. */
export const drawnCounts = (page: Page) =>
  page
    .locator('.report-content .rp-chart-drawing svg')
    .evaluateAll((svgs) => svgs.map((svg) => svg.querySelectorAll('[ecmeta_ssr_type="chart"]').length));

/** Exports the open report through the harness's API, as the export menu does; answers the file's path. */
export async function exportReport(ctx: E2EContext, kind: 'pdf' | 'docx', name: string): Promise<string> {
  const { port, token } = ctx.fixture.harness;
  const path = join(ctx.fixture.home, 'reports', `${name}.${kind}`);
  const res = await fetch(`http://127.0.0.1:${port}/api/export.${kind}`, {
    method: 'POST',
    headers: { 'x-nianbao-token': token },
    body: JSON.stringify({ path }),
  });
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  return path;
}

/** The text of an element of document.xml, tags left out. */
export const xmlText = (part: string): string => part.replace(/<[^>]+>/g, '');

/** The word/document.xml of the .docx at `path`. */
export async function documentXml(path: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')!.async('string');
}

/** The cells' texts, row after row, of the first Word table after `caption`. */
export function wordTableCells(xml: string, caption: string): string[] {
  const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml.slice(xml.indexOf(caption)))?.[0] ?? '';
  return [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => xmlText(cell[0]));
}
