import { describe, expect, it } from 'vitest';
import { chartSpecOf, newChartSpec, parseChart, parseNumber } from '../../core/chart/chart-data';
import { zh } from '../../core/zh';
import { enrolmentChart, singleSeriesChart } from './chart-samples';

const problemsOf = (spec: Parameters<typeof parseChart>[0]) => {
  const parsed = parseChart(spec);
  return parsed.ok ? [] : parsed.problems;
};

describe('chart grid', () => {
  it('reads numbers as Chinese offices type them', () => {
    expect(parseNumber('1,956')).toBe(1956);
    expect(parseNumber('1，956')).toBe(1956);
    expect(parseNumber('９７．５％')).toBe(97.5);
    expect(parseNumber('-3.5')).toBe(-3.5);
    expect(parseNumber('.5')).toBe(0.5);
    for (const bad of ['abc', '12人', '1.2.3', '', '约100', '1,23']) expect(parseNumber(bad)).toBeNull();
  });

  it('parses a grouped grid into numbers, one axis per unit in series order', () => {
    const parsed = parseChart(enrolmentChart());
    expect(parsed).toEqual({
      ok: true,
      data: {
        kind: 'grouped-bar',
        categories: ['2023年', '2024年', '2025年'],
        series: [
          { name: '招生数', unit: '人', values: [1820, 1956, 2103] },
          { name: '就业率', unit: '%', values: [95.2, 96.8, 97.5] },
        ],
        units: ['人', '%'],
      },
    });
  });

  it('names the cell with text in it, in Chinese', () => {
    const spec = enrolmentChart();
    spec.series[1]!.values[1] = '九十六';
    expect(problemsOf(spec)).toEqual([zh.chart.problems.notANumber('“2024年”的“就业率”', '九十六')]);
    expect(problemsOf(spec)[0]).toBe('“2024年”的“就业率”不是数字：“九十六”');
  });

  it('explains an empty grid, empty cells and unnamed rows', () => {
    expect(problemsOf({ ...enrolmentChart(), categories: [], series: [] })).toEqual([zh.chart.problems.empty]);
    expect(problemsOf({ ...enrolmentChart(), series: [] })).toEqual([zh.chart.problems.empty]);
    const fresh = newChartSpec();
    expect(problemsOf(fresh)).toHaveLength(3);
    expect(problemsOf(fresh)[0]).toContain('还没有填写数值');
    const spec = enrolmentChart();
    spec.categories[2] = ' ';
    expect(problemsOf(spec)).toEqual([zh.chart.problems.emptyCategory(3)]);
  });

  it('holds each kind to what it can draw', () => {
    expect(problemsOf(enrolmentChart('bar'))).toEqual([zh.chart.problems.oneSeriesOnly('柱状图')]);
    expect(problemsOf(enrolmentChart('pie'))).toEqual([zh.chart.problems.oneSeriesOnly('饼图')]);
    expect(problemsOf(enrolmentChart('line'))).toEqual([]);
    const negative = singleSeriesChart('pie');
    negative.series[0]!.values[0] = '-1';
    expect(problemsOf(negative)).toEqual([zh.chart.problems.negativeInPie('“加工制造类”的“在校生”')]);
    const zeros = singleSeriesChart('pie');
    zeros.series[0]!.values = ['0', '0', '0', '0'];
    expect(problemsOf(zeros)).toEqual([zh.chart.problems.pieAllZero]);
    expect(
      problemsOf({ ...singleSeriesChart('bar'), series: [{ name: 'x', unit: '人', values: ['-5', '0', '3', '4'] }] }),
    ).toEqual([]);
  });

  it('allows two units (left and right axis), not three', () => {
    const spec = enrolmentChart('line');
    spec.series.push({ name: '经费', unit: '万元', values: ['1', '2', '3'] });
    expect(problemsOf(spec)).toEqual([zh.chart.problems.tooManyUnits('人、%、万元')]);
  });

  it('loads whatever a stored file holds without throwing', () => {
    expect(chartSpecOf(null)).toEqual({ kind: 'bar', categories: [], series: [], source: '' });
    expect(
      chartSpecOf({ kind: 'radar', categories: ['a', 2], series: [{ name: 'n', values: ['1'] }, 'junk'], source: 5 }),
    ).toEqual({
      kind: 'bar',
      categories: ['a', '2'],
      series: [{ name: 'n', unit: '', values: ['1', ''] }],
      source: '5',
    });
    expect(chartSpecOf(enrolmentChart())).toEqual(enrolmentChart());
  });
});
