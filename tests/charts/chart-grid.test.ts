import { describe, expect, it } from 'vitest';
import {
  addCategory,
  addSeries,
  pasteCells,
  removeCategory,
  removeSeries,
  setCell,
} from '../../renderer/editor/chart/chart-grid';
import { enrolmentChart } from './chart-samples';

describe('chart grid edits', () => {
  it('keeps every series as long as the categories when rows and columns come and go', () => {
    const grown = addSeries(addCategory(enrolmentChart()));
    expect(grown.categories).toHaveLength(4);
    expect(grown.series.map((s) => s.values.length)).toEqual([4, 4, 4]);
    const shrunk = removeSeries(removeCategory(grown, 0), 0);
    expect(shrunk.categories).toEqual(['2024年', '2025年', '']);
    expect(shrunk.series).toEqual([
      { name: '就业率', unit: '%', values: ['96.8', '97.5%', ''] },
      { name: '', unit: '', values: ['', '', ''] },
    ]);
    expect(setCell(shrunk, 2, 1, '7').series[1]!.values).toEqual(['', '', '7']);
  });

  it('fills cells pasted from Excel from where they land, growing the grid; a single cell is left to the input', () => {
    const pasted = pasteCells(enrolmentChart(), 2, 0, '2103\t97.5\r\n2230\t98.1\r\n');
    expect(pasted?.categories).toEqual(['2023年', '2024年', '2025年', '']);
    expect(pasted?.series.map((s) => s.values)).toEqual([
      ['1820', '1,956', '2103', '2230'],
      ['95.2', '96.8', '97.5', '98.1'],
    ]);
    // From the categories' column: names first, then values.
    const withNames = pasteCells(enrolmentChart(), 0, -1, '2026年\t2300\t98\t5');
    expect(withNames?.categories[0]).toBe('2026年');
    expect(withNames?.series.map((s) => s.values[0])).toEqual(['2300', '98', '5']);
    expect(pasteCells(enrolmentChart(), 0, 0, '1820')).toBeNull();
  });
});
