import type { TableCellInput } from '../document/nodes';
import {
  CASE_LINE,
  type PdfBox,
  type PdfPage,
  type PdfTable,
  type PdfTextPiece,
  inkMiddleX,
  inkMiddleY,
} from './pdf-layout';
import { cellParagraphs } from './pdf-lines';
import { type RuleLine, threeLineTables } from './pdf-three-line-tables';

export type { PdfTable } from './pdf-layout';

/** Rules closer than this (points) are one line; a rule's end this close to another rule meets it. */
const TOUCH = 2;
/** Shorter rules are ticks, underlines of a word, not a table's ruling. */
const MIN_RULE = 4;
/** A page ruled into more pieces than this is a chart or a pattern: its rules are not read as tables. */
const MAX_RULES = 2000;

/**
 * The tables a page draws with rules around its cells, and the page's text pieces outside
 * them. The grid is the rules' distinct positions; a cell reaches over the next grid line
 * where no rule is drawn there (a merge); each piece of text goes to the cell its middle is in.
 * A frame with one cell (a case's box) and a grid with pictures in it or without text are left
 * as they were: lines of text. Tables ruled only across (三线表) are read by their columns
 * (pdf-three-line-tables.ts).
 */
export function pageTables(page: PdfPage): { tables: PdfTable[]; pieces: PdfTextPiece[] } {
  const rules = (page.rules ?? []).filter((r) => r.x1 - r.x0 >= MIN_RULE || r.y1 - r.y0 >= MIN_RULE);
  if (rules.length < 2 || rules.length > MAX_RULES) return { tables: [], pieces: page.pieces };
  const across = joinRules(rules.filter((r) => r.y0 === r.y1).map((r) => ({ at: r.y0, from: r.x0, to: r.x1 })));
  const down = joinRules(rules.filter((r) => r.x0 === r.x1).map((r) => ({ at: r.x0, from: r.y0, to: r.y1 })));
  let pieces = page.pieces;
  const tables: PdfTable[] = [];
  for (const grid of grids(across, down)) {
    const table = readTable(grid, pieces, page);
    if (!table) continue;
    tables.push(table.table);
    pieces = pieces.filter((p) => !table.used.has(p));
  }
  // Rules across that meet no rule down: a 三线表's, or a page's decoration.
  const alone = across.filter((h) => !down.some((v) => meets(h, v)));
  const threeLine = threeLineTables(alone, pieces, page);
  tables.push(...threeLine.tables);
  pieces = pieces.filter((p) => !threeLine.used.has(p));
  return { tables: tables.sort((a, b) => a.box.y - b.box.y), pieces };
}

type Line = RuleLine;

/** Pieces of one line drawn cell by cell (as Chromium draws borders) as one line. */
function joinRules(lines: readonly Line[]): Line[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.from - b.from);
  const joined: Line[] = [];
  for (const line of sorted) {
    const last = joined.findLast((l) => Math.abs(l.at - line.at) <= TOUCH / 2 && line.from <= l.to + TOUCH);
    if (last) last.to = Math.max(last.to, line.to);
    else joined.push({ ...line });
  }
  return joined;
}

interface Grid {
  across: Line[];
  down: Line[];
}

/** Whether a rule across and a rule down cross or touch. */
const meets = (h: Line, v: Line) =>
  v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;

/** The rules that meet one another, each set with at least two across and two down: a table's ruling. */
function grids(across: readonly Line[], down: readonly Line[]): Grid[] {
  const parent = [...across, ...down].map((_, i) => i);
  const root = (i: number): number => {
    let at = i;
    while (parent[at] !== at) at = parent[at]!;
    return at;
  };
  for (const [i, h] of across.entries())
    for (const [j, v] of down.entries()) if (meets(h, v)) parent[root(i)] = root(across.length + j);
  const sets = new Map<number, Grid>();
  for (const [i, line] of [...across, ...down].entries()) {
    const key = root(i);
    if (!sets.has(key)) sets.set(key, { across: [], down: [] });
    (i < across.length ? sets.get(key)!.across : sets.get(key)!.down).push(line);
  }
  return [...sets.values()].filter((g) => g.across.length >= 2 && g.down.length >= 2);
}

/** Positions closer than TOUCH as one, in order. */
function positions(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (out.length === 0 || v - out.at(-1)! > TOUCH) out.push(v);
  return out;
}

/** Whether a rule is drawn at `at`, over the point `through` along it. */
const drawn = (lines: readonly Line[], at: number, through: number) =>
  lines.some((l) => Math.abs(l.at - at) <= TOUCH && l.from - TOUCH <= through && through <= l.to + TOUCH);

interface Cell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  box: PdfBox;
  pieces: PdfTextPiece[];
}

function readTable(
  grid: Grid,
  pieces: readonly PdfTextPiece[],
  page: PdfPage,
): { table: PdfTable; used: Set<PdfTextPiece> } | null {
  const xs = positions(grid.down.map((l) => l.at));
  const ys = positions(grid.across.map((l) => l.at));
  if (xs.length < 2 || ys.length < 2) return null;
  const box = { x: xs[0]!, y: ys[0]!, width: xs.at(-1)! - xs[0]!, height: ys.at(-1)! - ys[0]! };
  const covered = new Set<string>();
  const cells: Cell[] = [];
  for (let r = 0; r + 1 < ys.length; r += 1)
    for (let c = 0; c + 1 < xs.length; c += 1) {
      if (covered.has(`${r},${c}`)) continue;
      const middleY = (ys[r]! + ys[r + 1]!) / 2;
      let colSpan = 1;
      while (c + colSpan + 1 < xs.length && !drawn(grid.down, xs[c + colSpan]!, middleY)) colSpan += 1;
      const middleX = (xs[c]! + xs[c + colSpan]!) / 2;
      let rowSpan = 1;
      while (r + rowSpan + 1 < ys.length && !drawn(grid.across, ys[r + rowSpan]!, middleX)) rowSpan += 1;
      for (let i = 0; i < rowSpan; i += 1) for (let j = 0; j < colSpan; j += 1) covered.add(`${r + i},${c + j}`);
      const cellBox = { x: xs[c]!, y: ys[r]!, width: xs[c + colSpan]! - xs[c]!, height: ys[r + rowSpan]! - ys[r]! };
      cells.push({ row: r, col: c, rowSpan, colSpan, box: cellBox, pieces: [] });
    }
  // One cell is a frame (a case's box, a note set in a box), not a table.
  if (cells.length < 2) return null;
  const within = (b: PdfBox, x: number, y: number) => x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
  if (page.pictures.some((p) => within(box, p.x + p.width / 2, p.y + p.height / 2))) return null;
  const used = new Set<PdfTextPiece>();
  for (const piece of pieces) {
    const cell = cells.find((c) => within(c.box, inkMiddleX(piece), inkMiddleY(piece)));
    if (!cell) continue;
    cell.pieces.push(piece);
    used.add(piece);
  }
  const texts = cells.map((c) => cellParagraphs(c.pieces, page));
  if (texts.every((t) => t.length === 0) || texts.some((t) => CASE_LINE.test(t[0] ?? ''))) return null;
  const rows: TableCellInput[][] = ys.slice(1).map(() => []);
  for (const [i, cell] of cells.entries())
    rows[cell.row]!.push({
      paragraphs: texts[i]!,
      ...(cell.colSpan > 1 && { colSpan: cell.colSpan }),
      ...(cell.rowSpan > 1 && { rowSpan: cell.rowSpan }),
    });
  return { table: { box, rows, header: headsTable(cells, page.shades ?? []) }, used };
}

const BOLD_FONT = /bold|heavy|black|semibold|demi|medium|黑体|粗/i;

/**
 * The first row heads the table when it is set apart from the rows below: its text bold and
 * theirs not, or its cells shaded and theirs not. A table of one row has no header.
 */
function headsTable(cells: readonly Cell[], shades: readonly PdfBox[]): boolean {
  if (!cells.some((c) => c.row > 0)) return false;
  const boldShare = (row: (c: Cell) => boolean) => {
    const pieces = cells.filter(row).flatMap((c) => c.pieces.filter((p) => p.text.trim()));
    return pieces.length ? pieces.filter((p) => BOLD_FONT.test(p.font)).length / pieces.length : 0;
  };
  const shadedShare = (row: (c: Cell) => boolean) => {
    const counted = cells.filter(row);
    return counted.filter((c) => coveredShare(c.box, shades) >= 0.5).length / counted.length;
  };
  const first = (c: Cell) => c.row === 0;
  const below = (c: Cell) => c.row > 0;
  return (boldShare(first) > 0.5 && boldShare(below) < 0.5) || (shadedShare(first) === 1 && shadedShare(below) < 0.5);
}

/** How much of a box the shaded rectangles cover, 0 to 1 (shades drawn over one another counted twice). */
function coveredShare(box: PdfBox, shades: readonly PdfBox[]): number {
  const overlap = (a: PdfBox, b: PdfBox) =>
    Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
    Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
  const area = box.width * box.height;
  return area > 0 ? Math.min(1, shades.reduce((sum, s) => sum + overlap(box, s), 0) / area) : 0;
}
