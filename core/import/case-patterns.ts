/**
 * Case labels: 【案例N】 opens a case whose title is the rest of the paragraph. Writers vary
 * the brackets (〖〗, [], ［］, 〔〕), the word (典型案例, 优秀案例) and the spacing; all open a
 * case, and anything but 【案例N】 is reported as a non-standard label since the number is
 * regenerated in the house style.
 */
export interface CaseLabel {
  /** The number as typed, or null when the label has none. */
  number: number | null;
  /** The label as typed, brackets included ("【典型案例 5】"). */
  typed: string;
  standard: boolean;
  /** Characters taken by the label and the colon and spaces after it. */
  length: number;
}

const BRACKETED = /^([【〖[［〔])[\s\u3000]*((?:典型|优秀|特色)?案例)[\s\u3000]*(\d{1,3})?[\s\u3000]*([】〗\]］〕])[\s\u3000]*[：:]?[\s\u3000]*/;
/** Without brackets a colon is required: "案例3：…" but not "案例3所示的做法…". */
const BARE = /^((?:典型|优秀|特色)?案例)[\s\u3000]*(\d{1,3})[\s\u3000]*[：:][\s\u3000]*/;
const PAIRS: Record<string, string> = { '【': '】', '〖': '〗', '[': ']', '［': '］', '〔': '〕' };

export function matchCaseLabel(text: string): CaseLabel | null {
  const m = BRACKETED.exec(text);
  if (m) {
    if (PAIRS[m[1]!] !== m[4]) return null;
    const typed = text.slice(0, text.indexOf(m[4]!) + 1);
    return { number: m[3] ? Number(m[3]) : null, typed, standard: m[1] === '【' && m[2] === '案例' && m[3] !== undefined, length: m[0].length };
  }
  const b = BARE.exec(text);
  if (b) return { number: Number(b[2]), typed: `${b[1]}${b[2]}`, standard: false, length: b[0].length };
  return null;
}
