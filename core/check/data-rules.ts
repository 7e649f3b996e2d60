import type { ComputedData, IndicatorView, QuantityView } from '../data/data-schema';
import { unitInfo } from '../data/units';
import { zh } from '../zh';
import { type RawFinding, type Rule, excerptAround, raw } from './finding';
import { type Quantity, coreKey, powerOfTenSlip, quantities } from './quantities';

/**
 * The text against the report's 数据: a figure typed next to a quantity's name that is not
 * the data's (在校生 6513 人 while the data says 6531), or is it times a power of ten (生均 …
 * 29042万元 for 29042元); a sentence claiming 达标 for an indicator the data puts below its
 * line; a data field whose value is still empty. Numbers printed by data fields agree by
 * construction, so only typed ones are found.
 */

const m = zh.check.messages;
type Item = QuantityView | IndicatorView;

/** A name as the text may shorten it: 在校生数 → 在校生, 教学仪器设备总值 → 教学仪器设备. */
function shortName(name: string): string {
  return coreKey(name.replace(/总(?=值|额)/, '')).replace(/(?:值|额)$/, '');
}

/** The unit the text gives: a measure word, or m² written after the number (the reader skips Latin). */
function statedUnit(q: Quantity): string {
  if (q.measure) return q.measure;
  return /^\s*(?:m²|m2|㎡)/.test(q.unit.text.slice(q.end)) ? 'm²' : '';
}

/** Whether the text's unit is the same kind as the item's: money for money, 人 for 人, % for %. */
function sameKind(stated: string, unit: string): boolean {
  const a = unitInfo(stated);
  const b = unitInfo(unit);
  if (a.dimension.money !== b.dimension.money || a.dimension.area !== b.dimension.area) return false;
  if (a.dimension.money || a.dimension.area) return true;
  const base = unit.replace(/^(?:千万|百万|十万|亿|万)/, '');
  const people = ['人', '名'];
  return (
    stated === base ||
    (people.includes(stated) && people.includes(base)) ||
    (stated === '%' && (base === '%' || base === '％'))
  );
}

/** The item the words before a typed figure name, the longest name first; 生均 figures only meet 生均 items. */
function itemFor(items: readonly Item[], q: Quantity, unit: string): Item | null {
  const key = coreKey(q.key)
    .replace(/总(?=值|额)/, '')
    .replace(/(?:值|额)$/, '');
  let best: Item | null = null;
  for (const item of items) {
    const short = shortName(item.name);
    if (short.length < 2 || !key.endsWith(short) || key.includes('生均') !== item.name.includes('生均')) continue;
    if (!sameKind(unit, item.unit)) continue;
    if (!best || short.length > shortName(best.name).length) best = item;
  }
  return best;
}

/**
 * The item's value, and how far a figure may be from it: a quantity is as exact as typed (the
 * text may give 18967.3836万元 where the data has 18967.38), an indicator exact.
 */
function valueAndRounding(item: Item): { value: number; rounding: number } | null {
  if (item.value === null) return null;
  const decimals = 'formula' in item ? null : (String(item.value).split('.')[1] ?? '').length;
  return { value: item.value, rounding: decimals === null ? 0 : 0.5 * 10 ** -decimals };
}

/** Time words make the figure another year's (上年, 同比 …), which the data's 上年 column holds. */
const OTHER_TIME = /(?:上年|去年|同比|前年|上一年|增加|减少|增长|新增)/;

/**
 * Whether the clause before the figure says it is of another time than the data: 上年, 同比 …,
 * or a year (2024年) other than the quantity's own (any year, when the quantity has none set).
 */
function otherTime(text: string, index: number, year: number | null): boolean {
  const clause =
    text
      .slice(0, index)
      .split(/[，。；：,;:]/)
      .at(-1) ?? '';
  if (OTHER_TIME.test(clause)) return true;
  return [...clause.matchAll(/(\d{4})\s*年/g)].some((y) => Number(y[1]) !== year);
}

export const differsFromData: Rule = (input) => {
  const items = allItems(input.data);
  if (items.length === 0) return [];
  const out: RawFinding[] = [];
  for (const q of quantities(input)) {
    const unit = statedUnit(q);
    if (!unit || q.approx) continue;
    const item = itemFor(items, q, unit);
    const data = item && valueAndRounding(item);
    if (!item || !data || otherTime(q.unit.text, q.index, 'formula' in item ? null : item.year)) continue;
    // Both in the text's own scale and unit: 2.9万元 against a value kept in 元.
    const perStated = q.scale * unitInfo(unit).factor;
    const expected = (data.value * unitInfo(item.unit).factor) / perStated;
    const tolerance = Math.max(0.5 * 10 ** -q.decimals, (data.rounding * unitInfo(item.unit).factor) / perStated);
    if (Math.abs(q.number - expected) <= tolerance * (1 + 1e-9)) continue;
    const excerpt = excerptAround(q.unit.text, Math.max(0, q.index - q.key.length), q.end, 2);
    const slip = powerOfTenSlip(q.number * perStated, data.value * unitInfo(item.unit).factor);
    if (slip !== 0)
      out.push(
        raw(
          q.unit,
          'unit-slip-from-data',
          'error',
          m.unitSlipFromData(item.name, item.text, 10 ** Math.abs(slip), slip > 0),
          excerpt,
          m.suggestData(item.text),
        ),
      );
    else
      out.push(
        raw(
          q.unit,
          'differs-from-data',
          'error',
          m.differsFromData(item.name, item.text),
          excerpt,
          m.suggestData(item.text),
        ),
      );
  }
  // Ratios (生师比 12.2:1), which the figure reader leaves out.
  for (const item of items.filter((i): i is IndicatorView => 'formula' in i && i.unit === ':1' && i.value !== null)) {
    const name = shortName(item.name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const u of input.units) {
      for (const r of u.text.matchAll(
        new RegExp(`${name}[^\\d，。；]{0,6}(\\d+(?:\\.\\d+)?)\\s*[:：∶]\\s*1(?![\\d.])`, 'g'),
      )) {
        const stated = Number(r[1]);
        const decimals = (r[1]!.split('.')[1] ?? '').length;
        if (Math.abs(stated - item.value!) <= 0.5 * 10 ** -decimals * (1 + 1e-9)) continue;
        if (otherTime(u.text, r.index + r[0].length, null)) continue;
        out.push(
          raw(
            u,
            'differs-from-data',
            'error',
            m.differsFromData(item.name, item.text),
            excerptAround(u.text, r.index, r.index + r[0].length, 2),
            m.suggestData(item.text),
          ),
        );
      }
    }
  }
  return out;
};

/** 达标, 达到（国家/设置）标准, 符合…标准, 满足…标准, not after 未/不/尚未/没有. */
const CLAIM = /(?<![未不没无])(?:达标|(?:达到|符合|满足)(?:了)?(?:国家|设置|办学|规定|相关)?(?:的)?(?:标准|要求))/g;
const NEGATED = /(?:未|不|尚未|没有|未能|不能|仍未)$/;
const ALL = /(?:各项|均|全部|都)/;

export const claimsStandardMet: Rule = (input) => {
  const items = allItems(input.data).filter((i) => i.threshold !== null);
  if (items.length === 0) return [];
  const unmet = items.filter((i) => i.status === 'unmet');
  const out: RawFinding[] = [];
  for (const u of input.units) {
    let start = 0;
    for (const sentence of u.text.split(/(?<=[。！？；])/)) {
      const from = start;
      start += sentence.length;
      const claims = [...sentence.matchAll(CLAIM)].filter(
        (c) => !NEGATED.test(sentence.slice(Math.max(0, c.index - 3), c.index)),
      );
      if (claims.length === 0) continue;
      const named = unmet.filter((i) => sentence.includes(shortName(i.name)) || sentence.includes(i.name));
      const excerpt = excerptAround(u.text, from, from + sentence.length, 0);
      for (const item of named)
        out.push(
          raw(
            u,
            'claims-standard-met',
            'error',
            m.claimsStandardMet(item.name, item.text, item.threshold!.text),
            excerpt,
          ),
        );
      const mentionsAny = items.some((i) => sentence.includes(shortName(i.name)));
      if (!mentionsAny && unmet.length && ALL.test(sentence))
        out.push(raw(u, 'claims-standard-met', 'warning', m.claimsAllMet(unmet.map((i) => i.name)), excerpt));
    }
  }
  return out;
};

/** Fields printed as ［名称：待填］ or ［数据已删除］ (core/data/fields.ts). */
export const dataFieldEmpty: Rule = (input) => {
  const out: RawFinding[] = [];
  for (const u of input.units) {
    for (const f of u.text.matchAll(/［([^［］]+)：待填］|［数据已删除］/g)) {
      const excerpt = excerptAround(u.text, f.index, f.index + f[0].length);
      out.push(raw(u, 'data-field-empty', 'warning', f[1] ? m.dataFieldEmpty(f[1]) : m.dataFieldGone, excerpt));
    }
  }
  return out;
};

function allItems(data: ComputedData | undefined): Item[] {
  return data ? [...data.quantities, ...data.indicators] : [];
}

export const dataRules: Rule[] = [differsFromData, claimsStandardMet, dataFieldEmpty];
