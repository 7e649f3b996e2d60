import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { zh } from '../../core/zh';
import { outputDir, pdfPages, squash } from '../export/pdf-tools';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import { documentXml, exportReport, openDataPanel, typeValue, wordTableCells, xmlText } from '../helpers/data-page';
import { caretIn, clipboardOf, newSchoolReport, pasteKept } from '../helpers/editor-page';
import { requires } from '../helpers/requires';

const e2e = useHarnessAndBrowser();

const paragraphWithFields = (page: Page) =>
  page.locator('.report-content p', { has: page.locator('.rp-field') }).first();

const chromiumAndPdf = requires('chromium', 'poppler');

chromiumAndPdf.describe('数据 and data fields', () => {
  test('fill 数据 in the panel, put fields in the text, change a number: the text, 达标, 体检, PDF and Word follow', {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await newSchoolReport(e2e);
    const panel = await openDataPanel(page);

    // Text in a number cell: a Chinese reason beside it, and what was typed stays to be fixed.
    await typeValue(page, '在校生数', '六千五百');
    await expect
      .poll(() => panel.getByRole('alert').textContent(), { timeout: 10_000 })
      .toMatch(/“在校生数”的值“六千五百”不是数字/);
    expect(await panel.getByRole('textbox', { name: '在校生数', exact: true }).inputValue()).toBe('六千五百');
    expect(await panel.getByRole('textbox', { name: '在校生数', exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await typeValue(page, '在校生数', '6531');
    await expect.poll(() => panel.getByRole('alert').count(), { timeout: 10_000 }).toBe(0);
    await typeValue(page, '专任教师数', '353');
    const ratio = panel.getByTestId('indicator-student-teacher-ratio');
    await expect.poll(() => ratio.locator('.data-value').textContent(), { timeout: 10_000 }).toBe('18.5:1');
    expect(await ratio.locator('.data-status').textContent()).toBe('达标');

    // A field by typing its name: 在校生 opens the list, ↓ Enter puts the value after the name.
    await page.locator('.report-content p').first().click();
    await typeWithIme(page, '全校在校生');
    const typeahead = page.getByRole('listbox', { name: '插入数据' });
    await expect
      .poll(() => typeahead.getByRole('option').allTextContents(), { timeout: 10_000 })
      .toEqual(['在校生数6531人']);
    await page.screenshot({ path: join(outputDir('e2e'), 'data-typeahead.png') });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => typeahead.count(), { timeout: 10_000 }).toBe(0);
    await typeWithIme(page, '，生师比为');
    // And by 插入数据: the picker, narrowed by a name, Enter takes the first.
    await page.getByRole('button', { name: '数据', exact: true }).click(); // the panel closes; the page keeps its caret
    await page.getByTitle(/^插入数据：/).click();
    const picker = page.getByRole('dialog', { name: '插入数据' });
    await picker.getByLabel('按名称查找').fill('生师比');
    await page.screenshot({ path: join(outputDir('e2e'), 'data-picker.png') });
    await picker.getByLabel('按名称查找').press('Enter');
    await expect.poll(() => picker.count(), { timeout: 10_000 }).toBe(0);
    await typeWithIme(page, '。');
    const sentence = paragraphWithFields(page);
    await expect.poll(() => sentence.textContent(), { timeout: 10_000 }).toBe('全校在校生6531人，生师比为18.5:1。');
    expect(await sentence.locator('.rp-field').allTextContents()).toEqual(['6531人', '18.5:1']);
    await page.screenshot({ path: join(outputDir('e2e'), 'data-field-text.png') });

    // Copied and pasted, a field is still a field and still follows the data.
    await sentence.click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    // The editor hears of a selection on the next selectionchange: copy once it has it.
    const selected = () =>
      page.evaluate(
        () => new Promise<string>((resolve) => setTimeout(() => resolve(window.getSelection()?.toString() ?? ''), 0)),
      );
    await expect.poll(selected, { timeout: 10_000 }).toBe('全校在校生6531人，生师比为18.5:1。');
    // Copied once the editor's own selection holds both fields (it follows the page's a moment later).
    let kept: Record<string, string> = {};
    const fieldsCopied = async () => {
      kept = await clipboardOf(page, 'Control+c');
      return (kept['application/x-lexical-editor'] ?? '').split('"data-field"').length - 1;
    };
    await expect.poll(fieldsCopied, { timeout: 10_000 }).toBe(2);
    expect(kept['text/plain']).toBe('全校在校生6531人，生师比为18.5:1。');
    await page.keyboard.press('End');
    // Enter only once the editor has the caret at the end: with the sentence still selected it would replace it.
    const collapsed = () =>
      page.evaluate(
        () => new Promise<boolean>((done) => setTimeout(() => done(window.getSelection()?.isCollapsed ?? false), 0)),
      );
    await expect.poll(collapsed, { timeout: 10_000 }).toBe(true);
    await page.keyboard.press('Enter');
    await caretIn(page, ''); // on the new line, not over the sentence still selected
    await pasteKept(page, kept);
    await expect.poll(() => page.locator('.report-content .rp-field').count(), { timeout: 10_000 }).toBe(4);

    // The number changes in 数据: every mention follows at once, and 生师比 now fails its line.
    await page.getByRole('button', { name: '数据', exact: true }).click();
    await typeValue(page, '在校生数', '7420');
    await expect
      .poll(() => page.locator('.report-content .rp-field').allTextContents(), { timeout: 10_000 })
      .toEqual(['7420人', '21.0:1', '7420人', '21.0:1']);
    await expect.poll(() => ratio.locator('.data-status').textContent(), { timeout: 10_000 }).toBe('未达标');
    await page.screenshot({ path: join(outputDir('e2e'), 'data-panel.png') });
    await ratio.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(outputDir('e2e'), 'data-panel-indicators.png') });

    // Ctrl+Z takes back text, never the data: the fields keep today's numbers.
    await page.locator('.report-content .rp-field').last().click();
    await page.keyboard.press('End');
    await typeWithIme(page, '另');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.report-content').textContent(), { timeout: 10_000 }).not.toContain('另');
    expect(await page.locator('.report-content .rp-field').allTextContents()).toEqual([
      '7420人',
      '21.0:1',
      '7420人',
      '21.0:1',
    ]);

    // The sheet: every column, rows added and removed; a field of a removed row is marked, and 体检 sees it.
    await panel.getByRole('button', { name: '表格视图' }).click();
    const sheet = page.getByRole('region', { name: '数据表' });
    await sheet.getByRole('textbox', { name: '在校生数 上年' }).fill('6980');
    await sheet.getByRole('textbox', { name: '在校生数 上年' }).press('Enter');
    await sheet.getByRole('textbox', { name: '新数据名称' }).fill('技能大赛获奖');
    await sheet.getByRole('textbox', { name: '单位', exact: true }).fill('项');
    await sheet.getByRole('button', { name: '添加', exact: true }).click();
    await sheet.getByRole('textbox', { name: '技能大赛获奖 数值' }).fill('11');
    await sheet.getByRole('textbox', { name: '技能大赛获奖 数值' }).press('Enter');
    await expect
      .poll(() => sheet.getByTestId('sheet-indicator-student-teacher-ratio').textContent(), { timeout: 10_000 })
      .toContain('未达标');
    // The user's own indicator: a formula over the data's names; a name it does not know is refused, the text kept.
    const indicatorForm = sheet.locator('.data-add-indicator');
    await indicatorForm.getByRole('textbox', { name: '新指标名称' }).fill('获奖生均');
    await indicatorForm.getByRole('textbox', { name: '公式' }).fill('技能大赛获奖 / 在校人数');
    await indicatorForm.getByRole('button', { name: '添加指标' }).click();
    await expect.poll(() => indicatorForm.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('在校人数');
    expect(await indicatorForm.getByRole('textbox', { name: '公式' }).inputValue()).toBe('技能大赛获奖 / 在校人数');
    await indicatorForm.getByRole('textbox', { name: '公式' }).fill('技能大赛获奖 / 在校生数 * 1000');
    await indicatorForm.getByRole('textbox', { name: '指标单位' }).fill('项');
    await indicatorForm.getByRole('button', { name: '添加指标' }).click();
    await expect
      .poll(() => sheet.locator('tr', { hasText: '获奖生均' }).locator('.data-value').textContent(), {
        timeout: 10_000,
      })
      .toMatch(/^1\.5\d*项$/);
    await page.screenshot({ path: join(outputDir('e2e'), 'data-sheet.png') });
    await sheet.getByRole('button', { name: '删除“获奖生均”' }).click();
    await sheet.getByRole('button', { name: '删除', exact: true }).click();
    await expect.poll(() => sheet.locator('tr', { hasText: '获奖生均' }).count(), { timeout: 10_000 }).toBe(0);
    await sheet.getByRole('button', { name: '返回正文' }).click();

    await page.locator('.report-content .rp-field').last().click();
    await page.keyboard.press('End');
    await typeWithIme(page, '获奖');
    await page.getByTitle(/^插入数据：/).click();
    await page
      .getByRole('dialog', { name: '插入数据' })
      .getByRole('button', { name: /技能大赛获奖/ })
      .click();
    await expect
      .poll(() => page.locator('.report-content .rp-field').last().textContent(), { timeout: 10_000 })
      .toBe('11项');
    await panel.getByRole('button', { name: '表格视图' }).click();
    await sheet.getByRole('button', { name: '删除“技能大赛获奖”' }).click();
    await sheet.getByRole('button', { name: '删除', exact: true }).click();
    // Used in the text: not removed at once; the row says where and offers 仍然删除.
    await expect
      .poll(
        () =>
          sheet
            .getByTestId(/sheet-quantity-q-/)
            .getByRole('alert')
            .textContent(),
        { timeout: 10_000 },
      )
      .toContain('“技能大赛获奖”用于正文中 1 处');
    await sheet.getByRole('button', { name: '仍然删除' }).click();
    await expect.poll(() => sheet.getByTestId(/sheet-quantity-q-/).count(), { timeout: 10_000 }).toBe(0);
    await sheet.getByRole('button', { name: '返回正文' }).click();
    const gone = page.locator('.report-content .rp-field-gone');
    await expect.poll(() => gone.textContent(), { timeout: 10_000 }).toBe('［数据已删除］');
    await page.locator('.check-badge').click();
    const check = page.getByRole('complementary', { name: '体检' });
    await expect
      .poll(() => check.locator('.check-message').allTextContents(), { timeout: 10_000 })
      .toContain(zh.check.messages.dataFieldGone);
    // Deleted, the field goes, and with it the finding.
    await gone.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await expect.poll(() => gone.count(), { timeout: 10_000 }).toBe(0);
    await expect
      .poll(() => check.locator('.check-message').allTextContents(), { timeout: 10_000 })
      .not.toContain(zh.check.messages.dataFieldGone);

    // 插入指标表: a 表N of every indicator, its numbers fields.
    await page.getByTitle(/^插入数据：/).click();
    await page.getByRole('dialog', { name: '插入数据' }).getByRole('button', { name: '插入指标表' }).click();
    const indicatorTable = page.locator('.report-content table').first();
    await expect
      .poll(() => page.locator('.report-content .rp-table-caption').first().getAttribute('data-label'), {
        timeout: 10_000,
      })
      .toBe('表1');
    await expect
      .poll(() => indicatorTable.locator('tr', { hasText: '生师比' }).locator('td').allTextContents(), {
        timeout: 10_000,
      })
      .toEqual(['生师比', '21.0:1', '［生师比（上年）：待填］', '≤ 20:1', '未达标']);
    await page.screenshot({ path: join(outputDir('e2e'), 'data-indicator-table.png') });

    // Saved, reopened: the fields are there with today's numbers; then both exports print them.
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    await page.reload();
    await expect
      .poll(() => page.locator('.report-content > p .rp-field').allTextContents(), { timeout: 10_000 })
      .toEqual(['7420人', '21.0:1', '7420人', '21.0:1']);
    const pdfText = squash(pdfPages(await exportReport(e2e, 'pdf', '数据')).join(''));
    expect(pdfText).toContain('全校在校生7420人，生师比为21.0:1。');
    expect(pdfText).toContain('表1主要办学指标');
    const xml = await documentXml(await exportReport(e2e, 'docx', '数据'));
    expect(xmlText(xml)).toContain('全校在校生7420人，生师比为21.0:1。');
    // The indicator table is a real Word table (its rows' numbers: tests/e2e/data-chain.test.ts).
    expect(wordTableCells(xml, '主要办学指标').slice(0, 5)).toEqual(zh.dataField.indicatorTable.columns);
    expect(errors).toEqual([]);
  });
});
