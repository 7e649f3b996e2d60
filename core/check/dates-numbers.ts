import { zh } from '../zh';
import { type RawFinding, type Rule, excerptAround, raw } from './finding';
import { type Quantity, quantities } from './quantities';

/** Dates and numbers: impossible dates, shares over 100 %, totals and counts that do not add up. */

const m = zh.check.messages;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export const impossibleDate: Rule = ({ units }) => {
  const out: RawFinding[] = [];
  for (const u of units) {
    const t = u.text;
    for (const d of t.matchAll(/(?<![\d.-])(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?/g)) {
      const year = d[1] ? Number(d[1]) : null;
      const month = Number(d[2]);
      const day = d[3] ? Number(d[3]) : null;
      // "12个月" never matches; "13月" and "0月" are slips whatever follows.
      let problem: string | null = null;
      if (month < 1 || month > 12) problem = m.impossibleMonth(month);
      else if (day !== null) {
        const max = month === 2 && year !== null && !leap(year) ? 28 : DAYS[month - 1]!;
        if (day < 1 || day > max) problem = m.impossibleDay(month, day, max);
      }
      if (problem)
        out.push(raw(u, 'impossible-date', 'error', problem, excerptAround(t, d.index, d.index + d[0].length)));
    }
  }
  return out;
};

/** Words that make a percentage a share of something (it cannot exceed 100). */
const SHARE = /(?:比例|比重|占|[^增长速]率|覆盖面|普及率|合格率|就业率|达标率|通过率)/;
/** Growth, completion and comparison may pass 100 %. */
const NOT_SHARE = /(?:增长|增加|提高|提升|增幅|同比|环比|完成率|超额|上升|翻|倍|增速|增长率)/;

export const shareOver100: Rule = (input) => {
  const out: RawFinding[] = [];
  for (const q of quantities(input)) {
    if (q.measure !== '%' || q.number <= 100) continue;
    const t = q.unit.text;
    const clauseStart = Math.max(...['，', '。', '；', '：', ',', ';'].map((c) => t.lastIndexOf(c, q.index - 1))) + 1;
    const clause = t.slice(clauseStart, q.index);
    if (!SHARE.test(clause) || NOT_SHARE.test(clause)) continue;
    out.push(
      raw(q.unit, 'share-over-100', 'error', m.shareOver100(`${q.number}%`), excerptAround(t, clauseStart, q.end, 4)),
    );
  }
  return out;
};

const GRADE = /(?:[特一二三四五六七八九十1-9]等奖|金奖|银奖|铜奖|优秀奖|国家级|省级|自治区级|州级|市级|县级|校级)$/;
const COUNT_UNITS = new Set(['项', '个', '名', '人', '所', '家', '门', '件', '篇', '次', '场']);
const sameFamily = (a: string, b: string) => a === b || (['项', '个'].includes(a) && ['项', '个'].includes(b));

/**
 * 获奖 11 项，特等奖 1 项，一等奖 1 项，二等奖 7 项: a total followed at once by its parts by
 * grade or level. Parts after 其中 may be a selection, so only a sum above the total counts there.
 */
export const totalDiffersFromParts: Rule = (input) => {
  const out: RawFinding[] = [];
  const qs = quantities(input);
  for (let i = 0; i < qs.length; i += 1) {
    const total = qs[i]!;
    if (!COUNT_UNITS.has(total.measure) || GRADE.test(total.key) || total.approx) continue;
    const t = total.unit.text;
    const parts: Quantity[] = [];
    let at = total.end;
    let selection = false;
    for (let j = i + 1; j < qs.length; j += 1) {
      const p = qs[j]!;
      if (p.unit !== total.unit) break;
      const gap = t.slice(at, p.index);
      // Parts follow one another, separated only by a comma and their grade.
      const between = gap.replace(/^[，、；,\s]*/, '');
      if (!/^[，、；,\s]/.test(gap) && parts.length === 0) break;
      const label = between.replace(/\s+/g, '');
      if (parts.length === 0 && /^其中/.test(label)) selection = true;
      const grade = label.replace(/^其中/, '').replace(/^(?:荣获|获得|获)/, '');
      if (!GRADE.test(grade) || grade.length > 8 || !sameFamily(p.measure, total.measure)) break;
      // 申报 11 项，荣获特等奖 1 项 …: the parts count what was won, the total what was entered.
      if (parts.length === 0 && /^(?:荣获|获得|获)/.test(label.replace(/^其中/, '')) && !/获/.test(total.key)) break;
      parts.push(p);
      at = p.end;
    }
    if (parts.length < 2) continue;
    const sum = parts.reduce((s, p) => s + p.value, 0);
    if (sum === total.value || (selection && sum < total.value)) continue;
    out.push(
      raw(
        total.unit,
        'total-differs-from-parts',
        'error',
        m.totalDiffersFromParts(total.value, sum, total.measure),
        excerptAround(t, total.index - Math.min(total.key.length, 10), at, 0),
      ),
    );
    i += parts.length;
  }
  return out;
};

const HAN_NUMBER: Record<string, number> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const KIND_UNITS = '个所家项门类种支座条部本';
const COUNT = `(\\d+|[一两二三四五六七八九十])\\s*([${KIND_UNITS}])`;

function countValue(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : HAN_NUMBER[s]!;
}

function countItems(list: string): { n: number; conjunction: boolean } {
  const items = list
    .replace(/（[^（）]*）|\([^()]*\)|“[^”]*”|《[^》]*》/g, (s) => s.replace(/[、，]/g, ''))
    .split('、');
  return { n: items.length, conjunction: items.some((it) => /[和及与]/.test(it)) };
}

/** 中职6所（A、B、C…各1所）, 四所学校（A、B、C、D）, A、B、C 3个专业: a count that does not match the items named. */
export const listCountDiffers: Rule = ({ units }) => {
  const out: RawFinding[] = [];
  for (const u of units) {
    const t = u.text;
    for (const c of t.matchAll(new RegExp(`${COUNT}[\\u4e00-\\u9fff]{0,8}[（(]([^（）()]{2,200})[）)]`, 'g'))) {
      const count = countValue(c[1]!);
      const inner = c[3]!;
      if (!inner.includes('、') || /等|\d+\s*[个所家项]/.test(inner.replace(/各\s*[1一]\s*[个所家项]$/, ''))) continue;
      // Only a plain list of names: an aside that says who did what (A牵头和B共同成立) is not one.
      if (inner.split('、').some((it) => it.length > 16 || /[和与及的了]|牵头|共同|成立/.test(it))) continue;
      const each = /各\s*(\d+|[一两二三四五六七八九十])\s*[个所家项名人]$/.exec(inner);
      const { n } = countItems(inner.replace(/各\s*\S+$/, ''));
      const expected = n * (each ? countValue(each[1]!) : 1);
      if (expected !== count)
        out.push(
          raw(
            u,
            'list-count-differs',
            'error',
            m.listCountDiffers(count, expected),
            excerptAround(t, c.index, c.index + c[0].length, 0),
          ),
        );
    }
    // Bracketed asides inside items (研究院（有限公司）) are masked so the list reads through them.
    const masked = t.replace(/（[^（）]*）|\([^()]*\)/g, (s) => '〇'.repeat(s.length));
    for (const c of masked.matchAll(new RegExp(`(?<=^|[，。；：:“”])([^，。；：:“”]{2,300}?)(等)?\\s*${COUNT}`, 'g'))) {
      const list = c[1]!;
      const last = list.slice(list.lastIndexOf('、') + 1);
      if (c[2] || !list.includes('、') || /\d/.test(list) || /等|各\s*$/.test(last)) continue;
      // The count must name the items themselves: "…赛项获 5 个铜奖" counts medals, not events.
      if (last.length > 14 || /[获为有达共是在将把被向从对开设立]/.test(last)) continue;
      const count = countValue(c[3]!);
      const { n, conjunction } = countItems(list);
      // More than listed may count instances of listed kinds (基地A、基地B 206个): only fewer is sure.
      if (count >= n || (conjunction && count === n + 1) || n < 2) continue;
      out.push(
        raw(
          u,
          'list-count-differs',
          'error',
          m.listCountDiffers(count, n),
          excerptAround(t, c.index, c.index + c[0].length, 0),
        ),
      );
    }
  }
  return out;
};

export const dateNumberRules: Rule[] = [impossibleDate, shareOver100, totalDiffersFromParts, listCountDiffers];
