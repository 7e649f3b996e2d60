import type { TableCellInput } from '../document/nodes';
import { CASE_LINE, type PdfPage, type PdfTable, type PdfTextPiece, inkMiddleX, inkMiddleY } from './pdf-layout';
import { cellParagraphs, type PdfLine, pageLines } from './pdf-lines';

/** A rule along one axis: at `at` (y for one across, x for one down), from `from` to `to` along it. */
export interface RuleLine {
  at: number;
  from: number;
  to: number;
}

/** Rules whose ends are this close (points) span one table's width. */
const SAME_END = 3;
/** Shorter rules underline a word or a signature, not a table. */
const MIN_WIDTH = 100;
/** Text this far apart (in ems) in every row of a table stands in two columns. */
const COLUMN_GAP = 1;
/**
 * A row's text stands no further (in ems) from the rules around it and from the next row: a table's rows are set close.
 */
const ROW_ROOM = 2;
/** A header row's cells wrap over this many lines at most: more is text above the table, not its header. */
const HEADER_LINES = 3;
/** Below this share of the page's height stand its page number and footer, under a table the page's end cuts off. */
const PAGE_FOOT = 0.9;
/** A line a caption (表2 / 图3) or a case (【案例1】) opens is no row of a table. */
const NOT_A_ROW = /^(?:[表图]\s*\d)/;

/**
 * The 三线表 on a page: tables ruled only across, as Chinese schools and journals print them
 * (a thick rule above, a thin one under the header row, a thick one at the foot, sometimes more
 * between rows), with no rules down. At least three rules of one width, one above another, with
 * text between them standing in columns: the columns are where every row of it leaves a gap, the
 * row above the second rule heads the table. Text merely aligned (a 目录, a signature line) has
 * no such rules; a paragraph between rules leaves no gap all its lines share. A table the
 * page's end cuts off has its top two rules only, its rows going down to the page's foot: its
 * rest, on the next page, is joined to it as a ruled table's is (pdf-blocks.ts).
 */
export function threeLineTables(
  across: readonly RuleLine[],
  pieces: readonly PdfTextPiece[],
  page: PdfPage,
): { tables: PdfTable[]; used: Set<PdfTextPiece> } {
  const tables: PdfTable[] = [];
  const used = new Set<PdfTextPiece>();
  for (const rules of sameWidthRules(across)) {
    let start = 0;
    while (start + 1 < rules.length) {
      if (start + 2 === rules.length) {
        // The set's last two rules: a table's top and header rules, the page's end cutting off its foot?
        const foot = cutOffFoot(rules[start + 1]!, pieces, page);
        const cut = foot && readTable([...rules.slice(start), foot], pieces, page);
        if (cut) {
          tables.push(cut.table);
          for (const piece of cut.used) used.add(piece);
        }
        break;
      }
      // The table from rule `start` down as far as its bands go on standing in columns.
      let found: { table: PdfTable; used: PdfTextPiece[] } | null = null;
      let end = start + 2;
      for (; end < rules.length; end += 1) {
        const table = readTable(rules.slice(start, end + 1), pieces, page);
        if (!table) break;
        found = table;
      }
      if (!found) {
        start += 1;
        continue;
      }
      tables.push(found.table);
      for (const piece of found.used) used.add(piece);
      start = end;
    }
  }
  return { tables, used };
}

/**
 * Where a table cut off by the page's end stops: under its last row, found going down from
 * `rule` while rows follow one another closely, when nothing but the page's foot (its
 * number, a footer) stands below that. Null when text goes on below it.
 */
function cutOffFoot(rule: RuleLine, pieces: readonly PdfTextPiece[], page: PdfPage): RuleLine | null {
  const inked = pieces.filter((p) => p.text.trim() !== '' && inkMiddleY(p) > rule.at);
  const below = inked
    .filter((p) => inkMiddleX(p) >= rule.from && inkMiddleX(p) <= rule.to)
    .sort((a, b) => a.y - a.size - (b.y - b.size));
  let reached = rule.at;
  for (const piece of below) {
    if (piece.y - piece.size - reached > piece.size * ROW_ROOM) break;
    reached = Math.max(reached, piece.y);
  }
  if (reached === rule.at || inked.some((p) => p.y > reached && p.y - p.size < page.height * PAGE_FOOT)) return null;
  return { at: reached + 1, from: rule.from, to: rule.to };
}

/** Rules across of one width, each set top to bottom; a set needs two (a table the page's end cuts off). */
function sameWidthRules(across: readonly RuleLine[]): RuleLine[][] {
  const sets: RuleLine[][] = [];
  for (const rule of [...across].sort((a, b) => a.at - b.at)) {
    if (rule.to - rule.from < MIN_WIDTH) continue;
    const set = sets.find(
      (s) => Math.abs(s[0]!.from - rule.from) <= SAME_END && Math.abs(s[0]!.to - rule.to) <= SAME_END,
    );
    if (set) set.push(rule);
    else sets.push([rule]);
  }
  return sets.filter((s) => s.length >= 2);
}

/**
 * The table between `rules` (top to bottom), or null when its text does not stand in columns:
 * fewer than two columns, a band between two rules without text, a caption or a case in it,
 * or a picture.
 */
function readTable(
  rules: readonly RuleLine[],
  pieces: readonly PdfTextPiece[],
  page: PdfPage,
): { table: PdfTable; used: PdfTextPiece[] } | null {
  const [top, bottom] = [rules[0]!, rules.at(-1)!];
  const box = { x: top.from, y: top.at, width: top.to - top.from, height: bottom.at - top.at };
  const within = pieces.filter(
    (p) =>
      inkMiddleX(p) >= box.x &&
      inkMiddleX(p) <= box.x + box.width &&
      inkMiddleY(p) > box.y &&
      inkMiddleY(p) < box.y + box.height,
  );
  const inside = within.filter((p) => p.text.trim() !== '');
  const bands = rules
    .slice(1)
    .map((rule, i) => inside.filter((p) => inkMiddleY(p) > rules[i]!.at && inkMiddleY(p) < rule.at));
  if (bands.some((band, i) => !fills(band, rules[i]!.at, rules[i + 1]!.at))) return null;
  if (linesOf(bands[0]!).length > HEADER_LINES) return null;
  const pictured = page.pictures.some(
    (p) => p.x < box.x + box.width && p.x + p.width > box.x && p.y < box.y + box.height && p.y + p.height > box.y,
  );
  if (pictured) return null;
  const columns = columnsOf(inside);
  if (columns.length < 2) return null;
  const column = (p: PdfTextPiece) => {
    const at = columns.findIndex((c) => inkMiddleX(p) <= c.right);
    return at < 0 ? columns.length - 1 : at;
  };
  // The header's band is one row, however many lines its cells take; the others are rows by their first column.
  const rows = bands.flatMap((band, i) => (i === 0 ? [band] : bandRows(band, column, columns[0]!.right)));
  const cells = rows.map((row) => columns.map((_, c) => row.filter((p) => column(p) === c)));
  const texts = cells.map((row) => row.map((cell) => cellParagraphs(cell, page)));
  const lines = texts.flatMap((row) => row.flat());
  if (lines.some((text) => NOT_A_ROW.test(text) || CASE_LINE.test(text))) return null;
  // A table has cells side by side: some row holds text in two columns.
  if (!texts.some((row) => row.filter((cell) => cell.length > 0).length >= 2)) return null;
  const tableRows: TableCellInput[][] = texts.map((row) => row.map((paragraphs) => ({ paragraphs })));
  return { table: { box, rows: tableRows, header: true }, used: within };
}

/** Pieces of text as the lines they stand on, read as a page's are. */
function linesOf(pieces: readonly PdfTextPiece[]): PdfLine[] {
  return pageLines({ number: 0, width: 0, height: 0, pieces: [...pieces], pictures: [], boxes: [] });
}

/**
 * Whether text fills the band between two rules as a table's rows do: some text, and no room
 * wider than ROW_ROOM ems above it, below it or between its lines (a page's header rule stands
 * far above the text under it).
 */
function fills(band: readonly PdfTextPiece[], top: number, bottom: number): boolean {
  if (band.length === 0) return false;
  const room = Math.max(...band.map((p) => p.size)) * ROW_ROOM;
  const inks = band.map((p) => ({ top: p.y - p.size, bottom: p.y })).sort((a, b) => a.top - b.top);
  let reached = top;
  for (const ink of inks) {
    if (ink.top - reached > room) return false;
    reached = Math.max(reached, ink.bottom);
  }
  return bottom - reached <= room;
}

/** The columns text stands in: the spans of its ink along the page, apart where every line leaves a gap. */
function columnsOf(pieces: readonly PdfTextPiece[]): { left: number; right: number }[] {
  const size = Math.min(...pieces.map((p) => p.size));
  const spans = pieces.map((p) => ({ left: p.x, right: p.x + p.width })).sort((a, b) => a.left - b.left);
  const columns: { left: number; right: number }[] = [];
  for (const span of spans) {
    const last = columns.at(-1);
    if (last && span.left - last.right < size * COLUMN_GAP) last.right = Math.max(last.right, span.right);
    else columns.push({ ...span });
  }
  return columns;
}

/**
 * A band's rows: each line with text in the first column starts one, unless it goes on with
 * the first column's line above (that line filled the column, and nothing else stands beside
 * it: a cell's text wrapped). The other columns' lines join the row they stand in; set in the
 * middle of a row of several lines, a line may stand a little above its first column's.
 */
function bandRows(
  band: readonly PdfTextPiece[],
  column: (p: PdfTextPiece) => number,
  firstRight: number,
): PdfTextPiece[][] {
  const lines = linesOf(band.filter((p) => column(p) === 0));
  const beside = (y: number, size: number) => band.some((p) => column(p) > 0 && Math.abs(p.y - y) < size * 0.4);
  const starts: number[] = [];
  for (const [i, line] of lines.entries()) {
    const above = lines[i - 1];
    const wrapped =
      above !== undefined &&
      line.y - above.y <= above.size * 2 &&
      above.right >= firstRight - above.size * 1.5 &&
      !beside(line.y, line.size);
    if (!wrapped) starts.push(line.y - line.size * 0.8);
  }
  if (starts.length === 0) return [[...band]];
  const rows: PdfTextPiece[][] = starts.map(() => []);
  for (const piece of band) {
    const at = starts.findLastIndex((y) => y <= piece.y);
    rows[Math.max(at, 0)]!.push(piece);
  }
  return rows;
}
