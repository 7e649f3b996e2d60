import { hanNumber } from './heading-patterns';

/**
 * Case labels: 【案例N】 opens a case whose title is the rest of the paragraph. Writers vary
 * the brackets (〖〗, [], ［］, 〔〕), the word (典型案例, 优秀案例), the number (【案例三】,
 * 【案例2-1】 numbered per chapter) and the spacing; all open a case, and anything but 【案例N】
 * or 【案例2-1】 is reported as a non-standard label since the number is regenerated in the house style.
 */
export interface CaseLabel {
  /** The number as typed (within its chapter for 【案例2-1】), or null when the label has none. */
  number: number | null;
  /** The chapter of a number typed per chapter (the 2 of 【案例2-1】), else null. */
  chapter: number | null;
  /** The number was typed in Chinese numerals (【案例三】). */
  han: boolean;
  /** The label as typed, brackets included ("【典型案例 5】"). */
  typed: string;
  /** Its form, the number aside ("【典型案例N】"): labels of one form were typed one way. */
  form: string;
  standard: boolean;
  /** Characters taken by the label and the colon and spaces after it. */
  length: number;
}

const SPACE = '[\\s\\u3000]*';
const WORD = '((?:典型|优秀|特色)?案例)';
/** 3, 三, 十二, 2-1 (per chapter). */
const NUMBER = '(\\d{1,3}(?:[-－—–.．]\\d{1,3})?|[一二三四五六七八九十]{1,3})';
const BRACKETED = new RegExp(
  `^([【〖[［〔])${SPACE}${WORD}${SPACE}${NUMBER}?${SPACE}([】〗\\]］〕])${SPACE}[：:]?${SPACE}`,
);
/** Without brackets a colon is required: "案例3：…" but not "案例3所示的做法…". */
const BARE = new RegExp(`^${WORD}${SPACE}${NUMBER}${SPACE}[：:]${SPACE}`);
/** In a line set as a heading, a space will do: "案例一 校企共建". */
const BARE_IN_HEADING = new RegExp(`^${WORD}${SPACE}${NUMBER}(?:${SPACE}[：:]${SPACE}|[\\s\\u3000]+)(?=\\S)`);
const PAIRS: Record<string, string> = { '【': '】', '〖': '〗', '[': ']', '［': '］', '〔': '〕' };

/** `heading`: the line is set as a heading (a Word heading style), where a bare label needs no colon. */
export function matchCaseLabel(text: string, { heading = false } = {}): CaseLabel | null {
  const m = BRACKETED.exec(text);
  if (m) {
    if (PAIRS[m[1]!] !== m[4]) return null;
    const typed = text.slice(0, text.indexOf(m[4]!) + 1);
    const n = caseNumber(m[3]);
    return {
      ...n,
      typed,
      form: `${m[1]}${m[2]}${m[3] ? 'N' : ''}${m[4]}`,
      standard: m[1] === '【' && m[2] === '案例' && /^\d+(?:-\d+)?$/.test(m[3] ?? ''),
      length: m[0].length,
    };
  }
  const b = (heading ? BARE_IN_HEADING : BARE).exec(text);
  if (b)
    return { ...caseNumber(b[2]), typed: `${b[1]}${b[2]}`, form: `${b[1]}N`, standard: false, length: b[0].length };
  return null;
}

function caseNumber(typed: string | undefined): Pick<CaseLabel, 'number' | 'chapter' | 'han'> {
  if (typed === undefined) return { number: null, chapter: null, han: false };
  if (!/\d/.test(typed)) return { number: hanNumber(typed), chapter: null, han: true };
  const parts = typed.split(/[-－—–.．]/).map(Number);
  return parts.length === 2
    ? { number: parts[1]!, chapter: parts[0]!, han: false }
    : { number: parts[0]!, chapter: null, han: false };
}
