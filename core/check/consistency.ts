import { zh } from '../zh';
import { type RawFinding, type Rule, excerptAround } from './finding';
import { type Quantity, coreKey, quantities } from './quantities';

/**
 * One quantity stated with different values in different places (就业率 96% here, 98% there;
 * 入驻准东产业学院 3300 / 4000 / 6000 余名). Keys meet when one ends with the other
 * (…学生入驻准东产业学院 and 入驻准东产业学院), so a clause's lead-in does not hide a match.
 * Only specific keys take part: five characters or more, or a rate (就业率); short ones such as
 * 一等奖 name different things in different sentences. A warning: scopes may differ.
 */

const m = zh.check.messages;
const MIN_KEY = 5;
const RATE = /[\u4e00-\u9fff]{2}率$/;

interface Group {
  key: string;
  measure: string;
  members: Quantity[];
}

/** Time words make the same words a different quantity (2024年 vs 2025年, 同比). */
const TIME_BOUND = /(?:同比|去年|上年|今年|本年|年内|预计|计划|目标|新增|累计|增长|增加|提高|下降|减少)/;

export const inconsistentValue: Rule = (input) => {
  const candidates = quantities(input)
    .map((q) => ({ q, key: keyOf(q) }))
    .filter(
      ({ q, key }) =>
        q.measure !== '' && !TIME_BOUND.test(q.key) && (key.length >= MIN_KEY || (q.measure === '%' && RATE.test(key))),
    )
    .sort((a, b) => a.key.length - b.key.length);
  const groups: Group[] = [];
  for (const { q, key } of candidates) {
    const group = groups
      .filter((g) => g.measure === q.measure && key.endsWith(g.key))
      .sort((a, b) => b.key.length - a.key.length)[0];
    if (group) group.members.push(q);
    else groups.push({ key, measure: q.measure, members: [q] });
  }
  const out: RawFinding[] = [];
  for (const g of groups) {
    // Different values in one paragraph are usually an enumeration (一是…共建基地2个；二是…5个).
    const differsAcrossBlocks = g.members.some((a) =>
      g.members.some((b) => a.value !== b.value && a.unit.blockPath.join() !== b.unit.blockPath.join()),
    );
    if (!differsAcrossBlocks) continue;
    const members = [...g.members].sort((a, b) => order(a) - order(b));
    const first = members[0]!;
    const places = members.map((q) => excerptAround(q.unit.text, Math.max(0, q.index - q.key.length), q.end, 2));
    out.push({
      rule: 'inconsistent-value',
      severity: 'warning',
      message: m.inconsistentValue(g.key, members.map(written)),
      excerpt: places.join(' ｜ '),
      blockPath: first.unit.blockPath,
      section: first.unit.section,
    });
  }
  return out;
};

/** Position in reading order, from the block path (up to four levels deep) and the place in the text. */
function order(q: Quantity): number {
  return [...q.unit.blockPath, 0, 0, 0, 0].slice(0, 4).reduce((s, p) => s * 1000 + p, 0) * 100000 + q.index;
}

/** The figure as the report writes it: 3300余名, 96%以上. */
function written(q: Quantity): string {
  const t = q.unit.text;
  return t.slice(q.index, q.end).replace(/\s+/g, '') + (/^\s*以上/.test(t.slice(q.end)) ? '以上' : '');
}

function keyOf(q: Quantity): string {
  const core = coreKey(q.key);
  if (q.measure === '%') {
    const rate = /([\u4e00-\u9fff]*率)/.exec(core);
    return rate ? rate[1]! : core;
  }
  return core;
}

export const consistencyRules: Rule[] = [inconsistentValue];
