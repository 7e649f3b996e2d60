import { chineseNumeral } from '../../numbering';
import type { DocxList, DocxListLevel } from './model';

const CHINESE_FORMAT_NAMES = [
  'chineseCounting',
  'chineseCountingThousand',
  'chineseLegalSimplified',
  'ideographTraditional',
  'ideographLegalTraditional',
  'taiwaneseCounting',
  'taiwaneseCountingThousand',
];
/** Word's counting in Chinese numerals: 一、二、三. */
export const CHINESE_FORMATS = new RegExp(`^(?:${CHINESE_FORMAT_NAMES.join('|')})$`);

/** A numbered paragraph's place in its list. */
export interface ListedParagraph {
  numId: string;
  ilvl: number;
}

/** The number Word draws before a list paragraph, or why it draws none. */
export interface ListLabel {
  /** "第一章", "1.1", "（一）"; "" where the level draws no number. */
  text: string;
  /** The level shows no number (w:numFmt none, or a w:lvlText without one): 摘要, 参考文献 under a chapter list. */
  unnumbered: boolean;
  /** What Word sets after the number: a tab or a space (read as a space), or nothing. */
  suffix: DocxListLevel['suffix'];
  /** The count at the paragraph's own level: 3 for a list's third item, counted on across what stands between. */
  count: number;
}

/**
 * The labels Word draws for the list paragraphs of a document, in order (null for a paragraph
 * in no list, or a list the file does not define). Counters are Word's: lists sharing an
 * abstract list continue each other's counting; a level starts again after any item of a
 * level above it, and at a list's start override (once, at the list's first item there). A
 * legal level (w:isLgl) writes every level's number in digits ("1.1" under 第一章). A level
 * whose format is none, or whose text holds no number, draws its text alone and is unnumbered.
 */
export function listLabels(
  paragraphs: readonly (ListedParagraph | null)[],
  lists: ReadonlyMap<string, DocxList>,
): (ListLabel | null)[] {
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  return paragraphs.map((item) => {
    const list = item ? lists.get(item.numId) : undefined;
    const level = list?.levels.get(item!.ilvl);
    if (!item || !list || !level) return null;
    const count = counters.get(list.abstractId) ?? [];
    counters.set(list.abstractId, count);
    const restart = list.restarts.get(item.ilvl);
    const key = `${item.numId}:${item.ilvl}`;
    if (restart !== undefined && !restarted.has(key)) {
      restarted.add(key);
      count[item.ilvl] = restart - 1;
    }
    count[item.ilvl] = (count[item.ilvl] ?? level.start - 1) + 1;
    // A level above counted anew: the levels below it start again.
    count.length = item.ilvl + 1;
    const unnumbered = level.format === 'none' || !/%[1-9]/.test(level.text);
    const text =
      level.format === 'none'
        ? ''
        : level.text.replace(/%([1-9])/g, (_, k: string) => formatted(list, Number(k) - 1, count, level.legal));
    return { text, unnumbered, suffix: level.suffix, count: count[item.ilvl]! };
  });
}

/** Level `ilvl`'s counter as the level's format writes it; in digits under a legal level. */
function formatted(list: DocxList, ilvl: number, count: readonly number[], legal: boolean): string {
  const level = list.levels.get(ilvl);
  const n = count[ilvl] ?? level?.start ?? 1;
  const format = legal ? 'decimal' : (level?.format ?? 'decimal');
  if (CHINESE_FORMATS.test(format)) return chineseNumeral(n);
  if (format === 'decimalEnclosedCircle' || format === 'decimalEnclosedCircleChinese')
    return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
  if (format === 'upperLetter' || format === 'lowerLetter') {
    const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
    return format === 'upperLetter' ? letter : letter.toLowerCase();
  }
  if (format === 'upperRoman' || format === 'lowerRoman')
    return format === 'upperRoman' ? roman(n) : roman(n).toLowerCase();
  if (format === 'decimalZero') return n < 10 ? `0${n}` : String(n);
  return String(n);
}

function roman(n: number): string {
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}
