import type { HeadingBlock } from '../report-tree';
import { zh } from '../zh';
import { type CheckInput, type RawFinding, type Rule, type TextUnit, excerptAround, raw } from './finding';
import { type Quantity, agrees, coreKey, formatNumber, powerOfTenSlip, quantities } from './quantities';

/**
 * Ratios and shares recomputed from the numbers the report states. Inputs are looked for in
 * the same sentence, then the paragraph, the section, and for the report-wide base quantities
 * (在校生, 专任教师, 教职工) anywhere, the 基本情况 chapter first. A result off by a power of ten
 * is a unit slip (29042万元 for 2.9万元); other differences are errors when the inputs come from
 * the same paragraph, and warnings beyond 10% otherwise, since figures elsewhere may have another scope.
 */

const m = zh.check.messages;
const STUDENTS = /在校(?:学)?生(?:人数|总数)?$/;
const TEACHERS = /(?:专任教师|专职教师)$/;

type Scope = 'paragraph' | 'section' | 'report';

interface Found {
  q: Quantity;
  scope: Scope;
}

/**
 * The quantity whose core key matches, nearest first: before `at` in the same text, then the section, then the report.
 */
function find(input: CheckInput, at: Quantity, match: (q: Quantity) => boolean, reportWide: boolean): Found | null {
  const qs = quantities(input).filter((q) => q !== at && match(q));
  const here = qs.filter((q) => q.unit === at.unit && q.index < at.index);
  if (here.length) return { q: here[here.length - 1]!, scope: 'paragraph' };
  const sameUnit = qs.find((q) => q.unit === at.unit);
  if (sameUnit) return { q: sameUnit, scope: 'paragraph' };
  const section = qs.find((q) => q.unit.section === at.unit.section);
  if (section) return { q: section, scope: 'section' };
  if (!reportWide || qs.length === 0) return null;
  const basics = chapter(input.tree.headings, '基本情况');
  return { q: qs.find((q) => basics.has(q.unit.section)) ?? qs[0]!, scope: 'report' };
}

/** Sections (heading indices) of the chapter whose title contains `title`. */
function chapter(headings: readonly HeadingBlock[], title: string): Set<number> {
  const out = new Set<number>();
  let inside = false;
  headings.forEach((h, i) => {
    if (h.level === 1) inside = h.text.includes(title);
    if (inside) out.add(i);
  });
  return out;
}

const people = (q: Quantity) => q.measure === '人' || q.measure === '名';
const sameMeasure = (a: string, b: string) => a === b || (['人', '名'].includes(a) && ['人', '名'].includes(b));
const students = (q: Quantity) => people(q) && STUDENTS.test(q.key);
const teachers = (q: Quantity) => people(q) && TEACHERS.test(coreKey(q.key));

interface Check {
  stated: Quantity;
  computed: number;
  inputs: Found[];
  /** How the result was computed, in Chinese, for the message. */
  basis: string;
  /** What the stated figure should read, in the stated unit. */
  expected: string;
}

function judge(c: Check, out: RawFinding[]): void {
  const { stated } = c;
  const statedValue = stated.value;
  const computedInStated = c.computed / stated.scale;
  if (
    agrees(stated.number, stated.decimals, computedInStated) ||
    (stated.approx &&
      c.computed >= statedValue * 0.985 &&
      /以上|超过/.test(stated.unit.text.slice(stated.end, stated.end + 3)))
  )
    return;
  const t = stated.unit.text;
  const excerpt = excerptAround(t, Math.max(0, stated.index - 12), stated.end, 0);
  const slip = powerOfTenSlip(statedValue, c.computed);
  if (slip !== 0) {
    out.push(
      raw(stated.unit, 'unit-slip', 'error', m.unitSlip(10 ** Math.abs(slip), slip > 0, c.basis), excerpt, c.expected),
    );
    return;
  }
  // Inputs from elsewhere may have another scope (全州 vs 中职): only a clear difference, as a warning.
  const local = c.inputs.every((i) => i.scope === 'paragraph');
  if (local || Math.abs(statedValue - c.computed) > 0.1 * c.computed)
    out.push(
      raw(stated.unit, 'ratio-mismatch', local ? 'error' : 'warning', m.ratioMismatch(c.basis), excerpt, c.expected),
    );
}

const n = (q: Quantity) =>
  `${formatNumber(q.number, 4)}${q.scale === 1e4 ? '万' : q.scale === 1e8 ? '亿' : ''}${q.measure}`;

export const ratios: Rule = (input) => {
  const out: RawFinding[] = [];
  for (const u of input.units) {
    const t = u.text;
    // 生师比 12.2:1 / 师生比 1:159
    for (const r of t.matchAll(/(生师比|师生比)[^\d，。；]{0,6}(\d+(?:\.\d+)?)\s*[:：∶]\s*(\d+(?:\.\d+)?)/g)) {
      const a = Number(r[2]);
      const b = Number(r[3]);
      if (a <= 0 || b <= 0) continue;
      const statedRatio = Math.max(a, b) / Math.min(a, b);
      const anchor = quantityAt(u, r.index);
      const s = find(input, anchor, students, true);
      const tt =
        find(
          input,
          anchor,
          (q) =>
            people(q) &&
            /(?:教师|老师)$/.test(coreKey(q.key)) &&
            q.index < r.index &&
            q.unit === u &&
            q.sentence === anchor.sentence,
          false,
        ) ?? find(input, anchor, teachers, true);
      if (!s || !tt) continue;
      const computed = s.q.value / tt.q.value;
      const dec = (String(Math.max(a, b)).split('.')[1] ?? '').length;
      const fake: Quantity = {
        ...anchor,
        number: statedRatio,
        decimals: dec,
        scale: 1,
        value: statedRatio,
        approx: false,
        index: r.index,
        end: r.index + r[0].length,
      };
      const expected = r[1] === '生师比' ? `${formatNumber(computed, 1)}:1` : `1:${formatNumber(computed, 1)}`;
      judge(
        {
          stated: fake,
          computed,
          inputs: [s, tt],
          basis: m.basisRatio(n(s.q), n(tt.q)),
          expected: `${r[1]} ${expected}`,
        },
        out,
      );
    }
    // 就业率 98%: 就业人数 / 毕业生
    for (const r of t.matchAll(/就业率[^\d，。；]{0,4}(\d+(?:\.\d+)?)\s*[%％]/g)) {
      const stated = quantities(input).find((q) => q.unit === u && q.index === r.index + r[0].indexOf(r[1]!));
      if (!stated) continue;
      const grads = find(input, stated, (q) => people(q) && /毕业生/.test(q.key) && !/就业|升/.test(q.key), false);
      const employed = find(
        input,
        stated,
        (q) => people(q) && /就业(?:人数)?$/.test(coreKey(q.key)) && !/直接/.test(q.key),
        false,
      );
      if (!grads || !employed || grads.scope !== 'paragraph' || employed.scope !== 'paragraph') continue;
      const computed = (employed.q.value / grads.q.value) * 100;
      judge(
        {
          stated,
          computed,
          inputs: [grads, employed],
          basis: m.basisShare(n(employed.q), n(grads.q)),
          expected: `${formatNumber(computed, 1)}%`,
        },
        out,
      );
    }
    // 占毕业生总数 64.7%: the part is the number just before 占.
    for (const r of t.matchAll(/占([^\d，。；%]{1,12}?)(?:的)?(?:比例)?(?:为|达|约)?\s*(\d+(?:\.\d+)?)\s*[%％]/g)) {
      const stated = quantities(input).find(
        (q) => q.unit === u && q.measure === '%' && q.index >= r.index && q.index < r.index + r[0].length,
      );
      const part = quantities(input)
        .filter(
          (q) =>
            q.unit === u &&
            q.end <= r.index &&
            q.measure !== '%' &&
            /^[，,\s]*$/.test(t.slice(q.end, r.index).replace(/^(?:以上|余|多|左右)/, '')),
        )
        .pop();
      if (!stated || !part) continue;
      const wholeKey = coreKey(r[1]!.replace(/^(?:全州|全部|全体)/, ''));
      if (wholeKey.length < 2) continue;
      const whole = find(
        input,
        stated,
        (q) => sameMeasure(q.measure, part.measure) && q !== part && coreKey(q.key).endsWith(wholeKey),
        true,
      );
      if (!whole) continue;
      const computed = (part.value / whole.q.value) * 100;
      judge(
        {
          stated,
          computed,
          inputs: [{ q: part, scope: 'paragraph' }, whole],
          basis: m.basisShare(n(part), n(whole.q)),
          expected: `${formatNumber(computed, 1)}%`,
        },
        out,
      );
    }
    // 生均X: a total of X over the students.
    for (const r of t.matchAll(
      /生均([\u4e00-\u9fff]{0,12}?)(?:达到|达|为|约)?\s*(\d+(?:\.\d+)?)\s*(万|亿)?\s*(元|册|个|台|套|本|平方米|㎡)(?![/／]生)/g,
    )) {
      const stated = quantities(input).find(
        (q) => q.unit === u && q.index >= r.index && q.index < r.index + r[0].length,
      );
      if (!stated) continue;
      const what = r[1]!;
      const total =
        what.length >= 2
          ? find(
              input,
              stated,
              (q) => q.measure === stated.measure && !q.key.includes('生均') && q.key.endsWith(what),
              false,
            )
          : (() => {
              const before = quantities(input).filter(
                (q) =>
                  q.unit === u &&
                  q.sentence === stated.sentence &&
                  q.index < stated.index &&
                  q.measure === stated.measure &&
                  !q.key.includes('生均'),
              );
              const q = before[before.length - 1];
              return q ? ({ q, scope: 'paragraph' } as Found) : null;
            })();
      const s = find(input, stated, students, true);
      if (!total || !s) continue;
      const computed = total.q.value / s.q.value;
      const inStated = computed / stated.scale;
      const unscaled = stated.scale !== 1 ? `（${formatNumber(computed, 0)}${stated.measure}）` : '';
      const expected = `生均${what}约 ${formatNumber(inStated, 2)}${r[3] ?? ''}${stated.measure}${unscaled}`;
      judge({ stated, computed, inputs: [total, s], basis: m.basisPerStudent(n(total.q), n(s.q)), expected }, out);
    }
  }
  return out;
};

/** A stand-in quantity at a position of a text, for searches that start there. */
function quantityAt(unit: TextUnit, index: number): Quantity {
  const sentence = [...unit.text.slice(0, index).matchAll(/[。！？；]/g)].length;
  return {
    unit,
    index,
    end: index,
    number: 0,
    decimals: 0,
    scale: 1,
    value: 0,
    measure: '',
    approx: false,
    key: '',
    sentence,
  };
}

export const ratioRules: Rule[] = [ratios];
