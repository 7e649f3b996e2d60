import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { expect, test } from 'vitest';
import { zh } from '../../core/zh';
import {
  folioOf,
  missingOfficeFonts,
  outputDir,
  pdfPageCount,
  pdfPages,
  renderPages,
  squash,
} from '../export/pdf-tools';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { newReport } from '../helpers/editor-page';
import { requires } from '../helpers/requires';

const chromium = requires('chromium', 'poppler');

const e2e = useHarnessAndBrowser();

chromium.describe('导出 in the browser harness', () => {
  test('导出 PDF… shows progress, ends with the saved path, the PDF has cover, 目录 and body; 打印预览 shows the same pages', {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await newReport(e2e, {
      organisation: '昌吉州',
      year: '2025',
      viewport: { width: 1280, height: 860 },
    });
    await page.keyboard.press('Control+Alt+1');
    await typeWithIme(page, '基本情况');
    await page.keyboard.press('Enter');
    await typeWithIme(page, '全州共有中职学校6所，在校生6531人。');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');

    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '导出 PDF…' }).click();
    const dialog = page.getByRole('dialog', { name: '导出 PDF' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The 体检 line is there and does not stop the export.
    await expect.poll(() => dialog.locator('.export-check').textContent()).toMatch(/^体检：/);
    await page.screenshot({ path: join(outputDir('e2e'), 'export-dialog-running.png') });
    const stages = new Set<string>();
    await expect
      .poll(
        async () => {
          stages.add((await page.getByTestId('export-stage').textContent()) ?? '');
          return page.getByTestId('export-stage').getAttribute('data-state');
        },
        { timeout: 60_000, interval: 100 },
      )
      .toBe('done');
    expect([...stages].some((s) => s.startsWith('正在'))).toBe(true);
    expect(await page.getByTestId('export-stage').textContent()).toMatch(/^导出完成，共 \d+ 页$/);
    // The dialog names the office fonts this machine lacks (the text was set in substitutes).
    const missing = missingOfficeFonts().map((role) => zh.exporting.fontRoles[role]);
    const warning = page.getByTestId('export-font-warning');
    if (missing.length > 0) expect(await warning.textContent()).toBe(zh.exporting.substitutedFonts(missing));
    else expect(await warning.count()).toBe(0);
    await page.screenshot({ path: join(outputDir('e2e'), 'export-dialog-done.png') });
    // No file manager in a browser: no 打开所在文件夹.
    expect(await dialog.getByRole('button', { name: '打开所在文件夹' }).count()).toBe(0);

    const path = (await page.getByTestId('export-path').textContent()) ?? '';
    expect(path).toBe(join(e2e.fixture.home, 'reports', '昌吉州职业教育质量年度报告（2025年）.pdf'));
    expect(existsSync(path)).toBe(true);
    const pages = pdfPages(path);
    expect(pdfPageCount(path)).toBeGreaterThanOrEqual(3);
    expect(squash(pages[0]!)).toContain('昌吉州');
    expect(squash(pages.join(''))).toContain('目录');
    const body = pages.find((p) => folioOf(p) === '1')!;
    expect(squash(body)).toContain('1基本情况');
    expect(squash(body)).toContain('全州共有中职学校6所，在校生6531人。');
    renderPages(path, outputDir('e2e'), 'export', 3);

    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // 打印预览: the same pages, paginated inside the app.
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '打印预览' }).click();
    await expect.poll(() => page.getByTestId('preview-state').textContent(), { timeout: 60_000 }).toMatch(/^共 \d+ 页/);
    const frame = page.frameLocator('.print-preview-frame');
    expect(await frame.locator('.pagedjs_page').count()).toBe(pdfPageCount(path));
    expect(await frame.locator('h1').first().textContent()).toContain('基本情况');
    await page.screenshot({ path: join(outputDir('e2e'), 'print-preview.png') });
    await page.getByRole('dialog', { name: '打印预览' }).getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => page.locator('.print-preview').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('导出 Word… writes the .docx; 取消 stops a PDF export and leaves no file', { timeout: 120_000 }, async () => {
    // The report of the test above is still open in the harness's one window.
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(e2e.fixture.harness.url);
    await expect.poll(() => page.locator('.report-content h1').count(), { timeout: 10_000 }).toBe(1);
    const reports = join(e2e.fixture.home, 'reports');

    // Typed a moment ago, not yet autosaved: the export waits for it rather than leaving it out.
    await page.locator('.report-content p').last().click();
    await page.keyboard.press('End');
    await typeWithIme(page, '刚刚写下的一句。');
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '导出 Word (.docx)…' }).click();
    const word = page.getByRole('dialog', { name: '导出 Word' });
    await expect
      .poll(() => page.getByTestId('export-stage').getAttribute('data-state'), { timeout: 60_000 })
      .toBe('done');
    expect(await page.getByTestId('export-stage').textContent()).toMatch(/^导出完成，约 \d+ 页$/);
    const docx = (await page.getByTestId('export-path').textContent()) ?? '';
    expect(docx).toBe(join(reports, '昌吉州职业教育质量年度报告（2025年）.docx'));
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    expect((await mammoth.extractRawText({ path: docx })).value).toContain('刚刚写下的一句。');
    await word.getByRole('button', { name: '关闭' }).click();

    const before = readdirSync(reports).sort();
    await page.getByRole('button', { name: '导出', exact: true }).click();
    await page.getByRole('menuitem', { name: '导出 PDF…' }).click();
    const pdf = page.getByRole('dialog', { name: '导出 PDF' });
    await pdf.getByRole('button', { name: '取消' }).click();
    await expect
      .poll(() => page.getByTestId('export-stage').getAttribute('data-state'), { timeout: 30_000 })
      .toBe('cancelled');
    expect(await page.getByTestId('export-stage').textContent()).toBe('导出已取消');
    expect(await pdf.getByTestId('export-path').count()).toBe(0);
    expect(readdirSync(reports).sort()).toEqual(before);
    await pdf.getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => pdf.count()).toBe(0);
  });
});
