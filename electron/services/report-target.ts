import { lstatSync } from 'node:fs';
import { ReportError } from '../../core/errors';
import { readReportHeader } from '../store/file-header';
import { REPORT_EXTENSION } from './dialogs';

/**
 * Refuses to write a report at `path` unless it ends in .nianbao and holds nothing yet or
 * another report: a compromised page once had a .txt replaced by a report (the native dialog
 * asks before replacing, but the page names the path it sends back).
 */
export async function checkReportTarget(path: string): Promise<void> {
  if (!path.toLowerCase().endsWith(REPORT_EXTENSION)) {
    throw new ReportError('REPORT_TARGET', `${path} does not end in ${REPORT_EXTENSION}`);
  }
  const existing = lstatSync(path, { throwIfNoEntry: false });
  if (!existing) return;
  const isReport = existing.isFile() && (await readReportHeader(path).catch(() => null))?.kind === 'report';
  if (!isReport) throw new ReportError('REPORT_TARGET', `${path} is there and is not a report`);
}
