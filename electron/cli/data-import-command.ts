import { resolve } from 'node:path';
import type { ImportStatus } from '../../core/data/sheet-import';
import { ReportError } from '../../core/errors';
import { asLines, type Cli } from './cli-command';

const STATUS_WORDS: Record<ImportStatus, string> = {
  new: '新增',
  changed: '修改',
  unchanged: '不变',
  invalid: '未导入',
};

/**
 * `nianbao data <file> --import data.xlsx [--sheet 名称]`: quantities from a sheet whose columns
 * are found by their headers (名称/指标/项目 and 数值/值/数量, 单位, 年份, 上年, 来源). Prints
 * each row's verdict; the report is written only when every new and changed row applies.
 */
export async function importXlsxCommand(
  reportPath: string,
  xlsxPath: string,
  sheet: string | undefined,
  cli: Cli,
): Promise<number> {
  const source = resolve(xlsxPath);
  // Read and planned on a read-only open: a bad workbook or nothing new leaves the report exactly as it was.
  await cli.api.call('report.open', { path: reportPath, readOnly: true });
  const preview = await cli.api.call('data.readXlsx', { path: source, ...(sheet !== undefined && { sheet }) });
  if (!preview.mapping)
    throw new ReportError(
      'XLSX_NO_COLUMNS',
      `sheet "${preview.sheet}": no header row with 名称/项目/指标 and 数值/值/数量`,
    );
  if (preview.counts.new + preview.counts.changed > 0) {
    await cli.api.call('report.close', {});
    await cli.api.call('report.open', { path: reportPath });
    await cli.api.call('data.importXlsx', { path: source, sheet: preview.sheet, mapping: preview.mapping });
  }
  const lines = preview.rows.map(
    (row) => `  ${STATUS_WORDS[row.status]}  第${row.row}行  ${row.name}${row.reason ? `  ${row.reason}` : ''}`,
  );
  const { counts } = preview;
  cli.stdout(
    asLines([
      `工作表：${preview.sheet}`,
      ...lines,
      `新增 ${counts.new} 项，修改 ${counts.changed} 项，不变 ${counts.unchanged} 项，未导入 ${counts.invalid} 行`,
    ]),
  );
  return 0;
}
