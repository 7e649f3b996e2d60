import type {
  ComputedData,
  Indicator,
  IndicatorView,
  Quantity,
  QuantityView,
  ReportData,
  StandardStatus,
  ThresholdView,
} from './data-schema';
import { changeText, formatNumber, formatValue, withUnit } from './format';
import { type FormulaNode, FormulaError, parseFormula } from './formula';
import { type Standard, type StandardLine, lineLimitIn, meetsLine, zhongzhiStandard } from './standard';
import { type Dimension, PLAIN, combine, dimensionName, sameDimension, unitInfo } from './units';

/**
 * The 数据 panel's numbers worked out: every indicator evaluated from the quantities (this
 * year and 上年), each item set against its line of the standard. Pure and quick (a report's
 * few dozen items in well under a millisecond), so the UI recomputes on every change.
 */

interface Evaluated {
  /** In base units (元, m², plain numbers). */
  value: number;
  dimension: Dimension;
}

/** Why a formula has no value: data missing (缺数据) or a fault in the formula itself. */
class NoValue extends Error {
  constructor(
    readonly missing: readonly string[],
    readonly fault: string | null,
  ) {
    super(fault ?? `missing ${missing.join(', ')}`);
  }
}

type Year = 'current' | 'previous';

class Evaluator {
  private readonly quantities = new Map<string, Quantity>();
  private readonly indicators = new Map<string, Indicator>();
  private readonly parsed = new Map<string, FormulaNode | FormulaError>();
  private readonly done = new Map<string, Evaluated | NoValue>();
  private readonly running = new Set<string>();

  constructor(data: ReportData) {
    for (const q of data.quantities) this.quantities.set(q.name, q);
    for (const i of data.indicators) if (!this.quantities.has(i.name)) this.indicators.set(i.name, i);
  }

  /** The indicator's result in base units, or NoValue. */
  indicator(ind: Indicator, year: Year): Evaluated | NoValue {
    const key = `${year}\u0000${ind.name}`;
    const known = this.done.get(key);
    if (known) return known;
    if (this.running.has(key)) return new NoValue([], `公式循环引用了“${ind.name}”`);
    this.running.add(key);
    let result: Evaluated | NoValue;
    try {
      const node = this.parse(ind);
      // Units are checked before values: a formula that cannot fit its unit is wrong even while data is missing.
      const dimension = this.dimensionOf(node);
      const declared = unitInfo(ind.unit).dimension;
      if (!sameDimension(dimension, declared)) {
        throw new NoValue(
          [],
          `公式算出的是${dimensionName(dimension)}，与单位“${ind.unit || '无'}”（${dimensionName(declared)}）不符`,
        );
      }
      result = this.evaluate(node, year);
    } catch (err) {
      if (!(err instanceof NoValue)) throw err;
      result = err;
    }
    this.running.delete(key);
    this.done.set(key, result);
    return result;
  }

  private parse(ind: Indicator): FormulaNode {
    let node = this.parsed.get(ind.formula);
    if (!node) {
      try {
        node = parseFormula(ind.formula);
      } catch (err) {
        if (!(err instanceof FormulaError)) throw err;
        node = err;
      }
      this.parsed.set(ind.formula, node);
    }
    if (node instanceof FormulaError) throw new NoValue([], `公式有误：${node.message}`);
    return node;
  }

  /** The dimension of the formula's result, from the units alone (no values needed). */
  private dimensionOf(node: FormulaNode): Dimension {
    switch (node.kind) {
      case 'number':
        return PLAIN;
      case 'negate':
        return this.dimensionOf(node.operand);
      case 'name': {
        const q = this.quantities.get(node.name);
        if (q) return unitInfo(q.unit).dimension;
        const ind = this.indicators.get(node.name);
        if (ind) return unitInfo(ind.unit).dimension;
        throw new NoValue([], `没有名为“${node.name}”的数据`);
      }
      case 'binary': {
        const a = this.dimensionOf(node.left);
        const b = this.dimensionOf(node.right);
        if (node.op === '*' || node.op === '/') return combine(a, b, node.op === '*' ? 1 : -1);
        if (!sameDimension(a, b))
          throw new NoValue([], `${dimensionName(a)}与${dimensionName(b)}不能${node.op === '+' ? '相加' : '相减'}`);
        return a;
      }
    }
  }

  private evaluate(node: FormulaNode, year: Year): Evaluated {
    switch (node.kind) {
      case 'number':
        return { value: node.value, dimension: PLAIN };
      case 'negate': {
        const v = this.evaluate(node.operand, year);
        return { value: -v.value, dimension: v.dimension };
      }
      case 'name':
        return this.lookUp(
          node.name,
          node.previous || year === 'previous'
            ? node.previous && year === 'previous'
              ? 'before-last'
              : 'previous'
            : 'current',
        );
      case 'binary': {
        // Both sides are evaluated so that every empty quantity is named at once.
        const sides = [node.left, node.right].map((n) => {
          try {
            return this.evaluate(n, year);
          } catch (err) {
            if (err instanceof NoValue) return err;
            throw err;
          }
        });
        const fault = sides.find((s): s is NoValue => s instanceof NoValue && s.fault !== null);
        if (fault) throw fault;
        const missing = sides.flatMap((s) => (s instanceof NoValue ? s.missing : []));
        if (missing.length) throw new NoValue([...new Set(missing)], null);
        const [a, b] = sides as [Evaluated, Evaluated];
        // Dimensions were checked by dimensionOf before any value was read.
        if (node.op === '+' || node.op === '-')
          return { value: node.op === '+' ? a.value + b.value : a.value - b.value, dimension: a.dimension };
        if (node.op === '*') return { value: a.value * b.value, dimension: combine(a.dimension, b.dimension, 1) };
        if (b.value === 0) throw new NoValue([], '除数为 0');
        return { value: a.value / b.value, dimension: combine(a.dimension, b.dimension, -1) };
      }
    }
  }

  private lookUp(name: string, which: 'current' | 'previous' | 'before-last'): Evaluated {
    const q = this.quantities.get(name);
    if (q) {
      // 上年 of last year (前年) is not kept: an indicator's 上年 that needs it has none.
      const raw = which === 'current' ? q.value : which === 'previous' ? q.previous : null;
      if (raw === null) throw new NoValue([which === 'current' ? name : `${name}（上年）`], null);
      const unit = unitInfo(q.unit);
      return { value: raw * unit.factor, dimension: unit.dimension };
    }
    const ind = this.indicators.get(name);
    if (ind) {
      if (which === 'before-last') throw new NoValue([`${name}（上年）`], null);
      const r = this.indicator(ind, which);
      if (r instanceof NoValue) throw r.fault ? new NoValue([], `“${name}”${r.fault}`) : r;
      return r;
    }
    throw new NoValue([], `没有名为“${name}”的数据`);
  }
}

function thresholdOf(line: StandardLine | undefined, unit: string, decimals?: number): ThresholdView | null {
  if (!line || !sameDimension(unitInfo(line.unit).dimension, unitInfo(unit).dimension)) return null;
  const value = lineLimitIn(line, unit);
  const shownValue = formatNumber(value, decimals !== undefined && !Number.isInteger(value) ? decimals : undefined);
  return {
    op: line.op,
    value,
    unit,
    text: `${line.op === '>=' ? '≥' : '≤'} ${withUnit(shownValue, unit)}`,
    basis: `${line.article}：${line.words}`,
  };
}

function statusOf(
  line: StandardLine | undefined,
  threshold: ThresholdView | null,
  value: number | null,
  unit: string,
): StandardStatus {
  if (!line || !threshold) return 'none';
  if (value === null) return 'missing';
  return meetsLine(line, value, unit) ? 'met' : 'unmet';
}

function change(
  value: number | null,
  previous: number | null,
  unit: string,
  decimals?: number,
): QuantityView['change'] {
  if (value === null || previous === null) return null;
  const delta = value - previous;
  const percent = unit.trim() === '%' || unit.trim() === '％';
  const ratio = percent || unit.trim() === ':1' || previous === 0 ? null : delta / previous;
  return { delta, ratio, text: changeText(delta, ratio, unit, decimals) };
}

export function computeData(data: ReportData, standard: Standard = zhongzhiStandard): ComputedData {
  const lines = new Map(standard.lines.map((l) => [l.item, l]));
  const evaluator = new Evaluator(data);
  const quantities = data.quantities.map((q): QuantityView => {
    const line = lines.get(q.id);
    const threshold = thresholdOf(line, q.unit);
    return {
      ...q,
      text: formatValue(q.value, q.unit),
      previousText: formatValue(q.previous, q.unit),
      change: change(q.value, q.previous, q.unit),
      threshold,
      status: statusOf(line, threshold, q.value, q.unit),
    };
  });
  const indicators = data.indicators.map((ind): IndicatorView => {
    const now = evaluator.indicator(ind, 'current');
    const before = evaluator.indicator(ind, 'previous');
    const factor = unitInfo(ind.unit).factor;
    const value = now instanceof NoValue ? null : now.value / factor;
    const previous = before instanceof NoValue ? null : before.value / factor;
    const line = lines.get(ind.id);
    const threshold = thresholdOf(line, ind.unit, ind.decimals);
    return {
      ...ind,
      value,
      previous,
      text: formatValue(value, ind.unit, ind.decimals),
      previousText: formatValue(previous, ind.unit, ind.decimals),
      change: change(value, previous, ind.unit, ind.decimals),
      missing: now instanceof NoValue ? [...now.missing] : [],
      error: now instanceof NoValue ? now.fault : null,
      threshold,
      status: statusOf(line, threshold, value, ind.unit),
    };
  });
  return {
    quantities,
    indicators,
    standard: { name: standard.name, document: standard.document, issuedBy: standard.issuedBy },
  };
}

/** The formula's fault in Chinese (a parse error, an unknown name), or null when it can be evaluated. */
export function formulaProblem(data: ReportData, indicator: Indicator): string | null {
  const r = new Evaluator({
    ...data,
    indicators: [...data.indicators.filter((i) => i.id !== indicator.id), indicator],
  }).indicator(indicator, 'current');
  return r instanceof NoValue ? r.fault : null;
}
