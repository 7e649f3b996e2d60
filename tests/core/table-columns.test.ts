import { describe, expect, it } from 'vitest';
import { headerRowCount, tableColumnWidths, tableGrid, textExtent } from '../../core/print/table-columns';
import type { TableCell } from '../../core/report-tree';

const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({
  text,
  runs: [],
  colSpan: 1,
  rowSpan: 1,
  header: false,
  align: null,
  ...extra,
});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('table column widths', () => {
  it('fill the given width', () => {
    const widths = tableColumnWidths({ rows: [[cell('序号'), cell('学校名称')]], columnWidths: null }, 150, 12);
    expect(sum(widths)).toBeCloseTo(150, 6);
  });

  it('give a long name room to stay on one line while a long sentence wraps', () => {
    const sentence = '学校坚持立德树人根本任务深化产教融合校企合作办学水平稳步提升服务区域发展能力不断增强';
    const rows = [[cell('序号'), cell('玛纳斯县中等职业技术学校'), cell(sentence)]];
    const [, name, text] = tableColumnWidths({ rows, columnWidths: null }, 156, 12);
    const em = (12 * 25.4) / 72;
    expect(name).toBeGreaterThanOrEqual(12 * em);
    expect(text).toBeGreaterThan(name!);
  });

  it('keep dragged widths in proportion, and ignore them when the columns changed since', () => {
    const rows = [[cell('a'), cell('b')]];
    expect(tableColumnWidths({ rows, columnWidths: [300, 100] }, 100, 12)).toEqual([75, 25]);
    const three = [[cell('a'), cell('b'), cell('c')]];
    expect(tableColumnWidths({ rows: three, columnWidths: [300, 100] }, 90, 12)).toHaveLength(3);
  });

  it('measure Latin digits at about half a character', () => {
    expect(textExtent('2025').most).toBeCloseTo(2.2, 6);
    expect(textExtent('学校名称').most).toBe(4);
  });
});

describe('table grid', () => {
  it('places cells after a merge from above in their own columns', () => {
    const a = cell('A', { rowSpan: 2 });
    const b = cell('B');
    const c = cell('C');
    const grid = tableGrid([[a, b], [c]]);
    expect(grid[1]![0]).toBeNull();
    expect(grid[1]![1]).toBe(c);
  });
});

describe('header rows', () => {
  it('counts leading all-header rows and the rows a header cell is merged down into', () => {
    const head = [cell('甲', { header: true }), cell('乙', { header: true })];
    expect(headerRowCount({ rows: [head, [cell('1'), cell('2')]] })).toBe(1);
    const tall = [cell('甲', { header: true, rowSpan: 2 }), cell('乙', { header: true })];
    expect(headerRowCount({ rows: [tall, [cell('2')], [cell('3'), cell('4')]] })).toBe(2);
    // A merge reaching down from a row taken in takes its rows too.
    const deeper = [cell('丙', { rowSpan: 2 }), cell('丁')];
    expect(headerRowCount({ rows: [tall, deeper, [cell('5')], [cell('6'), cell('7')]] })).toBe(3);
    // Never the whole table.
    expect(headerRowCount({ rows: [tall, [cell('2')]] })).toBe(0);
    expect(headerRowCount({ rows: [[cell('1'), cell('2')]] })).toBe(0);
  });
});
