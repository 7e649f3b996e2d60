import { join } from 'node:path';
import { expect, test } from 'vitest';
import { outputDir, pdfPages, squash } from '../export/pdf-tools';
import { typeWithIme, useHarnessAndBrowser } from '../helpers/browser';
import {
  drawnCounts,
  documentXml,
  exportReport,
  fillColumn,
  openDataPanel,
  typeValue,
  wordTableCells,
  xmlText,
} from '../helpers/data-page';
import { newReport, newSchoolReport } from '../helpers/editor-page';
import { requires } from '../helpers/requires';

const e2e = useHarnessAndBrowser();

/**
 * The whole chain of issue 21's "Must hold": one number typed once in 数据 reaches the text, the
 * indicator table (with 达标), a chart and 体检 in the page, and both exports.
 */
requires('chromium', 'poppler').describe('one number, every place it is used', () => {
  test('a school report: fill 数据, insert a field, a chart and the 指标表, change a number; all follow, PDF and Word too', {
    timeout: 180_000,
  }, async () => {
    const { page, errors } = await newSchoolReport(e2e);
    const content = page.locator('.report-content');
    const shot = (name: string) => page.screenshot({ path: join(outputDir('e2e'), `data-chain-${name}.png`) });

    // Fill the data: values in the panel, 上年 of 招生数 in the sheet.
    const panel = await openDataPanel(page);
    await typeValue(page, '在校生数', '6531');
    await typeValue(page, '专任教师数', '353');
    await typeValue(page, '招生数', '2103');
    await panel.getByRole('button', { name: '表格视图' }).click();
    const sheet = page.getByRole('region', { name: '数据表' });
    await sheet.getByRole('textbox', { name: '招生数 上年' }).fill('1956');
    await sheet.getByRole('textbox', { name: '招生数 上年' }).press('Enter');
    await expect
      .poll(() => sheet.getByTestId('sheet-indicator-student-teacher-ratio').textContent(), { timeout: 10_000 })
      .toContain('18.5:1');
    await sheet.getByRole('button', { name: '返回正文' }).click();
    await page.getByRole('button', { name: '数据', exact: true }).click(); // the panel closes

    // A field by typing its name, and a sentence that claims 生师比 meets the standard.
    await content.locator('p').first().click();
    await typeWithIme(page, '全校在校生');
    const typeahead = page.getByRole('listbox', { name: '插入数据' });
    await expect.poll(() => typeahead.getByRole('option').count(), { timeout: 10_000 }).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => typeahead.count(), { timeout: 10_000 }).toBe(0);
    await typeWithIme(page, '，生师比');
    await page.getByTitle(/^插入数据：/).click();
    const picker = page.getByRole('dialog', { name: '插入数据' });
    await picker.getByLabel('按名称查找').fill('生师比');
    await picker.getByLabel('按名称查找').press('Enter');
    await expect.poll(() => picker.count(), { timeout: 10_000 }).toBe(0);
    await typeWithIme(page, '，达到设置标准。');
    const sentence = content.locator('p', { hasText: '全校在校生' }).first();
    await expect
      .poll(() => sentence.textContent(), { timeout: 10_000 })
      .toBe('全校在校生6531人，生师比18.5:1，达到设置标准。');

    // A chart whose series is taken from 招生数: 上年 and 本年 from the data, the year before typed.
    await page.keyboard.press('Enter');
    await page.getByTitle('插入图表').click();
    const dialog = page.getByRole('dialog', { name: '图表数据' });
    await dialog.getByLabel('系列1取自数据').selectOption({ label: '招生数（2103人）' });
    await expect.poll(() => page.locator('.chart-grid input[data-cell="2-0"]').inputValue()).toBe('2103');
    await fillColumn(page, 0, ['1820']);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => drawnCounts(page), { timeout: 10_000 }).toEqual([3]);

    // 插入指标表, after the chart: 指标 | 本年 | 上年 | 标准 | 达标, every cell after the name live.
    await content.locator('.rp-figure-caption').last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByTitle(/^插入数据：/).click();
    await picker.getByRole('button', { name: '插入指标表' }).click();
    const table = content.locator('table').first();
    const row = (name: string) => table.locator('tr', { hasText: name }).first().locator('td, th').allTextContents();
    await expect.poll(() => row('指标'), { timeout: 10_000 }).toEqual(['指标', '本年', '上年', '标准', '达标']);
    expect(await row('生师比')).toEqual(['生师比', '18.5:1', '［生师比（上年）：待填］', '≤ 20:1', '达标']);
    expect(await row('招生数同比增长')).toEqual(['招生数同比增长', '7.5%', '［招生数同比增长（上年）：待填］', '', '']);
    await shot('before');

    // 体检 before: no claim against the data.
    await page.locator('.check-badge').click();
    const check = page.getByRole('complementary', { name: '体检' });
    const messages = () => check.locator('.check-message').allTextContents();
    await expect.poll(messages, { timeout: 10_000 }).toContainEqual(expect.stringContaining('还没有填写'));
    expect(await messages()).not.toContainEqual(expect.stringContaining('文中说达标'));
    await check.getByRole('button', { name: '关闭' }).click();

    // Change the numbers in 数据: the text, the table (达标 too), the chart and 体检 follow.
    await page.getByRole('button', { name: '数据', exact: true }).click();
    await typeValue(page, '在校生数', '7420');
    await typeValue(page, '招生数', '2230');
    await expect
      .poll(() => sentence.textContent(), { timeout: 10_000 })
      .toBe('全校在校生7420人，生师比21.0:1，达到设置标准。');
    await expect
      .poll(() => row('生师比'), { timeout: 10_000 })
      .toEqual(['生师比', '21.0:1', '［生师比（上年）：待填］', '≤ 20:1', '未达标']);
    expect(await row('招生数同比增长')).toEqual([
      '招生数同比增长',
      '14.0%',
      '［招生数同比增长（上年）：待填］',
      '',
      '',
    ]);
    await expect
      .poll(() => content.locator('.rp-chart-drawing svg').textContent(), { timeout: 10_000 })
      .toContain('2230');
    expect(await content.locator('.rp-chart-drawing svg').textContent()).not.toContain('2103');
    await page.locator('.check-badge').click();
    await expect
      .poll(messages, { timeout: 10_000 })
      .toContainEqual(expect.stringContaining('文中说达标，但数据中的生师比为 21.0:1'));
    await shot('after');

    // Removing 招生数 is refused while the chart and an indicator use it: the sheet says where.
    await panel.getByRole('button', { name: '表格视图' }).click(); // the panel is still open
    await sheet.getByRole('button', { name: '删除“招生数”' }).click();
    await sheet.getByRole('button', { name: '删除', exact: true }).click();
    const enrolment = sheet.getByTestId('sheet-quantity-enrolment');
    await expect
      .poll(() => enrolment.getByRole('alert').textContent(), { timeout: 10_000 })
      .toBe('“招生数”用于图1、指标“招生数同比增长”。仍然删除的话，这些地方会显示“［数据已删除］”。仍然删除取消');
    await shot('remove-refused');
    await enrolment.getByRole('button', { name: '取消' }).click();
    expect(await enrolment.count()).toBe(1);
    // An indicator added in 数据 joins the table that lists them all, as its last row.
    const indicatorForm = sheet.locator('.data-add-indicator');
    await indicatorForm.getByRole('textbox', { name: '新指标名称' }).fill('招生占在校生比例');
    await indicatorForm.getByRole('textbox', { name: '公式' }).fill('招生数 / 在校生数');
    await indicatorForm.getByRole('textbox', { name: '指标单位' }).fill('%');
    await indicatorForm.getByRole('button', { name: '添加指标' }).click();
    await sheet.getByRole('button', { name: '返回正文' }).click();
    await expect
      .poll(() => table.locator('tr').last().locator('td').allTextContents(), { timeout: 10_000 })
      .toEqual(['招生占在校生比例', '30.1%', '［招生占在校生比例（上年）：待填］', '', '']);
    expect(await content.locator('.rp-table-caption').first().getAttribute('data-label')).toBe('表1');

    // Both exports print the new numbers: in the text, in the table with 未达标, in the chart's drawing (PDF).
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('已保存');
    const pdfText = squash(pdfPages(await exportReport(e2e, 'pdf', '数据链')).join(''));
    expect(pdfText).toContain('全校在校生7420人，生师比21.0:1，达到设置标准。');
    // Table cells wrap (the 待填 markers are long), so pdftotext interleaves them; the verdict is whole.
    expect(pdfText).toContain('表1主要办学指标指标本年上年标准达标');
    expect(pdfText).toContain('未达标');
    expect(pdfText).toContain('2230');
    const xml = await documentXml(await exportReport(e2e, 'docx', '数据链'));
    expect(xmlText(xml)).toContain('全校在校生7420人，生师比21.0:1，达到设置标准。');
    expect(wordTableCells(xml, '主要办学指标').slice(5, 10)).toEqual([
      '生师比',
      '21.0:1',
      '［生师比（上年）：待填］',
      '≤ 20:1',
      '未达标',
    ]);
    expect(errors).toEqual([]);
  });

  test("a blank 州/市 report starts with the region's 数据; 历史版本 shows a version's numbers", {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await newReport(e2e, {
      organisation: '昌吉州',
      radios: ['州/市', '空白'],
      viewport: { width: 1440, height: 900 },
    });
    await page.getByRole('button', { name: '数据', exact: true }).click();
    const panel = page.getByRole('complementary', { name: '数据' });
    await expect
      .poll(() => panel.getByRole('textbox', { name: '中职学校数', exact: true }).count(), { timeout: 10_000 })
      .toBe(1);
    await typeValue(page, '在校生数', '6531');
    await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('全州生师比');

    // A version named now keeps 6531; the number changes after it.
    await page.getByRole('button', { name: '文件' }).click();
    await page.getByRole('menuitem', { name: '历史版本…' }).click();
    const history = page.getByRole('dialog', { name: '历史版本' });
    await history.getByRole('button', { name: '把当前内容存为版本' }).click();
    await history.getByLabel('命名…').fill('初稿');
    await history.getByRole('button', { name: '保存名称' }).click();
    await expect.poll(() => history.locator('.history-name').allTextContents()).toEqual(['初稿']);
    await page.keyboard.press('Escape');
    await typeValue(page, '在校生数', '7000');
    await expect
      .poll(() => panel.getByRole('textbox', { name: '在校生数', exact: true }).inputValue(), { timeout: 10_000 })
      .toBe('7000');

    await page.getByRole('button', { name: '文件' }).click();
    await page.getByRole('menuitem', { name: '历史版本…' }).click();
    await history.locator('li', { hasText: '初稿' }).getByRole('button').click();
    const versionData = history.locator('.history-data');
    await versionData.locator('summary').click();
    await expect
      .poll(() => versionData.getByRole('table', { name: '此版本的基础数据' }).textContent(), { timeout: 10_000 })
      .toBe('名称数值上年在校生数6531人');
    await page.screenshot({ path: join(outputDir('e2e'), 'data-chain-history.png') });
    expect(errors).toEqual([]);
  });
});
