import { zh } from '../zh';
import { type RawFinding, type Rule, type TextUnit, excerptAround, raw } from './finding';
import { MEASURE_WORDS, MEASURE_WORD_STARTS, REDUPLICATED, REPEATED_WORDS, STRAY_LATIN, WORDS } from './lexicon';

/** Text: doubled characters and words, doubled measure words, stray English words, mixed punctuation. */

const m = zh.check.messages;
/** Characters that turn a word into a longer one (企业 → 企业家). */
const WORD_SUFFIX = /[家者会员生院室节们性化型式长界]/;
const isHan = (c: string | undefined) =>
  c !== undefined && c.length > 0 && c.charCodeAt(0) >= 0x4e00 && c.charCodeAt(0) <= 0x9fff;
/** A pair of UTF-16 units as one number: cheaper to count than a two-character string. */
const pairCode = (s: string, i: number) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);

/** Two-character sequences and how often each occurs in the report: the report is its own dictionary. */
function bigramCounts(units: readonly TextUnit[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const u of units) {
    const t = u.text;
    for (let i = 0; i + 1 < t.length; i += 1) {
      const a = t.charCodeAt(i);
      const b = t.charCodeAt(i + 1);
      if (a < 0x4e00 || a > 0x9fff || b < 0x4e00 || b > 0x9fff) continue;
      const bg = a * 0x10000 + b;
      counts.set(bg, (counts.get(bg) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * A single character typed twice: 学学习. Only flagged where the doubled character plainly starts a
 * word and does not end one.
 */
function doubledChar(t: string, i: number, bigrams: Map<number, number>): boolean {
  const x = t[i]!;
  if (REDUPLICATED.has(x) || /[一二三四五六七八九十百千万零〇]/.test(x)) return false;
  if (t[i + 2] === x || t[i - 1] === x) return false; // three in a row: an interjection or a run of marks
  // AABB, as in 认认真真: a doubled word, not a slip
  if ((isHan(t[i + 2]) && t[i + 2] === t[i + 3]) || (i >= 2 && isHan(t[i - 2]) && t[i - 2] === t[i - 1])) return false;
  const before = t[i - 1];
  const next = t[i + 2];
  if (!isHan(next)) return false;
  const after = x + next;
  const afterCount = bigrams.get(pairCode(t, i + 1)) ?? 0;
  if (isHan(before)) {
    const pair = before + x;
    // 学校|校长, 技能|能力, 示范课|课堂: the character ends one word and starts the next. The
    // report is its own dictionary: a pair it uses often is a word.
    if (WORDS.has(pair) || WORDS.has(t.slice(i - 2, i + 1))) return false;
    if ((bigrams.get(pairCode(t, i - 1)) ?? 0) >= Math.max(4, 0.12 * afterCount)) return false;
  }
  // x+next must be a word for the first x to be a stray copy (学|学习).
  return WORDS.has(after) || afterCount >= 3;
}

export const doubledWord: Rule = ({ units }) => {
  const out: RawFinding[] = [];
  const bigrams = bigramCounts(units);
  for (const u of units) {
    const t = u.text;
    let i = 0;
    while (i < t.length) {
      let hit = 0;
      for (let len = 4; len >= 2 && !hit; len -= 1) {
        if (t[i] !== t[i + len]) continue;
        const a = t.slice(i, i + len);
        if (a.length < len || ![...a].every(isHan) || t.slice(i + len, i + 2 * len) !== a) continue;
        // 一个一个, 一步一步: a counted repetition; 企业企业家: a word, then a longer word it starts.
        if (new Set(a).size === 1 || REPEATED_WORDS.has(a) || /^一.$/.test(a) || WORD_SUFFIX.test(t[i + 2 * len] ?? ''))
          continue;
        hit = len;
      }
      if (!hit && isHan(t[i]) && t[i + 1] === t[i] && doubledChar(t, i, bigrams)) hit = 1;
      if (hit) {
        const word = t.slice(i, i + hit);
        out.push(
          raw(
            u,
            'doubled-word',
            'error',
            m.doubledWord(word),
            excerptAround(t, i, i + 2 * hit),
            t.slice(Math.max(0, i - 6), i + hit) + t.slice(i + 2 * hit, i + 2 * hit + 6),
          ),
        );
        i += 2 * hit;
      } else i += 1;
    }
    // A clause typed twice: 培训，培训，
    for (let k = nextMark(t, 0); k >= 0; k = nextMark(t, k + 1)) {
      const clause = repeatedClause(t, k);
      if (clause)
        out.push(
          raw(
            u,
            'doubled-word',
            'error',
            m.doubledClause(clause),
            excerptAround(t, k - clause.length, k + 1 + clause.length + 1),
            `${clause}${t[k]}`,
          ),
        );
    }
  }
  return out;
};

const MARKS = '，、；';

function nextMark(t: string, from: number): number {
  for (let i = from; i < t.length; i += 1) if (MARKS.includes(t[i]!)) return i;
  return -1;
}

/** The clause of 2–12 Chinese characters before the mark at k, when the same clause and mark (or the end) follow. */
function repeatedClause(t: string, k: number): string | null {
  for (let len = 2; len <= 12 && len <= k; len += 1) {
    if (t[k + 1] !== t[k - len] || !isHan(t[k - len])) continue;
    const a = t.slice(k - len, k);
    if (![...a].every(isHan)) continue;
    const after = t[k + 1 + len];
    if (t.startsWith(a, k + 1) && (after === undefined || after === t[k] || '，、；。'.includes(after))) return a;
  }
  return null;
}

const MEASURE_RE = new RegExp(`\\d(?:\\s*[万亿千])?\\s*([${MEASURE_WORDS.join('')}])\\1`, 'g');

export const doubledMeasureWord: Rule = ({ units }) => {
  const out: RawFinding[] = [];
  for (const u of units) {
    for (const mw of u.text.matchAll(MEASURE_RE)) {
      const unit = mw[1]!;
      const end = mw.index + mw[0].length;
      const next = u.text[end];
      if (next && MEASURE_WORD_STARTS.has(unit + next)) continue;
      out.push(
        raw(
          u,
          'doubled-measure-word',
          'error',
          m.doubledMeasureWord(unit),
          excerptAround(u.text, mw.index, end),
          u.text.slice(Math.max(0, mw.index - 6), end - 1),
        ),
      );
    }
  }
  return out;
};

const LATIN_WORD = /(?<=[\u4e00-\u9fff]\s*)([A-Za-z]+)(?=\s*[\u4e00-\u9fff])/g;

/**
 * An English function word between Chinese words (精神 and 表彰); abbreviations (SYB, 3D, 1+X) are never function words.
 */
export const strayLatinWord: Rule = ({ units }) => {
  const out: RawFinding[] = [];
  for (const u of units) {
    for (const w of u.text.matchAll(LATIN_WORD)) {
      const word = w[1]!;
      const lower = word.toLowerCase();
      // "and" or "And"; "OR", "IT" and other capitals are abbreviations.
      if (!STRAY_LATIN.has(lower) || (word !== lower && word !== lower[0]!.toUpperCase() + lower.slice(1))) continue;
      const suggestion = (zh.check.latinSuggestions as Record<string, string>)[lower];
      out.push(
        raw(
          u,
          'stray-latin-word',
          'error',
          m.strayLatinWord(word),
          excerptAround(u.text, w.index, w.index + word.length),
          suggestion,
        ),
      );
    }
  }
  return out;
};

/** Half-width marks that have a full-width form in Chinese text; digits around , and : are numbers and ratios. */
const HALF: { re: RegExp; full: string }[] = [
  { re: /(?<!\d),|,(?!\d)/g, full: '，' },
  { re: /;/g, full: '；' },
  { re: /(?<!\d\s*|[A-Za-z]):|:(?!\s*\d|\/\/)/g, full: '：' },
  { re: /\(/g, full: '（' },
  { re: /\)/g, full: '）' },
  { re: /!/g, full: '！' },
  { re: /\?/g, full: '？' },
];
const FULL = /[，；：（）！？、。“”]/;

/** Full-width and half-width marks in one sentence of Chinese text. */
export const mixedPunctuation: Rule = ({ units }) => {
  const out: RawFinding[] = [];
  for (const u of units) {
    if (!/[,;:()!?]/.test(u.text)) continue;
    let start = 0;
    for (const sentence of u.text.split(/(?<=[。！？])/)) {
      const s = sentence;
      if (FULL.test(s) && /[\u4e00-\u9fff].*[\u4e00-\u9fff].*[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(s)) {
        for (const { re, full } of HALF) {
          const hit = [...s.matchAll(re)].find(
            (h) =>
              isHan(s[h.index - 1]) ||
              isHan(s[h.index + 1]) ||
              /[\u4e00-\u9fff]/.test(s.slice(Math.max(0, h.index - 3), h.index + 4)),
          );
          if (!hit) continue;
          const pos = start + hit.index;
          out.push(
            raw(
              u,
              'mixed-punctuation',
              'warning',
              m.mixedPunctuation(hit[0], full),
              excerptAround(u.text, pos, pos + 1, 10),
              full,
            ),
          );
          break;
        }
      }
      start += s.length;
    }
  }
  return out;
};

export const textRules: Rule[] = [doubledWord, doubledMeasureWord, strayLatinWord, mixedPunctuation];
