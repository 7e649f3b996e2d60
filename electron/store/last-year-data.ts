import type { ReportData } from '../../core/data/data-schema';
import { reportData } from './report-data';
import { ReportFile } from './report-file';

/** Last year's report's 数据, read without writing to it (it may be open elsewhere, or on a read-only stick). */
export async function lastYearData(path: string): Promise<ReportData> {
  const file = await ReportFile.open(path, { readOnly: true });
  try {
    return reportData(file);
  } finally {
    file.close();
  }
}
