/**
 * Units of the 数据 panel. A quantity's value is stored in its own unit (万元, 亩, 万册 …); a
 * formula works in base units (元, m², plain counts), and an indicator's declared unit turns
 * the result back (% multiplies a ratio by 100, 万元 divides 元 by 10,000). Money and area are
 * the only dimensions tracked: people, books and machines all count as plain numbers, so
 * 册 ÷ 人 is a plain number that an indicator may call 册 (生均图书).
 */

/** Exponents of money (元) and area (m²): 万元 is {money: 1}, 元/m² is {money: 1, area: -1}. */
export interface Dimension {
  money: number;
  area: number;
}

export interface UnitInfo {
  dimension: Dimension;
  /** Base units in one of this unit: 万元 → 10,000 (元), 亩 → 666.67 (m²), % → 0.01. */
  factor: number;
}

export const PLAIN: Dimension = { money: 0, area: 0 };
const MONEY: Dimension = { money: 1, area: 0 };
const AREA: Dimension = { money: 0, area: 1 };

/** Scale words in front of a unit, longest first. 千 and 百 are left out: 百分点, 千克 are not scaled. */
const SCALES: [string, number][] = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['亿', 1e8],
  ['万', 1e4],
];

const NAMED: Record<string, UnitInfo> = {
  元: { dimension: MONEY, factor: 1 },
  'm²': { dimension: AREA, factor: 1 },
  m2: { dimension: AREA, factor: 1 },
  '㎡': { dimension: AREA, factor: 1 },
  平方米: { dimension: AREA, factor: 1 },
  亩: { dimension: AREA, factor: 10_000 / 15 },
  公顷: { dimension: AREA, factor: 10_000 },
  '%': { dimension: PLAIN, factor: 0.01 },
  '％': { dimension: PLAIN, factor: 0.01 },
  '‰': { dimension: PLAIN, factor: 0.001 },
  /** A ratio written 18.5:1 (生师比). */
  ':1': { dimension: PLAIN, factor: 1 },
};

/**
 * What a unit means. Any unit not known here (人, 册, 台, 个, 人次 …) is a plain count;
 * a scale word in front (万元, 万册, 万平方米, 亿元) multiplies.
 */
export function unitInfo(unit: string): UnitInfo {
  const u = unit.trim();
  const named = NAMED[u];
  if (named) return named;
  if (u === '千元') return { dimension: MONEY, factor: 1e3 };
  for (const [scale, times] of SCALES) {
    if (u.startsWith(scale) && u.length > scale.length) {
      const rest = unitInfo(u.slice(scale.length));
      return { dimension: rest.dimension, factor: rest.factor * times };
    }
  }
  return { dimension: PLAIN, factor: 1 };
}

export function sameDimension(a: Dimension, b: Dimension): boolean {
  return a.money === b.money && a.area === b.area;
}

export function combine(a: Dimension, b: Dimension, sign: 1 | -1): Dimension {
  return { money: a.money + sign * b.money, area: a.area + sign * b.area };
}

/** The dimension in words, for messages: 金额、面积、金额/面积 … or 数量. */
export function dimensionName(d: Dimension): string {
  const part = (name: string, e: number) => (e === 0 ? '' : e === 1 ? name : `${name}^${e}`);
  const top = [part('金额', Math.max(0, d.money)), part('面积', Math.max(0, d.area))].filter(Boolean);
  const bottom = [part('金额', Math.max(0, -d.money)), part('面积', Math.max(0, -d.area))].filter(Boolean);
  if (top.length === 0 && bottom.length === 0) return '数量';
  return `${top.join('×') || '1'}${bottom.length ? `/${bottom.join('×')}` : ''}`;
}

/** A value in `unit` in base units (6.5万元 → 65,000). */
export const toBase = (value: number, unit: string): number => value * unitInfo(unit).factor;
/** A value in base units in `unit` (65,000 元 → 6.5 万元). */
export const fromBase = (value: number, unit: string): number => value / unitInfo(unit).factor;
