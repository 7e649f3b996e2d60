import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { EditorStateJSON } from '../../core/document/editor-json';
import { buildReportTree } from '../../core/report-tree';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { labels, newReport, pasteHtml } from '../helpers/editor-page';

const e2e = useHarnessAndBrowser();
/** Set to a folder to see the menu and an unnumbered 摘要 as the user does. */
const screenshots = process.env.NIANBAO_SCREENSHOTS;

/** The report tree of the document as the harness last saved it: what the PDF and the .docx are made from. */
async function savedTree() {
  const { port, token } = e2e.fixture.harness;
  const response = await fetch(`http://127.0.0.1:${port}/api/report.current`, {
    method: 'POST',
    headers: { 'x-nianbao-token': token },
    body: '{}',
  });
  const body = (await response.json()) as { ok: true; value: { document: EditorStateJSON } };
  return buildReportTree(body.value.document);
}

/** Each numbered list's first number and its items' numbers, as the page draws them. */
const listNumbers = (page: Page) =>
  page
    .locator('.report-content > ol')
    .evaluateAll((lists) =>
      lists.map((ol) => Array.from(ol.querySelectorAll(':scope > li'), (li) => (li as HTMLLIElement).value)),
    );

describe('numbering from the right-click menu, as Word and WPS offer it', () => {
  test('继续编号 / 重新开始于1 on a list a paragraph interrupts; 不编号 / 编号 on a heading', async () => {
    const { page } = await newReport(e2e);
    const content = page.locator('.report-content');
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '摘要');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '基本情况');
    await page.keyboard.press('Enter');
    // A list, a paragraph, then a list typed "1. " again: Word would offer to go on counting.
    await typeWithIme(page, '1. ');
    await typeWithIme(page, '完善专业设置');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '深化产教融合');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '其中产教融合成效显著。');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '1. ');
    await typeWithIme(page, '加强师资建设');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '提升服务能力');
    await expect
      .poll(() => listNumbers(page), { timeout: 10_000 })
      .toEqual([
        [1, 2],
        [1, 2],
      ]);

    const menu = page.getByRole('menu', { name: '右键菜单' });
    const items = () => menu.getByRole('menuitem').allTextContents();
    // The first list has none above it to go on from, and starts at 1: neither is offered.
    await content.getByText('完善专业设置').click({ button: 'right' });
    await expect.poll(items, { timeout: 10_000 }).toContain('插入案例');
    expect(await items()).not.toContain('继续编号');
    expect(await items()).not.toContain('重新开始于1');
    await page.keyboard.press('Escape');

    await content.getByText('提升服务能力').click({ button: 'right' });
    await expect.poll(items, { timeout: 10_000 }).toContain('继续编号');
    expect(await items()).not.toContain('重新开始于1');
    if (screenshots) await page.screenshot({ path: join(screenshots, 'continue-numbering.png') });
    await menu.getByRole('menuitem', { name: '继续编号' }).click();
    await expect
      .poll(() => listNumbers(page), { timeout: 10_000 })
      .toEqual([
        [1, 2],
        [3, 4],
      ]);
    // Saved as the list's start, which the PDF and the .docx number from.
    const savedStarts = async () => (await savedTree()).blocks.flatMap((b) => (b.kind === 'list' ? [b.start] : []));
    await expect.poll(savedStarts, { timeout: 10_000 }).toEqual([1, 3]);

    await content.getByText('加强师资建设').click({ button: 'right' });
    await expect.poll(items, { timeout: 10_000 }).toContain('重新开始于1');
    expect(await items()).not.toContain('继续编号');
    await menu.getByRole('menuitem', { name: '重新开始于1' }).click();
    await expect
      .poll(() => listNumbers(page), { timeout: 10_000 })
      .toEqual([
        [1, 2],
        [1, 2],
      ]);

    // 摘要 takes no number: 基本情况 is chapter 1, and both stand in 导航.
    await expect.poll(() => labels(page, 'h1'), { timeout: 10_000 }).toEqual(['1 摘要', '2 基本情况']);
    await content.getByText('摘要').click({ button: 'right' });
    await expect.poll(items, { timeout: 10_000 }).toContain('不编号');
    await menu.getByRole('menuitem', { name: '不编号' }).click();
    await expect.poll(() => labels(page, 'h1'), { timeout: 10_000 }).toEqual([' 摘要', '1 基本情况']);
    const nav = page.getByRole('navigation', { name: '导航' });
    await expect
      .poll(() => nav.locator('.nav-l1 button').allTextContents(), { timeout: 10_000 })
      .toEqual(['摘要', '1基本情况']);
    if (screenshots) await page.screenshot({ path: join(screenshots, 'unnumbered-heading.png') });
    // Centred in the page, as it prints.
    expect(
      await content
        .locator('h1')
        .first()
        .evaluate((h) => getComputedStyle(h).textAlign),
    ).toBe('center');
    const savedHeadings = async () => (await savedTree()).headings.map((h) => [h.numbered, h.label, h.text]);
    await expect.poll(savedHeadings, { timeout: 10_000 }).toEqual([
      [false, '', '摘要'],
      [true, '1', '基本情况'],
    ]);

    await content.getByText('摘要').click({ button: 'right' });
    await expect.poll(items, { timeout: 10_000 }).toContain('编号');
    expect(await items()).not.toContain('不编号');
    await menu.getByRole('menuitem', { name: '编号', exact: true }).click();
    await expect.poll(() => labels(page, 'h1'), { timeout: 10_000 }).toEqual(['1 摘要', '2 基本情况']);
  });

  test('a list Word continued after a paragraph, pasted, keeps counting from its typed 3.', async () => {
    const { page } = await newReport(e2e);
    // As Word writes list paragraphs to the clipboard: marked mso-list, the typed marker in a span to ignore.
    const item = (marker: string, text: string) =>
      `<p class=MsoListParagraph style='margin-left:18pt;text-indent:-18pt;mso-list:l0 level1 lfo1'>` +
      `<![if !supportLists]><span style='mso-list:Ignore'>${marker}` +
      `<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>` +
      `<span>${text}</span></p>`;
    const wordHtml = `<html><body><div class=WordSection1>
      ${item('1.', '完善专业设置')}
      ${item('2.', '深化产教融合')}
      <p class=MsoNormal>其中产教融合成效显著。</p>
      ${item('3.', '加强师资建设')}
      ${item('4.', '提升服务能力')}
    </div></body></html>`;
    await pasteHtml(page, wordHtml, '完善专业设置');
    await expect
      .poll(() => listNumbers(page), { timeout: 10_000 })
      .toEqual([
        [1, 2],
        [3, 4],
      ]);
    const savedStarts = async () => (await savedTree()).blocks.flatMap((b) => (b.kind === 'list' ? [b.start] : []));
    await expect.poll(savedStarts, { timeout: 10_000 }).toEqual([1, 3]);
  });
});
