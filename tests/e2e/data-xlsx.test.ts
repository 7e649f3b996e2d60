import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { outputDir } from '../export/pdf-tools';
import { copyIntoHome, useHarnessAndBrowser } from '../helpers/browser';
import { type OpenedPage, newSchoolReport } from '../helpers/editor-page';
import { requires } from '../helpers/requires';

const e2e = useHarnessAndBrowser();
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'xlsx', 'libreoffice.xlsx');

/** A new school report with its 数据表 open. */
async function schoolDataSheet(): Promise<OpenedPage> {
  const opened = await newSchoolReport(e2e);
  const { page } = opened;
  await page.getByRole('button', { name: '数据', exact: true }).click();
  await page.getByRole('button', { name: '表格视图' }).click();
  await expect
    .poll(() => page.getByRole('region', { name: '数据表' }).getByRole('button', { name: '导入Excel…' }).count(), {
      timeout: 10_000,
    })
    .toBe(1);
  return opened;
}

requires('chromium').describe('导入Excel / 导出Excel in the 数据表', () => {
  test('imports a workbook after a preview with pickers, then exports the data with the new numbers', {
    timeout: 120_000,
  }, async () => {
    const { page, errors } = await schoolDataSheet();
    const sheet = page.getByRole('region', { name: '数据表' });

    await sheet.getByRole('button', { name: '导入Excel…' }).click();
    const dialog = page.getByRole('dialog', { name: '从 Excel 导入数据' });
    // A file that is no workbook: a Chinese reason, and the dialog stays for another path.
    await dialog.getByLabel('Excel 文件（.xlsx）路径').fill(join(e2e.fixture.home, '没有这个.xlsx'));
    await dialog.getByRole('button', { name: '读取' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent(), { timeout: 10_000 }).toBe('找不到这个文件');

    await dialog.getByLabel('Excel 文件（.xlsx）路径').fill(copyIntoHome(e2e.fixture.home, FIXTURE));
    await dialog.getByRole('button', { name: '读取' }).click();
    const preview = dialog.getByRole('table');
    await expect.poll(() => preview.locator('tbody tr').count(), { timeout: 10_000 }).toBe(6);
    expect(await dialog.getByLabel('工作表').inputValue()).toBe('基本数据');
    expect(await dialog.locator('.xlsx-counts').textContent()).toBe('新增 1 项，修改 4 项，不变 0 项，未能识别 1 行');
    expect(await preview.locator('tr[data-status="invalid"] td').allTextContents()).toEqual([
      '9',
      '纸质图书',
      '未能识别',
      '数值“约20万”不是数字',
    ]);
    // Without the 上年 column, 上年 is no longer read.
    await dialog.getByLabel('上年列').selectOption('');
    await expect
      .poll(() => preview.locator('tr', { hasText: '在校生数' }).locator('td').nth(3).textContent(), {
        timeout: 10_000,
      })
      .toBe('数值：（空） → 6531人');
    await page.screenshot({ path: join(outputDir('e2e'), 'xlsx-import-preview.png') });

    await dialog.getByRole('button', { name: '导入 5 项' }).click();
    await expect
      .poll(() => dialog.getByRole('status').textContent(), { timeout: 10_000 })
      .toBe('已导入：新增 1 项，修改 4 项');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await expect
      .poll(() => sheet.getByRole('textbox', { name: '教学仪器设备总值 数值', exact: true }).inputValue())
      .toBe('2904.2');
    expect(await sheet.getByRole('textbox', { name: '合作企业数 单位', exact: true }).inputValue()).toBe('个');
    const ratio = sheet.getByRole('table', { name: '指标' }).locator('tr', { hasText: '生师比' });
    await expect.poll(() => ratio.textContent(), { timeout: 10_000 }).toContain('18.5:1');

    await sheet.getByRole('button', { name: '导出Excel…' }).click();
    const done = sheet.getByRole('status');
    await expect.poll(() => done.textContent(), { timeout: 10_000 }).toMatch(/^已导出：.*\.xlsx$/);
    await page.screenshot({ path: join(outputDir('e2e'), 'xlsx-exported.png') });
    const path = (await done.textContent())!.replace('已导出：', '');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const data = workbook.getWorksheet('数据')!;
    const row = data.getRows(2, data.rowCount - 1)!.find((r) => r.getCell(1).value === '教学仪器设备总值')!;
    expect([row.getCell(2).value, row.getCell(3).value]).toEqual([2904.2, '万元']);
    expect(
      data
        .getRows(2, data.rowCount - 1)!
        .find((r) => r.getCell(1).value === '在校生数')!
        .getCell(5).value,
    ).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
