import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { type E2EContext, callHarness } from './browser';

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
  const path = join(ctx.fixture.home, 'reports', `${name}.${kind}`);
  await callHarness(ctx.fixture.harness, `export.${kind}`, { path });
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
