import { resolve } from 'node:path';
import type { ImportPlan, ImportStatus, XlsxPreview } from '../../core/data/sheet-import';
import { ReportError } from '../../core/errors';
import { reportData } from '../store/report-data';
import { ReportFile } from '../store/report-file';
import { importXlsxInto, previewXlsx } from '../xlsx/xlsx-import';
import type { CliIO } from './cli-command';

const STATUS_WORDS: Record<ImportStatus, string> = { new: '新增', changed: '修改', unchanged: '不变', invalid: '未导入' };

/**
 * `nianbao data <file> --import data.xlsx [--sheet 名称]`: quantities from a sheet whose columns
 * are found by their headers (名称/指标/项目 and 数值/值/数量, 单位, 年份, 上年, 来源). Prints
 * each row's verdict; the report is written only when every new and changed row applies.
 */
export async function importXlsxCommand(reportPath: string, xlsxPath: string, sheet: string | undefined, io: CliIO): Promise<number> {
  const source = resolve(xlsxPath);
  // Read and planned without writing: a bad workbook or a file with nothing new leaves the report exactly as it was.
  const reading = await ReportFile.open(reportPath, { readOnly: true });
  let preview: XlsxPreview;
  let plan: ImportPlan;
  try {
    ({ preview, plan } = await previewXlsx(source, reportData(reading), { sheet }));
  } finally {
    reading.close();
  }
  if (!preview.mapping) throw new ReportError('XLSX_NO_COLUMNS', `sheet "${preview.sheet}": no header row with 名称/项目/指标 and 数值/值/数量`);
  if (plan.changes.length || plan.added.length) {
    const file = await ReportFile.open(reportPath);
    try {
      ({ preview } = await importXlsxInto(file, source, { sheet: preview.sheet, mapping: preview.mapping }));
    } finally {
      file.close();
    }
  }
  const lines = preview.rows.map((row) => `  ${STATUS_WORDS[row.status]}  第${row.row}行  ${row.name}${row.reason ? `  ${row.reason}` : ''}`);
  const { counts } = preview;
  io.stdout(
    [`工作表：${preview.sheet}`, ...lines, `新增 ${counts.new} 项，修改 ${counts.changed} 项，不变 ${counts.unchanged} 项，未导入 ${counts.invalid} 行`].join('\n') + '\n',
  );
  return 0;
}
