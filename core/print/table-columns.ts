import type { TableBlock, TableCell } from '../report-tree';

/**
 * Column widths of a printed table, in mm, shared by the PDF (a fixed `<colgroup>`) and the
 * .docx (its grid), so both break a cell's text at the same place. Widths dragged in the editor
 * win (scaled to the column); otherwise each column gets room from its content, as a browser's
 * automatic table layout does: first what its words need unbroken (a school's name is never set
 * as 学 / 校), then the rest in proportion to its longest line, so a table of short numbers is
 * not stretched into equal columns.
 */

/** A cell's side padding plus its rule, both sides, in mm (print-css td padding 1.5 mm). */
export const CELL_SIDE_MM = 3.3;
/** Room for rounding in layout, so a run sized to fit exactly is never pushed onto two lines. */
const ROUNDING_MM = 0.3;
/** A run of characters with no break opportunity longer than this may wrap (a long sentence). */
const LONGEST_UNBROKEN = 12;
/** How much a wrappable run keeps on one line at the least. */
const WRAPPED_MIN = 4;

export function tableColumnWidths(
  tb: Pick<TableBlock, 'rows' | 'columnWidths'>,
  widthMm: number,
  fontPt: number,
): number[] {
  const grid = tableGrid(tb.rows);
  const count = Math.max(1, ...grid.map((row) => row.length));
  if (tb.columnWidths && tb.columnWidths.length === count) return scaleTo(tb.columnWidths, widthMm);
  const em = (fontPt * 25.4) / 72;
  const min = new Array<number>(count).fill(em);
  const max = new Array<number>(count).fill(em);
  for (const row of grid) {
    for (const [column, cell] of row.entries()) {
      // Merged cells span columns sized by the others; a merge across columns adds no demand of its own.
      if (!cell || cell.colSpan > 1) continue;
      const { least, most } = textExtent(cell.text);
      min[column] = Math.max(min[column]!, least * em + ROUNDING_MM);
      max[column] = Math.max(max[column]!, most * em);
    }
  }
  const room = widthMm - count * CELL_SIDE_MM;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  let text: number[];
  if (room <= 0) text = new Array<number>(count).fill(0);
  else if (sum(max) <= room) text = max.map((m) => m + ((room - sum(max)) * m) / sum(max));
  else if (sum(min) <= room) {
    const spare = max.map((m, i) => m - min[i]!);
    text = min.map((m, i) => m + ((room - sum(min)) * spare[i]!) / Math.max(sum(spare), 1e-9));
  } else text = scaleTo(min, room);
  return text.map((w) => w + CELL_SIDE_MM);
}

function scaleTo(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w * total) / sum);
}

/**
 * A cell's text in ems: `most` is its longest line set on one line, `least` the longest run a
 * line break should not fall inside. CJK text breaks anywhere, so a run is cut only at spaces
 * and punctuation; a short run (a name, a number with its unit) stays whole.
 */
export function textExtent(text: string): { least: number; most: number } {
  let least = 0;
  let most = 0;
  for (const line of text.split('\n')) {
    most = Math.max(most, ems(line));
    for (const run of line.split(/[\s，、；。：,;:/（）()]+/)) {
      const w = ems(run);
      least = Math.max(least, [...run].length <= LONGEST_UNBROKEN ? w : Math.min(w, WRAPPED_MIN));
    }
  }
  return { least, most };
}

/** Full-width characters take 1 em, Latin letters and digits about half. */
function ems(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1;
  return n;
}

/**
 * The table as a grid of columns: cells covered by a merge from the left or above hold the
 * merging cell's place once (its first column), so every row reads the same column indices.
 */
export function tableGrid(rows: readonly (readonly TableCell[])[]): (TableCell | null)[][] {
  const grid: (TableCell | null)[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (taken[r]![column]) column += 1;
      grid[r]![column] = cell;
      for (let dr = 0; dr < cell.rowSpan && r + dr < rows.length; dr += 1)
        for (let dc = 0; dc < cell.colSpan; dc += 1) {
          taken[r + dr]![column + dc] = true;
          if (dr > 0 || dc > 0) grid[r + dr]![column + dc] = null;
        }
      column += cell.colSpan;
    }
  });
  return grid.map((row) => Array.from({ length: row.length }, (_, i) => row[i] ?? null));
}

/** The width of a cell spanning `colSpan` columns from `column`. */
export function spannedWidth(widths: readonly number[], column: number, colSpan: number): number {
  return widths.slice(column, column + colSpan).reduce((a, b) => a + b, 0);
}

/**
 * The rows that repeat at the top of each page the table runs onto (a <thead> in the PDF,
 * w:tblHeader in the .docx): its leading rows whose cells are all header cells, and the rows
 * a header cell is merged down into (with what sits beside it there), so no merged header is
 * ever cut in half. None when that would be the whole table.
 */
export function headerRowCount(tb: Pick<TableBlock, 'rows'>): number {
  let n = 0;
  while (n < tb.rows.length - 1 && tb.rows[n]!.length > 0 && tb.rows[n]!.every((c) => c.header)) n += 1;
  if (n === 0) return 0;
  // A row taken in may hold cells merged further down: take rows until no merge reaches past them.
  for (let r = 0; r < n; r += 1) for (const cell of tb.rows[r]!) n = Math.max(n, r + cell.rowSpan);
  return n < tb.rows.length ? n : 0;
}
