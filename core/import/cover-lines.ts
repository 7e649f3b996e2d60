import type { ReportKind } from '../report-meta';

/** What a source's cover says about the report, as far as it can be read off its lines. */
export interface CoverInfo {
  title: string;
  year?: number;
  issuer?: string;
  issuedOn?: string;
  kind?: ReportKind;
}

const YEAR_LINE = /^[（(]\s*(\d{4})\s*年度?\s*[）)]$/;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/;
const ISSUER_LINE = /(教育局|教育厅|教育委员会|人民政府|学校|学院|中心|大学)$/;
const BUREAU = /(教育局|教育厅|教育委员会|人民政府)$/;

/** What a report's title says it is: "…质量年度报告", "…年报", "…工作总结". */
export const REPORT_TITLE = /报告|年报|总结/;

/**
 * Reads a cover (title, "(2025年)", issuer, "2025年12月") line by line. The first line is the
 * title, or the first two when the school's name stands above "2025年质量年度报告"; the others
 * are recognised by their form and left out when they match nothing.
 */
export function readCover(lines: readonly string[]): CoverInfo | null {
  const cleaned = lines.map((l) => l.replace(/[\s\u3000]+/g, '')).filter(Boolean);
  const [first, second, ...others] = cleaned;
  if (!first) return null;
  // The school's name above what it reports ("2025年度工作总结"): the title is both lines.
  const named = (line: string) =>
    REPORT_TITLE.test(line) ||
    (ISSUER_LINE.test(first) && !YEAR_LINE.test(line) && !DATE_LINE.test(line) && !ISSUER_LINE.test(line));
  const twoLines = second !== undefined && !REPORT_TITLE.test(first) && named(second);
  const info: CoverInfo = { title: twoLines ? first + second : first };
  const rest = twoLines ? [first, ...others] : cleaned.slice(1);
  for (const line of rest) {
    const year = YEAR_LINE.exec(line);
    const date = DATE_LINE.exec(line);
    if (year) info.year = Number(year[1]);
    else if (date) info.issuedOn = `${date[1]}年${Number(date[2])}月${date[3] ? `${Number(date[3])}日` : ''}`;
    else if (ISSUER_LINE.test(line) && line.length <= 40) {
      info.issuer = line;
      info.kind = BUREAU.test(line) ? 'bureau' : 'school';
    }
  }
  info.year ??= yearOf(info.title) ?? (info.issuedOn ? Number(info.issuedOn.slice(0, 4)) : undefined);
  if (info.year === undefined) delete info.year;
  return info;
}

function yearOf(title: string): number | undefined {
  const match = /(\d{4})\s*年/.exec(title);
  return match ? Number(match[1]) : undefined;
}
