import type { ReportMeta } from '../report-meta';
import { zh } from '../zh';

/** What the cover shows, shared by the PDF and the .docx. */
export interface CoverText {
  /** The title over one or two lines: "昌吉州中等职业教育" / "质量年度报告". */
  titleLines: string[];
  /** "（2025年）"; empty when the title names its year itself ("某某学校2025年质量年度报告"). */
  yearLine: string;
  issuer: string;
  date: string;
}

export interface CoverOptions {
  /** Who issues the report; defaults to the report's organisation. */
  issuer?: string;
  /** The date line, e.g. "2025年12月"; defaults to December of the report year. */
  date?: string;
}

const yearSuffix = /\s*[（(]\s*\d{4}\s*年度?\s*[）)]\s*$/;
const yearInTitle = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const breakBefore = ['质量年度报告', '年度质量报告', '质量报告', '年度报告'];

/** The cover's lines: the report's own cover settings win over the export's defaults. */
export function coverText(
  meta: Pick<ReportMeta, 'title' | 'year' | 'organisation'> & Partial<Pick<ReportMeta, 'issuer' | 'issuedOn'>>,
  options: CoverOptions = {},
): CoverText {
  const title = meta.title.replace(yearSuffix, '').trim() || meta.title.trim();
  const at = breakBefore.map((word) => title.lastIndexOf(word)).find((i) => i > 0) ?? -1;
  const titleLines = at > 0 ? [title.slice(0, at).trim(), title.slice(at).trim()] : [title];
  return {
    titleLines,
    yearLine: yearInTitle.test(title) ? '' : `（${meta.year}年）`,
    issuer: meta.issuer?.trim() || options.issuer?.trim() || meta.organisation.trim(),
    // The hint 报告设置 shows under 封面日期, so what the user sees there is what prints.
    date: meta.issuedOn?.trim() || options.date?.trim() || zh.settings.issuedOnPlaceholder(meta.year),
  };
}

/**
 * The cover title's size in points: the template's (1.45 × its title size), or smaller so the
 * longest line still fits the type area's width on one line ("玛纳斯县职业技术学校职业教育" is
 * never broken as 职业教 / 育). Characters are counted at 1 em, a hair over for safety.
 */
export function coverTitleSize(cover: Pick<CoverText, 'titleLines'>, baseSize: number, widthMm: number): number {
  const longest = Math.max(1, ...cover.titleLines.map((line) => [...line].length));
  const fitting = ((widthMm / 25.4) * 72) / (longest * 1.04);
  return Math.min(Math.round(baseSize * 1.45), Math.floor(fitting * 2) / 2);
}
