/**
 * Numbers of the 数据 panel written the way Chinese reports write them: no thousands
 * separators (6531人, 18967.38万元), the unit right after the number, a ratio as 18.5:1.
 * A value is never rescaled on its own: 1.2亿元 only when the unit is 亿元.
 */

/** `value` with `decimals` fixed, or as typed (up to 6 decimals, float noise removed) when undefined. */
export function formatNumber(value: number, decimals?: number): string {
  if (decimals !== undefined) return (Object.is(value, -0) ? 0 : value).toFixed(decimals).replace(/^-(0\.?0*)$/, '$1');
  const clean = Number(value.toFixed(6));
  return String(Object.is(clean, -0) ? 0 : clean);
}

/** The number with its unit: 6531人, 98.5%, 18.5:1, 35m². */
export function withUnit(number: string, unit: string): string {
  return `${number}${unit.trim()}`;
}

export function formatValue(value: number | null, unit: string, decimals?: number): string {
  return value === null ? '' : withUnit(formatNumber(value, decimals), unit);
}

/**
 * The change from 上年 in words: 增加56人（增长0.9%）, 减少0.5:1, 提高1.2个百分点, 持平. A share in %
 * changes in 百分点; a ratio's relative change is left out where it means little (:1) or
 * where 上年 was 0.
 */
export function changeText(delta: number, ratio: number | null, unit: string, decimals?: number): string {
  const shown = formatNumber(Math.abs(delta), decimals);
  if (Number(shown) === 0) return '持平';
  const up = delta > 0;
  if (unit.trim() === '%' || unit.trim() === '％') return `${up ? '提高' : '下降'}${shown}个百分点`;
  const amount = unit.trim() === ':1' ? shown : withUnit(shown, unit);
  const relative = ratio === null ? '' : `（${up ? '增长' : '下降'}${formatNumber(Math.abs(ratio) * 100, 1)}%）`;
  return `${up ? '增加' : '减少'}${amount}${relative}`;
}
