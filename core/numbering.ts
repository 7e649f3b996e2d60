export const headingLevels = [1, 2, 3, 4] as const;
export type HeadingLevel = (typeof headingLevels)[number];

export type HeadingNumberingStyle = 'decimal' | 'chinese';
/** Whether chapters are called 第一章 or 第一部分, with the style's own sequence starting one level down. */
export type ChapterLabel = 'none' | 'chapter' | 'part';

/**
 * Heading counters that follow document order: a heading resets every deeper level, and a
 * level with no parent heading above it counts as if the parent were 0 (as Word does).
 */
export class HeadingCounter {
  private readonly counts = [0, 0, 0, 0];

  next(level: HeadingLevel): number[] {
    this.counts[level - 1]! += 1;
    for (let i = level; i < this.counts.length; i += 1) this.counts[i] = 0;
    return this.counts.slice(0, level);
  }
}

const chineseDigits = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (headings never reach 100). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${chineseDigits[tens]}十`;
  return tensPart + (ones === 0 ? '' : chineseDigits[ones]);
}

const chapterWords: Record<Exclude<ChapterLabel, 'none'>, string> = { chapter: '章', part: '部分' };

/**
 * The label shown before a heading's text, e.g. "2.1.3" or "（三）". Under 第一章 / 第一部分
 * the decimal sequence goes on from the chapter (第二章 → 2.1), and the Chinese one starts
 * afresh one level down (第二章 → 一、 → （一） → 1.).
 */
export function formatHeadingNumber(
  path: readonly number[],
  style: HeadingNumberingStyle,
  chapters: ChapterLabel = 'none',
): string {
  const level = path.length;
  const own = path[level - 1] ?? 0;
  if (chapters !== 'none') {
    if (level === 1) return `第${chineseNumeral(own)}${chapterWords[chapters]}`;
    if (style === 'chinese') return formatHeadingNumber(path.slice(1), style);
  }
  if (style === 'decimal') return path.join('.');
  switch (level) {
    case 1:
      return `${chineseNumeral(own)}、`;
    case 2:
      return `（${chineseNumeral(own)}）`;
    case 3:
      return `${own}.`;
    default:
      return `（${own}）`;
  }
}

/** The first heading's label at each level, as the settings show a style: "第一部分 / 一、 / （一） / 1.". */
export function headingNumberingPreview(style: HeadingNumberingStyle, chapters: ChapterLabel): string {
  return [[1], [1, 1], [1, 1, 1], [1, 1, 1, 1]].map((path) => formatHeadingNumber(path, style, chapters)).join(' / ');
}

/** Labels ending in 、 ） or a dot run straight into the heading's text; 2.1 and 第二章 take a space. */
export function labelledHeading(label: string, text: string): string {
  if (label === '') return text;
  return /[、）.]$/.test(label) ? `${label}${text}` : `${label} ${text}`;
}

export type FigureNumberingScope = 'continuous' | 'per-chapter';

export interface NumberingOptions {
  headingNumbering: HeadingNumberingStyle;
  chapterLabel: ChapterLabel;
  figureNumbering: FigureNumberingScope;
  /** Cases count through the report unless set per chapter. */
  caseNumbering?: FigureNumberingScope;
}

export interface Numbered {
  number: number;
  label: string;
}

/** A figure's or table's number, with its chapter's and its count in that chapter (for 图2-3). */
export interface CaptionNumber extends Numbered {
  chapter: number;
  numberInChapter: number;
}

/**
 * All the numbers of a report, handed out in reading order. The report tree and the live
 * editor both walk the document and ask this, so the editor, the PDF and the .docx can never
 * disagree. Cases, figures and tables each either count through the whole report (【案例24】,
 * 图53) or restart in each chapter (【案例2-1】, 图2-3).
 */
export class ReportNumberer {
  private readonly headings = new HeadingCounter();
  private chapter = 0;
  private cases = 0;
  private figures = 0;
  private tables = 0;
  private casesInChapter = 0;
  private figuresInChapter = 0;
  private tablesInChapter = 0;

  constructor(private readonly options: NumberingOptions) {}

  /**
   * An unnumbered heading (摘要, 参考文献, 致谢: `numbered` false) takes no number and leaves
   * every count as it was, so the chapter after it keeps its own.
   */
  heading(level: HeadingLevel, numbered = true): { numbers: number[]; label: string } {
    if (!numbered) return { numbers: [], label: '' };
    const numbers = this.headings.next(level);
    if (level === 1) {
      this.chapter = numbers[0]!;
      this.casesInChapter = 0;
      this.figuresInChapter = 0;
      this.tablesInChapter = 0;
    }
    return { numbers, label: formatHeadingNumber(numbers, this.options.headingNumbering, this.options.chapterLabel) };
  }

  caseStudy(): CaptionNumber {
    this.cases += 1;
    this.casesInChapter += 1;
    const number =
      this.options.caseNumbering === 'per-chapter' ? `${this.chapter}-${this.casesInChapter}` : String(this.cases);
    return {
      number: this.cases,
      label: `【案例${number}】`,
      chapter: this.chapter,
      numberInChapter: this.casesInChapter,
    };
  }

  figure(): CaptionNumber {
    this.figures += 1;
    this.figuresInChapter += 1;
    return this.captionNumber('图', this.figures, this.figuresInChapter);
  }

  table(): CaptionNumber {
    this.tables += 1;
    this.tablesInChapter += 1;
    return this.captionNumber('表', this.tables, this.tablesInChapter);
  }

  private captionNumber(prefix: string, n: number, inChapter: number): CaptionNumber {
    const label =
      this.options.figureNumbering === 'per-chapter' ? `${prefix}${this.chapter}-${inChapter}` : `${prefix}${n}`;
    return { number: n, label, chapter: this.chapter, numberInChapter: inChapter };
  }
}

/** ① … ⑳; past 20 (no list goes there) the digits in brackets. */
function circled(n: number): string {
  return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `（${n}）`;
}

const orderedMarkers = [(n: number) => `${n}.`, (n: number) => `（${n}）`, circled];
/** 公文 numbers its third level 1． with a full-width dot, which keeps the marker on the character grid. */
const officialMarkers = [(n: number) => `${n}．`, (n: number) => `（${n}）`, circled];
const bulletMarkers = ['•', '◦', '▪'];

/**
 * The markers of a list's items, as Chinese documents number a multi-level list: 1. → （1）
 * → ①, and • → ◦ → ▪, deeper levels repeating the cycle. The top level counts from `start`
 * (a list that goes on from one above it, as Word's 继续编号); a deeper level starts again at 1
 * under each item above it. The editor draws the same markers in CSS (styles.css, .rp-ol).
 * `official` gives the 公文 form of the first level, 1． with a full-width dot.
 */
export function listMarkers(
  items: readonly { depth: number; ordered: boolean }[],
  official = false,
  start = 1,
): string[] {
  const markers = official ? officialMarkers : orderedMarkers;
  const counts: number[] = [start - 1];
  return items.map(({ depth, ordered }) => {
    counts.length = depth + 1;
    const n = (counts[depth] ?? 0) + 1;
    counts[depth] = n;
    return ordered ? markers[depth % 3]!(n) : bulletMarkers[depth % 3]!;
  });
}
