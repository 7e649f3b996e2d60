import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ApiName, ApiValue } from '../../core/api';
import { zh } from '../../core/zh';
import type { Dispatch } from '../../electron/api/dispatch';
import { readXlsx } from '../../electron/xlsx/xlsx-read';
import { harnessServices } from '../assets/services';
import { sampleMeta, tempDir } from '../helpers/files';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'xlsx');

async function call<N extends ApiName>(dispatch: Dispatch, name: N, params: unknown): Promise<ApiValue<N>> {
  const res = await dispatch(name, params);
  if (!res.ok) throw new Error(`${name}: ${res.error.code} ${res.error.message} ${res.error.detail ?? ''}`);
  return res.value as ApiValue<N>;
}

async function failure(dispatch: Dispatch, name: ApiName, params: unknown) {
  const res = await dispatch(name, params);
  if (res.ok) throw new Error(`${name} did not fail`);
  return res.error;
}

async function schoolReport(): Promise<{ dir: string; dispatch: Dispatch }> {
  const dir = tempDir();
  const { dispatch } = harnessServices(dir);
  mkdirSync(join(dir, 'reports'), { recursive: true });
  await call(dispatch, 'report.create', {
    path: join(dir, 'reports', '学校.nianbao'),
    meta: { ...sampleMeta, kind: 'school' },
    template: 'school',
  });
  return { dir, dispatch };
}

/** A bureau's sheet as Excel users make it: a merged title, a formula, numbers typed as text, an empty row. */
async function bureauWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('封面').getCell('A1').value = '2025年度数据';
  const sheet = workbook.addWorksheet('学校数据');
  sheet.getCell('A1').value = '木垒县职业技术学校基本数据';
  sheet.mergeCells('A1:D1');
  sheet.addRow(['项目', '数值', '单位', '上年']);
  sheet.addRow(['在校生数', '6,531', '人', 6200]);
  sheet.addRow(['专任教师数', { formula: 'E4+F4', result: 353 }, '人', null]);
  sheet.addRow([]);
  sheet.addRow(['双师型教师数', '２１０', '人', null]);
  sheet.addRow(['教学仪器设备总值（元）', 29042000, null, null]);
  sheet.addRow(['家长满意度', 0.985, '', null]);
  sheet.getCell('B8').numFmt = '0.0%';
  // A category label merged down two rows: only its first cell holds it.
  sheet.addRow(['纸质图书', { richText: [{ text: '20' }, { text: '0000' }] }, '册', null]);
  sheet.addRow([null, 5, null, null]);
  sheet.mergeCells('A9:A10');
  await workbook.xlsx.writeFile(path);
}

describe('导入Excel / 导出Excel through the API', () => {
  it('reads an exceljs workbook: picks the sheet with headers, previews, then applies', async () => {
    const { dir, dispatch } = await schoolReport();
    const path = join(dir, 'bureau.xlsx');
    await bureauWorkbook(path);
    const sheets = await readXlsx(path);
    expect(sheets.map((s) => s.name)).toEqual(['封面', '学校数据']);
    expect(sheets[1]!.rows!.slice(0, 4)).toEqual([
      ['木垒县职业技术学校基本数据'],
      ['项目', '数值', '单位', '上年'],
      ['在校生数', '6,531', '人', 6200],
      ['专任教师数', 353, '人'],
    ]);
    expect(sheets[1]!.rows![7]).toEqual(['家长满意度', '98.5%']);

    const preview = await call(dispatch, 'data.readXlsx', { path });
    expect(preview.sheet).toBe('学校数据');
    expect(preview.mapping).toMatchObject({ headerRow: 1, name: 0, value: 1, unit: 2, previous: 3 });
    expect(preview.columns.map((c) => c.label)).toEqual(['A · 项目', 'B · 数值', 'C · 单位', 'D · 上年']);
    expect(preview.rows.map((r) => [r.row, r.name, r.status])).toEqual([
      [3, '在校生数', 'changed'],
      [4, '专任教师数', 'changed'],
      [6, '双师型教师数', 'changed'],
      [7, '教学仪器设备总值', 'changed'],
      [8, '家长满意度', 'new'],
      [9, '纸质图书', 'changed'],
      [10, '', 'invalid'],
    ]);
    expect(preview.counts).toEqual({ new: 1, changed: 5, unchanged: 0, invalid: 1 });
    // The preview wrote nothing.
    expect((await call(dispatch, 'data.get', {})).quantities.find((q) => q.name === '在校生数')!.value).toBeNull();

    const done = await call(dispatch, 'data.importXlsx', { path, sheet: preview.sheet, mapping: preview.mapping });
    expect(done.counts).toEqual(preview.counts);
    const q = (name: string) => done.view.quantities.find((x) => x.name === name)!;
    expect(q('在校生数')).toMatchObject({ value: 6531, previous: 6200, text: '6531人' });
    expect(q('专任教师数').value).toBe(353);
    expect(q('双师型教师数').value).toBe(210);
    expect(q('教学仪器设备总值')).toMatchObject({ value: 2904.2, text: '2904.2万元' });
    expect(q('家长满意度')).toMatchObject({ value: 98.5, unit: '%' });
    expect(q('纸质图书').value).toBe(200000);
    expect(done.view.indicators.find((i) => i.name === '生师比')!.text).toBe('18.5:1');
    // 历史版本 holds the numbers as they were before, to take back whole.
    const before = (await call(dispatch, 'history.list', {})).filter((s) => s.reason === 'data-import');
    expect(before).toHaveLength(1);
    await call(dispatch, 'history.restore', { id: before[0]!.id });
    expect((await call(dispatch, 'data.get', {})).quantities.find((x) => x.name === '在校生数')!.value).toBeNull();
    await call(dispatch, 'data.importXlsx', { path, sheet: preview.sheet, mapping: preview.mapping });
    // Read again: everything it held is there now.
    expect((await call(dispatch, 'data.readXlsx', { path })).counts).toEqual({
      new: 0,
      changed: 0,
      unchanged: 6,
      invalid: 1,
    });
  });

  it('reads a workbook LibreOffice wrote: merged title, formula with its cached value, text numbers', async () => {
    const { dir, dispatch } = await schoolReport();
    const path = join(dir, 'libreoffice.xlsx');
    copyFileSync(join(FIXTURES, 'libreoffice.xlsx'), path);
    const preview = await call(dispatch, 'data.readXlsx', { path });
    expect(preview.sheets.map((s) => s.name)).toEqual(['说明', '基本数据']);
    expect(preview.sheet).toBe('基本数据');
    expect(preview.rows.map((r) => [r.row, r.name, r.status, r.reason])).toEqual([
      [3, '在校生数', 'changed', '数值：（空） → 6531人；上年：（空） → 6200人'],
      [4, '专任教师数', 'changed', '数值：（空） → 353人'],
      [6, '教学仪器设备总值', 'changed', '数值：（空） → 2904.2万元'],
      [7, '双师型教师数', 'changed', '数值：（空） → 210人'],
      [8, '合作企业数', 'new', '新增：48个'],
      [9, '纸质图书', 'invalid', '数值“约20万”不是数字'],
    ]);
    // Another sheet and other columns, as the dialog's pickers send them.
    const other = await call(dispatch, 'data.readXlsx', {
      path,
      sheet: '说明',
      mapping: { headerRow: null, name: 0, value: 1 },
    });
    expect(other).toMatchObject({ sheet: '说明', rows: [{ row: 1, status: 'invalid', reason: '没有数值' }] });
  });

  it('refuses what it cannot read with a Chinese message, the data untouched', async () => {
    const { dir, dispatch } = await schoolReport();
    const at = (name: string, bytes: Uint8Array | string) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    };
    const ole = Buffer.from('d0cf11e0a1b11ae1', 'hex');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const docx = await zip.generateAsync({ type: 'uint8array' });
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    const huge = new ExcelJS.Workbook();
    const big = huge.addWorksheet('Sheet1');
    for (let r = 0; r < 5_001; r += 1) big.addRow([`项目${r}`, r]);
    // A small file that would unpack to 2 GB: its central directory says so, and nothing is inflated.
    const bomb = Buffer.from(await zip.file('xl/workbook.xml', '<workbook/>').generateAsync({ type: 'uint8array' }));
    const entry = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0x7fffffff, entry + 24);
    const cases: [string, string][] = [
      [at('bomb.xlsx', bomb), 'XLSX_TOO_LARGE'],
      [at('a.xlsx', '名称,数值\n在校生数,6531\n'), 'XLSX_UNREADABLE'],
      [at('b.xlsx', docx), 'XLSX_UNREADABLE'],
      [
        at('c.xlsx', Buffer.concat([ole, Buffer.alloc(600), Buffer.from('EncryptionInfo', 'utf16le')])),
        'XLSX_ENCRYPTED',
      ],
      [at('d.xls', Buffer.concat([ole, Buffer.alloc(600)])), 'XLSX_OLD_FORMAT'],
      [at('e.xlsx', new Uint8Array(await empty.xlsx.writeBuffer())), 'XLSX_SHEET_EMPTY'],
      [at('f.xlsx', new Uint8Array(await huge.xlsx.writeBuffer())), 'XLSX_SHEET_TOO_LARGE'],
      [at('g.xlsx', ''), 'XLSX_UNREADABLE'],
      [join(dir, '没有.xlsx'), 'NOT_FOUND'],
    ];
    for (const [path, code] of cases) {
      const error = await failure(dispatch, 'data.readXlsx', { path });
      expect({ path, code: error.code, message: error.message }).toEqual({
        path,
        code,
        message: zh.errors[code as keyof typeof zh.errors],
      });
      expect(
        (
          await failure(dispatch, 'data.importXlsx', {
            path,
            sheet: 'Sheet1',
            mapping: { headerRow: 0, name: 0, value: 1 },
          })
        ).code,
      ).toBe(code);
    }
    expect((await failure(dispatch, 'data.readXlsx', { path: join(FIXTURES, 'libreoffice.xlsx') })).code).toBe(
      'PATH_OUTSIDE_HOME',
    );
    const view = await call(dispatch, 'data.get', {});
    expect(view.quantities.every((q) => q.value === null)).toBe(true);
  });

  it('exports 数据 and 指标 as sheets with numbers as numbers, a frozen header and set widths', async () => {
    const { dir, dispatch } = await schoolReport();
    await call(dispatch, 'data.set', {
      changes: [
        { ref: '在校生数', value: 6531, previous: 6200, source: '2025年事业统计' },
        { ref: '专任教师数', value: 353, previous: 340 },
        { ref: '教学仪器设备总值', value: 2904.2 },
      ],
    });
    const path = join(dir, 'reports', '数据.xlsx');
    const written = await call(dispatch, 'data.exportXlsx', { path });
    expect(written.path).toBe(path);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['数据', '指标']);
    const [data, indicators] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    expect(data.getRow(1).values).toEqual([undefined, '名称', '数值', '单位', '年份', '上年', '数据来源', '备注']);
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(data.getColumn(1).width).toBe(24);
    const students = data.getRow(2);
    expect([
      students.getCell(1).value,
      students.getCell(2).value,
      students.getCell(3).value,
      students.getCell(5).value,
      students.getCell(6).value,
    ]).toEqual(['在校生数', 6531, '人', 6200, '2025年事业统计']);
    expect(typeof data.getCell('B2').value).toBe('number');
    expect(indicators.getRow(1).values).toEqual([
      undefined,
      '指标',
      '数值',
      '单位',
      '上年',
      '达标线',
      '达标情况',
      '较上年',
      '公式',
    ]);
    const ratioRow = indicators.getRow(2);
    expect(ratioRow.getCell(1).value).toBe('生师比');
    expect(ratioRow.getCell(2).value).toBe(18.5);
    expect(ratioRow.getCell(2).numFmt).toBe('0.0');
    expect([ratioRow.getCell(5).value, ratioRow.getCell(6).value]).toEqual(['≤ 20:1', '达标']);
    expect(String(ratioRow.getCell(7).value)).toMatch(/^(增加|减少)/);
    // An export of a half-filled report reads back without a change.
    expect((await call(dispatch, 'data.readXlsx', { path })).counts).toMatchObject({ new: 0, changed: 0, invalid: 0 });
    expect((await failure(dispatch, 'data.exportXlsx', { path: join(dir, 'reports', '数据.pdf') })).code).toBe(
      'EXPORT_TARGET',
    );
  });
});
