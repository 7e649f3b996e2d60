import type { Quantity, ReportData } from './data-schema';
import { sameDimension, unitInfo } from './units';

/**
 * 从去年的报告开始: last year's values become this year's 上年. A quantity is matched by name,
 * then by the template's id; its value is converted into this year's unit (元 last year, 万元 now). Last
 * year's own quantities that this report lacks are added, their value left to fill in.
 * Indicators need nothing: their 上年 is computed from the quantities' 上年.
 */
const USER_ID = /^[qi]-\d+$/;

export function takeLastYear(current: ReportData, lastYear: ReportData): ReportData {
  const quantities = current.quantities.map((q) => ({ ...q }));
  const ids = new Set([...quantities.map((q) => q.id), ...current.indicators.map((i) => i.id)]);
  const names = new Set([...quantities.map((q) => q.name), ...current.indicators.map((i) => i.name)]);
  for (const old of lastYear.quantities) {
    // The same name; or a template quantity renamed in one of the two years (the user's own ids, q-1 …, differ per
    // report).
    const mine =
      quantities.find((q) => q.name === old.name) ??
      (USER_ID.test(old.id) ? undefined : quantities.find((q) => q.id === old.id));
    if (mine) {
      if (old.value !== null) mine.previous = inUnit(old.value, old.unit, mine.unit) ?? mine.previous;
      continue;
    }
    // A quantity of the user's: kept under its own id unless this report uses that id for something else.
    if (names.has(old.name)) continue;
    let id = old.id;
    for (let n = 1; ids.has(id); n += 1) id = `q-${n}`;
    const added: Quantity = {
      ...old,
      id,
      value: null,
      year: old.year === null ? null : old.year + 1,
      previous: old.value,
    };
    quantities.push(added);
    ids.add(id);
    names.add(old.name);
  }
  return { ...current, quantities };
}

/** `value` in `from` as a value in `to`, or null when they measure different things (元 and m²). */
function inUnit(value: number, from: string, to: string): number | null {
  const a = unitInfo(from);
  const b = unitInfo(to);
  if (!sameDimension(a.dimension, b.dimension)) return null;
  return Number(((value * a.factor) / b.factor).toPrecision(12));
}
