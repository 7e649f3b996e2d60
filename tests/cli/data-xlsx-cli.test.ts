import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zh } from '../../core/zh';
import { ReportFile } from '../../electron/store/report-file';
import { closeLater, snapshot, tempDir } from '../helpers/files';
import { runTs } from '../helpers/processes';

const cli = (...args: string[]) => runTs('electron/cli/main.ts', args);

async function schoolReport(): Promise<{ dir: string; path: string }> {
  const dir = tempDir();
  const path = join(dir, '学校.nianbao');
  expect((await cli('new', path, '--year', '2025', '--template', 'school')).code).toBe(0);
  return { dir, path };
}

describe('nianbao data --import and export --xlsx', () => {
  // Each run of the CLI starts tsx: some seconds apiece on a busy machine.
  it('imports a LibreOffice workbook with guessed columns, prints what changed, and exports it back', {
    timeout: 120_000,
  }, async () => {
    const { dir, path } = await schoolReport();
    const xlsx = join(dir, '基本数据.xlsx');
    copyFileSync(join(import.meta.dirname, '..', 'fixtures', 'xlsx', 'libreoffice.xlsx'), xlsx);
    const imported = await cli('data', path, '--import', xlsx);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('工作表：基本数据');
    expect(imported.stdout).toContain('  修改  第3行  在校生数  数值：（空） → 6531人；上年：（空） → 6200人');
    expect(imported.stdout).toContain('  未导入  第9行  纸质图书  数值“约20万”不是数字');
    expect(imported.stdout).toContain('新增 1 项，修改 4 项，不变 0 项，未导入 1 行');
    const file = closeLater(await ReportFile.open(path, { readOnly: true }));
    expect(file.data!.quantities.find((q) => q.id === 'equipment-value')).toMatchObject({
      value: 2904.2,
      unit: '万元',
    });
    expect(file.data!.quantities.find((q) => q.name === '合作企业数')).toMatchObject({ value: 48, unit: '个' });
    file.close();

    const out = join(dir, '数据.xlsx');
    const exported = await cli('export', path, '--xlsx', out);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toContain(out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const students = workbook.getWorksheet('数据')!.getRow(2);
    expect([students.getCell(1).value, students.getCell(2).value, students.getCell(5).value]).toEqual([
      '在校生数',
      6531,
      6200,
    ]);
    expect(workbook.getWorksheet('指标')!.getCell('A2').value).toBe('生师比');
    // Its own export imports back with nothing to change, and the file is not written again.
    const before = snapshot(path, dir);
    const again = await cli('data', path, '--import', out, '--sheet', '数据');
    expect(again.stdout).toContain('新增 0 项，修改 0 项');
    expect(snapshot(path, dir).sha).toBe(before.sha);
  });

  it('refuses a bad workbook, an unknown sheet and columns it cannot find, the report untouched', {
    timeout: 120_000,
  }, async () => {
    const { dir, path } = await schoolReport();
    const before = snapshot(path, dir);
    const text = join(dir, 'a.xlsx');
    writeFileSync(text, '名称,数值\n');
    const notXlsx = await cli('data', path, '--import', text);
    expect(notXlsx.code).toBe(1);
    expect(notXlsx.stderr).toContain(`error XLSX_UNREADABLE: ${zh.errors.XLSX_UNREADABLE} (`);
    const noHeaders = join(dir, 'b.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表1').addRow(['在校生数', 6531]);
    await workbook.xlsx.writeFile(noHeaders);
    const columns = await cli('data', path, '--import', noHeaders);
    expect(columns.stderr).toContain(`error XLSX_NO_COLUMNS: ${zh.errors.XLSX_NO_COLUMNS}`);
    const sheet = await cli('data', path, '--import', noHeaders, '--sheet', '表2');
    expect(sheet.stderr).toContain('error XLSX_SHEET_UNKNOWN');
    expect(sheet.stderr).toContain('no sheet "表2" (sheets: 表1)');
    expect((await cli('data', path, '--import', noHeaders, '--set', '在校生数=1')).code).toBe(2);
    expect(snapshot(path, dir)).toEqual({ ...before, names: [...before.names, 'a.xlsx', 'b.xlsx'].sort() });
  });
});
