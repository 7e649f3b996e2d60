import type { SourceTable } from './source-blocks';

/**
 * Rows of cells as Excel, WPS表格 or a browser copies a table as text: cells separated by tabs,
 * rows by line breaks. Excel puts a cell holding a line break (a header such as 在校生⏎人数)
 * in quotes, so such a row runs over several lines.
 */
export interface TabRow {
  cells: string[];
  /** The lines the row takes, as they stood. */
  lines: string[];
}

/** One line of cells alone is a line of text with tabs in it ("联系人\t张三"); two or more may make a table. */
const MIN_TABLE_ROWS = 2;
/** A quoted cell running on further than this is no cell: a stray quote mark. */
const MAX_QUOTED_LINES = 10;
const NUMBER = /^[-+]?[\d,，.．]+\s*%?$/;
const PAGE_NUMBER = /^\d{1,3}$/;

/**
 * The row of cells starting at `lines[at]`, or null for a line that is no such row. Two cells
 * at least hold something: a paragraph indented with a tab holds one. A cell may be empty (the
 * corner of a header row); trailing empty ones are a ragged copy's.
 */
export function tabRowAt(lines: readonly string[], at: number): TabRow | null {
  const first = lines[at]!;
  if (!first.includes('\t') && !first.startsWith('"')) return null;
  let taken = 1;
  let cells = cellsOf(first);
  // A quoted cell not closed on its line goes on in the next ones.
  while (cells === null && taken < MAX_QUOTED_LINES && at + taken < lines.length) {
    taken += 1;
    cells = cellsOf(lines.slice(at, at + taken).join('\n'));
  }
  if (cells === null) [cells, taken] = [first.split('\t').map((cell) => cell.trim()), 1];
  while (cells.length > 1 && cells.at(-1) === '') cells.pop();
  return cells.filter(Boolean).length >= 2 ? { cells, lines: lines.slice(at, at + taken) } : null;
}

/** A row's cells, quoted ones unquoted ("" is a quote mark); null while a quoted cell is still open. */
function cellsOf(row: string): string[] | null {
  const cells: string[] = [];
  for (let i = 0; ; ) {
    let value = '';
    if (row[i] === '"') {
      for (let j = i + 1; ; ) {
        const quote = row.indexOf('"', j);
        if (quote < 0) return null;
        value += row.slice(j, quote);
        if (row[quote + 1] !== '"') {
          i = quote + 1;
          break;
        }
        value += '"';
        j = quote + 2;
      }
    }
    const tab = row.indexOf('\t', i);
    cells.push((value + row.slice(i, tab < 0 ? undefined : tab)).trim());
    if (tab < 0) return cells;
    i = tab + 1;
  }
}

/**
 * Rows of cells as a table, as wide as its widest row; null where they are no table: fewer
 * than two rows, or a 目录 copied out of Word (each entry a title, a tab and its page number,
 * the numbers rising), which the 目录 rule leaves out. The first row is the header when it
 * holds only words and the rows below hold numbers.
 */
export function tabTable(rows: readonly string[][]): SourceTable | null {
  if (rows.length < MIN_TABLE_ROWS) return null;
  const pages = rows.map((row) =>
    row.filter(Boolean).length === 2 && PAGE_NUMBER.test(row.at(-1)!) ? Number(row.at(-1)) : null,
  );
  if (pages.every((page, i) => page !== null && (i === 0 || page >= pages[i - 1]!))) return null;
  const width = Math.max(...rows.map((row) => row.length));
  const numeric = (row: readonly string[]) => row.some((cell) => NUMBER.test(cell));
  const header = !numeric(rows[0]!) && rows.slice(1).some(numeric);
  return {
    kind: 'table',
    rows: rows.map((row) =>
      Array.from({ length: width }, (_, i) => ({ paragraphs: (row[i] ?? '').split('\n').map((line) => line.trim()) })),
    ),
    header,
  };
}
