import type { TextUnit } from './finding';

/**
 * Numbers with their units and the words that name them ("专任教师为535人" → 专任教师,
 * 535, 人), read once per report and shared by the number, ratio and consistency rules.
 */
export interface Quantity {
  unit: TextUnit;
  /** Index of the number in the unit's text, and the end of its unit word. */
  index: number;
  end: number;
  /** The number as written (before 万/亿). */
  number: number;
  /** Decimals written: 12.2 → 1. */
  decimals: number;
  /** 万 = 1e4, 亿 = 1e8. */
  scale: number;
  /** Value in base units: 1.6亿元 → 160000000. */
  value: number;
  /** The unit word without its scale: 元, 人, %, 个 … ("" when none). */
  measure: string;
  /** 余, 多, 以上, 近, 约: the number is not exact. */
  approx: boolean;
  /** The words before the number in its clause, fillers (为, 达, 共 …) trimmed. */
  key: string;
  /** Index of the sentence in the unit (split at 。！？；). */
  sentence: number;
}

const MEASURES = [
  '人次',
  '课时',
  '学时',
  '平方米',
  '元',
  '人',
  '名',
  '个',
  '项',
  '所',
  '家',
  '台',
  '套',
  '门',
  '件',
  '册',
  '次',
  '场',
  '篇',
  '本',
  '条',
  '座',
  '间',
  '辆',
  '张',
  '部',
  '位',
  '亩',
  '组',
  '批',
  '支',
  '%',
  '％',
  '㎡',
];
const NUMBER = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(万|亿)?\\s*(余|多)?\\s*(${MEASURES.join('|')})?`, 'g');
const KEY_STOP = /[，。；：、！？,;:!?（）()“”"《》〈〉【】[\]\s\d%％.·—\-～~/]/;
const LEADING = /^(?:年|月|日|号|其中|全州|目前|现有|已经|已|共计|累计|完成|合计|总计|另有)+/;
const TRAILING = /(?:达到|达|为|共计|共|约|近|超过|超|计|是|有|总计|合计|累计)+$/;

export function readQuantities(units: readonly TextUnit[]): Quantity[] {
  const out: Quantity[] = [];
  for (const unit of units) {
    const t = unit.text;
    const sentenceStarts = [0, ...[...t.matchAll(/[。！？；]/g)].map((s) => s.index + 1)];
    for (const n of t.matchAll(NUMBER)) {
      const [whole, digits, scaleWord, roughWord, measure] = n;
      const index = n.index;
      const end = index + whole.length;
      const after = t.slice(end, end + 2);
      // Dates, grades, ranges and ratios are not quantities.
      if (!measure && /^\s*[年月日号级届期:：∶比\-－~～—.]/.test(t.slice(end))) continue;
      if (/[-－~～—.:：∶/]\s*$/.test(t.slice(Math.max(0, index - 2), index)) || /[a-zA-Z+]/.test(t[index - 1] ?? ''))
        continue;
      if (/^[+]/.test(t.slice(index + digits!.length))) continue;
      const number = Number(digits);
      const scale = scaleWord === '亿' ? 1e8 : scaleWord === '万' ? 1e4 : 1;
      const m = measure === '％' ? '%' : (measure ?? '');
      out.push({
        unit,
        index,
        end,
        number,
        decimals: digits!.includes('.') ? digits!.split('.')[1]!.length : 0,
        scale,
        value: number * scale,
        measure: m,
        approx:
          Boolean(roughWord) ||
          /^\s*(?:以上|余|多|左右)/.test(after + t.slice(end + 2, end + 4)) ||
          /(?:近|约|超过|逾)\s*$/.test(t.slice(Math.max(0, index - 3), index)),
        key: keyBefore(t, index),
        sentence: sentenceStarts.filter((s) => s <= index).length - 1,
      });
    }
  }
  return out;
}

export function keyBefore(t: string, index: number): string {
  let i = index;
  while (i > 0 && /\s/.test(t[i - 1]!)) i -= 1;
  const end = i;
  while (i > 0 && !KEY_STOP.test(t[i - 1]!)) i -= 1;
  return t.slice(i, end).replace(TRAILING, '').replace(LEADING, '');
}

/** A key without its generic tail (学生人数 → 学生 …) so that 教职工总数 and 教职工 meet. */
export function coreKey(key: string): string {
  return key
    .replace(/(?:的)?(?:总人数|总数|人数|数量|总量|学生|人员|数)$/, '')
    .replace(/^(?:已|共|累计|完成|现有|实际)/, '');
}

/** Is the stated figure the computed one, as far as its written precision and "以上" allow? */
export function agrees(stated: number, decimals: number, computed: number, relative = 0.015): boolean {
  const tolerance = Math.max(0.5 * 10 ** -decimals * 1.02, Math.abs(stated) * relative);
  return Math.abs(stated - computed) <= tolerance;
}

/** The power of ten (±1…±4) that turns the computed figure into the stated one, or 0. */
export function powerOfTenSlip(stated: number, computed: number): number {
  if (stated <= 0 || computed <= 0) return 0;
  const exponent = Math.log10(stated / computed);
  const k = Math.round(exponent);
  return k !== 0 && Math.abs(k) <= 4 && Math.abs(exponent - k) < Math.log10(1.06) ? k : 0;
}

export function formatNumber(v: number, digits = 2): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toFixed(Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : digits)));
}

const cache = new WeakMap<readonly TextUnit[], Quantity[]>();

/** Quantities are read once per check run and shared by every rule that needs them. */
export function quantities(input: { units: readonly TextUnit[] }): Quantity[] {
  let qs = cache.get(input.units);
  if (!qs) {
    qs = readQuantities(input.units);
    cache.set(input.units, qs);
  }
  return qs;
}
