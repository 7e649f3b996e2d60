export const headingLevels = [1, 2, 3, 4] as const;
export type HeadingLevel = (typeof headingLevels)[number];

export type HeadingNumberingStyle = 'decimal' | 'chinese';

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

/** The label shown before a heading's text, e.g. "2.1.3" or "（三）". */
export function formatHeadingNumber(path: readonly number[], style: HeadingNumberingStyle): string {
  const level = path.length;
  const own = path[level - 1] ?? 0;
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
