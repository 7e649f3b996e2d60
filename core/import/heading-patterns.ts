import type { HeadingNumberingStyle } from '../numbering';

/**
 * Typed heading numbers at the start of a paragraph. Reports number chapters either in
 * decimal (1 / 1.1 / 2.1.1, sometimes "2.3.") or in the official Chinese sequence
 * (一、 / （一） / 1. / （1）), and some call their chapters 第一章 or 第一部分. The matcher
 * only reads the number; which level it means is decided by the caller from the scheme the
 * whole document uses.
 */
export type HeadingNumberForm = 'chapter' | 'multi' | 'single' | 'han' | 'han-paren' | 'paren';

/** How a whole source numbers its headings. */
export interface HeadingScheme {
  style: HeadingNumberingStyle;
  /** 第一章 / 第一部分 open its chapters: the Chinese sequence then starts a level down. */
  chapters: boolean;
}

export interface HeadingNumber {
  form: HeadingNumberForm;
  numbers: number[];
  /** The number as typed, e.g. "2.3." or "（一）". */
  typed: string;
  /** Characters taken by the number and the separator and spaces after it. */
  length: number;
}

const SPACE = '[\\s\\u3000]';
/**
 * "2.5万人" and "18.6%" open body sentences; a multi-level number followed directly by text
 * (no space, no trailing dot) counts only when the next character is not a unit.
 */
const UNIT_AFTER_NUMBER = /^[万亿千百元个人倍年月日天时分秒米吨亩次所名项家%％‰万余多]/;

const MULTI = new RegExp(`^(\\d{1,2}(?:[.．]\\d{1,2}){1,3})([.．]?)(${SPACE}*)`);
const SINGLE = new RegExp(`^(\\d{1,2})(?:([.．、](?!\\d))(${SPACE}*)|(${SPACE}+))`);
/** "一、" as the rules write it; "一．", "一." and "一 " as writers also type it. */
const HAN = new RegExp(
  `^([一二三四五六七八九十]{1,3})([、．.]|${SPACE}(?=${SPACE}*[^\\s\\u3000一二三四五六七八九十]))(${SPACE}*)`,
);
const HAN_PAREN = new RegExp(`^[（(]([一二三四五六七八九十]{1,3})[）)](${SPACE}*)`);
const PAREN = new RegExp(`^[（(](\\d{1,2})[）)](${SPACE}*)`);
/** "第一部分 学校概况", "第二章：人才培养", "第3章 …". */
const CHAPTER = new RegExp(`^第([一二三四五六七八九十]{1,3}|\\d{1,2})(章|部分)(${SPACE}*[：:、.．]?${SPACE}*)`);

export function matchHeadingNumber(text: string): HeadingNumber | null {
  let m = CHAPTER.exec(text);
  if (m && text.length > m[0].length) {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : hanNumber(m[1]!);
    return { form: 'chapter', numbers: [n], typed: `第${m[1]}${m[2]}`, length: m[0].length };
  }
  m = MULTI.exec(text);
  if (m) {
    const rest = text.slice(m[0].length);
    if (rest.length === 0 || /^\d/.test(rest)) return null;
    if (!m[2] && !m[3] && UNIT_AFTER_NUMBER.test(rest)) return null;
    return { form: 'multi', numbers: m[1]!.split(/[.．]/).map(Number), typed: m[1]! + m[2]!, length: m[0].length };
  }
  m = SINGLE.exec(text);
  if (m && text.length > m[0].length) {
    // "2025 年…" is a year, not chapter 2025: decimal chapters stay below 100.
    return { form: 'single', numbers: [Number(m[1])], typed: m[1]! + (m[2] ?? ''), length: m[0].length };
  }
  m = HAN.exec(text);
  if (m && text.length > m[0].length)
    return { form: 'han', numbers: [hanNumber(m[1]!)], typed: `${m[1]}${m[2]!.trim()}`, length: m[0].length };
  m = HAN_PAREN.exec(text);
  if (m && text.length > m[0].length)
    return {
      form: 'han-paren',
      numbers: [hanNumber(m[1]!)],
      typed: text.slice(0, m[0].length - m[2]!.length),
      length: m[0].length,
    };
  m = PAREN.exec(text);
  if (m && text.length > m[0].length)
    return {
      form: 'paren',
      numbers: [Number(m[1])],
      typed: text.slice(0, m[0].length - m[2]!.length),
      length: m[0].length,
    };
  return null;
}

const HAN_DIGITS = '一二三四五六七八九';

/** 一 … 九十九 as written in section numbers. */
export function hanNumber(han: string): number {
  const ten = han.indexOf('十');
  if (ten === -1) return HAN_DIGITS.indexOf(han) + 1;
  const tens = ten === 0 ? 1 : HAN_DIGITS.indexOf(han[0]!) + 1;
  const units = ten === han.length - 1 ? 0 : HAN_DIGITS.indexOf(han[ten + 1]!) + 1;
  return tens * 10 + units;
}

/**
 * The number that opens a report's chapters as 第一章 / 第一部分, among its heading numbers in
 * order: only ahead of the first 一、 or （一）. After one, they are a quoted document's (an
 * appended 管理办法's 第一章 总则), not the report's.
 */
export function reportChapter<T extends Pick<HeadingNumber, 'form'>>(numbers: readonly T[]): T | undefined {
  for (const n of numbers) {
    if (n.form === 'han' || n.form === 'han-paren') return undefined;
    if (n.form === 'chapter') return n;
  }
  return undefined;
}

const chineseLevels: Partial<Record<HeadingNumberForm, number>> = { han: 1, 'han-paren': 2, single: 3, paren: 4 };

/** The level a typed number means in a document numbered in `scheme`, or null when it is no heading there. */
export function levelInScheme(
  form: HeadingNumberForm,
  numbers: readonly number[],
  scheme: HeadingScheme,
): 1 | 2 | 3 | 4 | null {
  if (form === 'chapter') return 1;
  if (scheme.style === 'decimal') {
    if (form === 'multi') return numbers.length <= 4 ? (numbers.length as 2 | 3 | 4) : null;
    return form === 'single' ? 1 : null;
  }
  const level = chineseLevels[form];
  if (level === undefined) return null;
  const shifted = level + (scheme.chapters ? 1 : 0);
  return shifted <= 4 ? (shifted as 1 | 2 | 3 | 4) : null;
}

/** A heading keeps no sentence-final full stop ("1.1 规模和结构。" → "规模和结构"). */
export function headingTextEnd(text: string): number {
  // Tried only where such a run starts (the look-behind): else each of a long run inside the text scans to its end.
  const m = /(?<![。.．\s])[。.．\s]+$/.exec(text);
  return m ? m.index : text.length;
}
