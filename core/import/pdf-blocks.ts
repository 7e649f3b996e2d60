import type { TableCellInput } from '../document/nodes';
import { plainRuns } from './inline-runs';
import { type ImportNote, note } from './import-notes';
import { CASE_LINE, type PdfBox, type PdfPage, type PdfPicture } from './pdf-layout';
import { type PdfLine, closeUpSpacing, joinWrapped, pageLines, unspaceWithinRun } from './pdf-lines';
import { dropPrintedFurniture, dropRepeatedPictures } from './pdf-furniture';
import { type ParagraphLook, typographicHeadings } from './pdf-headings';
import { type PdfTable, pageTables } from './pdf-tables';
import { type SourceBlock, type SourcePara, isMissingPhotoMark, para } from './source-blocks';

/**
 * A PDF's pages → source blocks, read from where things stand on the page: lines become
 * paragraphs where a line is indented, the line before it stopped short of the column's right
 * edge, the gap above it is wider than the text's line pitch, or its size changes; a paragraph
 * goes on across a page end when neither happens. Page headers and numbers are left out first
 * (pdf-furniture.ts). Pictures side by side are one row, with the 图N lines under them as their
 * captions; a box drawn around a 【案例N】 is that case, page after page until it ends. A grid
 * of rules with text in it is a table (pdf-tables.ts), its text taken out of the lines first.
 */
export function pdfBlocks(pages: readonly PdfPage[]): { blocks: SourceBlock[]; notes: ImportNote[] } {
  const tabled = pages.map(pageTables);
  const untabled = pages.map((page, i) => ({ ...page, pieces: tabled[i]!.pieces }));
  const { lines, dropped } = dropPrintedFurniture(untabled.map(pageLines), untabled);
  const decoration = dropRepeatedPictures(pages);
  const notes = [
    ...(dropped.length ? [note('page-furniture-left-out', dropped.join(' / '))] : []),
    ...(decoration.dropped ? [note('decorations-left-out', '', String(decoration.dropped))] : []),
  ];
  const body = bodyMeasures(lines.flat());
  // No line of text outside tables: the tables are all there is.
  if (!body)
    return {
      blocks: tabled.flatMap((t) => t.tables.map(({ rows, header }): SourceBlock => ({ kind: 'table', rows, header }))),
      notes,
    };
  const blocks: SourceBlock[] = [];
  const looks = new Map<SourcePara, ParagraphLook>();
  let reader: ParagraphReader = { blocks, looks, body, open: null, inCase: false };
  for (const [i, page] of pages.entries())
    reader = readPage(reader, { ...page, pictures: decoration.pictures[i] ?? [] }, lines[i] ?? [], tabled[i]!.tables);
  enterBox(closeParagraph(reader), false);
  return { blocks: typographicHeadings(blocks, looks, body), notes };
}

/** The body text's size and font, line pitch and column (the left and right edges most full lines share). */
interface BodyMeasures {
  size: number;
  font: string;
  pitch: number;
  left: number;
  right: number;
}

function bodyMeasures(lines: readonly PdfLine[]): BodyMeasures | null {
  if (lines.length === 0) return null;
  const size = mostCommon(lines.map((l) => [l.size, l.text.length]));
  const sized = lines.filter((l) => Math.abs(l.size - size) < 0.5);
  const fonts = new Map<string, number>();
  for (const l of sized) fonts.set(l.font, (fonts.get(l.font) ?? 0) + l.text.length);
  const font = [...fonts].sort((a, b) => b[1] - a[1])[0]![0];
  const left = mostCommon(sized.map((l) => [Math.round(l.x), 1]));
  // Ties go to the rightmost edge: a column's short last lines end anywhere, its full lines at one place.
  const right = -mostCommon(sized.map((l) => [-Math.round(l.right), 1]));
  const gaps: [number, number][] = [];
  for (let i = 1; i < sized.length; i += 1) {
    const gap = sized[i]!.y - sized[i - 1]!.y;
    if (sized[i]!.page === sized[i - 1]!.page && gap > 0) gaps.push([Math.round(gap * 2) / 2, 1]);
  }
  return { size, font, left, right, pitch: gaps.length ? mostCommon(gaps) : size * 1.5 };
}

/** The value with the most weight. */
function mostCommon(values: readonly [number, number][]): number {
  const weights = new Map<number, number>();
  for (const [value, weight] of values) weights.set(value, (weights.get(value) ?? 0) + weight);
  return [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

interface ParagraphReader {
  blocks: SourceBlock[];
  /** How each paragraph was printed, for the headings read off sizes and fonts. */
  looks: Map<SourcePara, ParagraphLook>;
  body: BodyMeasures;
  /** The paragraph being read, its first line and the line it last took. */
  open: { lines: string[]; first: PdfLine; last: PdfLine; column: Column } | null;
  /** Inside a case's box, which may go on from the page before. */
  inCase: boolean;
}

/** The edges the text of a line is set between: the body's column, or a case box's inside. */
interface Column {
  left: number;
  right: number;
  box: PdfBox | null;
}

/** A line a box drawn on the page holds (inside its edges, with a little ink over them allowed). */
const inside = (box: PdfBox, l: { x: number; right: number; y: number; size: number }) =>
  l.x >= box.x - 1 &&
  l.right <= box.x + box.width + 1 &&
  l.y - l.size * 0.8 >= box.y - 1 &&
  l.y <= box.y + box.height + 1;

/**
 * The boxes on `page` that hold a case: one with a 【案例N】 line in it, or at the top of the page while a case goes on.
 */
function caseBoxes(page: PdfPage, lines: readonly PdfLine[], body: BodyMeasures, goesOn: boolean): PdfBox[] {
  const framed = page.boxes.filter(
    (b) => b.width > (body.right - body.left) * 0.6 && b.height > body.pitch * 1.2 && b.height < page.height * 0.95,
  );
  const first = lines[0];
  return framed.filter((box) => {
    const held = lines.filter((l) => inside(box, l));
    if (held.some((l) => CASE_LINE.test(l.text))) return true;
    return goesOn && first !== undefined && held[0] === first;
  });
}

function readPage(
  reader: ParagraphReader,
  page: PdfPage,
  lines: readonly PdfLine[],
  tables: readonly PdfTable[],
): ParagraphReader {
  const { body, blocks } = reader;
  const boxes = caseBoxes(page, lines, body, reader.inCase);
  const rows = pictureRows(page.pictures);
  const taken = new Set<PdfLine>();
  const captions = new Map(rows.map((row) => [row, captionsUnder(row, lines, body, taken)]));
  // Captions set above their photos, for the rows that have none under them (all rows' first: a 图N under one row is its
  // own).
  for (const row of rows)
    if (captions.get(row)!.length === 0) captions.set(row, captionsAbove(row, lines, body, taken));
  // Lines, rows of pictures and tables in the order they stand on the page.
  const flow: ({ line: PdfLine } | { row: PdfPicture[] } | { table: PdfTable })[] = [
    ...lines.filter((l) => !taken.has(l)).map((line) => ({ line, top: line.y - line.size })),
    ...rows.map((row) => ({ row, top: Math.min(...row.map((p) => p.y)) })),
    ...tables.map((table) => ({ table, top: table.box.y })),
  ].sort((a, b) => a.top - b.top);
  let state = reader;
  for (const item of flow) {
    const within = (b: PdfBox, p: PdfBox) => p.y >= b.y - 1 && p.y + p.height <= b.y + b.height + 1;
    const box =
      boxes.find((b) =>
        'line' in item
          ? inside(b, item.line)
          : 'row' in item
            ? item.row.every((p) => within(b, p))
            : within(b, item.table.box) && b.height > item.table.box.height + 2,
      ) ?? null;
    // A 【案例N】 opening a box while a case goes on over the page: that case ended at the foot of the last.
    if ('line' in item && box && state.inCase && CASE_LINE.test(item.line.text)) state = enterBox(state, false);
    state = enterBox(state, box !== null);
    if ('table' in item) {
      state = closeParagraph(state);
      const before = blocks.at(-1);
      // A table at the top of a page, right after one that ended the last page with as many columns, goes on with it.
      if (item === flow[0] && before?.kind === 'table' && columns(before.rows) === columns(item.table.rows)) {
        const rows = withoutRepeatedHeader(before.rows, item.table.rows);
        before.rows.push(...rows);
        // A first row repeated at the top of the next page heads the table, bold or not.
        before.header ||= rows.length < item.table.rows.length;
      } else blocks.push({ kind: 'table', rows: item.table.rows, header: item.table.header });
      continue;
    }
    if ('row' in item) {
      state = closeParagraph(state);
      blocks.push({
        kind: 'images',
        images: item.row.map((p) => p.image),
        captions: (captions.get(item.row) ?? []).map(plainRuns),
      });
      continue;
    }
    const line = item.line;
    if (line.parts.every((p) => isMissingPhotoMark(p.text))) {
      state = closeParagraph(state);
      blocks.push({ kind: 'images', images: line.parts.map(() => 'missing' as const), captions: [] });
      continue;
    }
    const column = box ? boxColumn(box, lines) : { left: body.left, right: body.right, box: null };
    const open = state.open;
    if (open && continues(open.last, open.column, line, column, body)) {
      open.lines.push(line.text);
      open.last = line;
    } else {
      state = closeParagraph(state);
      state = { ...state, open: { lines: [line.text], first: line, last: line, column } };
    }
  }
  // A case's box that reaches the page's foot goes on over the page.
  const lastBox = boxes.at(-1);
  const goesOn = state.inCase && lastBox !== undefined && lastBox.y + lastBox.height > page.height * 0.8;
  if (state.inCase && !goesOn) state = enterBox(state, false);
  return state;
}

const cellText = (cell: TableCellInput) =>
  cell.paragraphs
    .map((p) => (typeof p === 'string' ? p : p.map((i) => (typeof i === 'string' ? i : i.text)).join('')))
    .join('');
const columns = (rows: readonly TableCellInput[][]) => (rows[0] ?? []).reduce((n, cell) => n + (cell.colSpan ?? 1), 0);

/** A table's rows on the next page, without the header row Word repeats at the top of each page. */
function withoutRepeatedHeader(before: readonly TableCellInput[][], rows: TableCellInput[][]): TableCellInput[][] {
  const header = (before[0] ?? []).map(cellText).join('|');
  return rows[0] && rows[0].map(cellText).join('|') === header ? rows.slice(1) : rows;
}

/** Opens or closes a case's box around what follows. */
function enterBox(reader: ParagraphReader, inBox: boolean): ParagraphReader {
  if (reader.inCase === inBox) return reader;
  const closed = closeParagraph(reader);
  closed.blocks.push({ kind: 'case-box', edge: inBox ? 'start' : 'end' });
  return { ...closed, inCase: inBox };
}

function closeParagraph(reader: ParagraphReader): ParagraphReader {
  const open = reader.open;
  if (open) {
    const block = para(plainRuns(joinWrapped(open.lines)));
    reader.blocks.push(block);
    reader.looks.set(block, {
      size: open.first.size,
      font: open.first.font,
      page: open.first.page,
      boxed: open.column.box !== null,
    });
  }
  return { ...reader, open: null };
}

/** A box's inside, as its lines show it: the leftmost start and the rightmost end of the lines it holds. */
function boxColumn(box: PdfBox, lines: readonly PdfLine[]): Column {
  const held = lines.filter((l) => inside(box, l));
  return { left: Math.min(...held.map((l) => l.x)), right: Math.max(...held.map((l) => l.right)), box };
}

/** A line ending in dot leaders and a page number: "1 基本情况…………1". */
const LED_TO_PAGE = /(?:[.…·．・]{3,}|…{2,})\s*\d{1,3}$/;

/** Whether `line` goes on with the paragraph whose last line is `last`. */
function continues(last: PdfLine, lastColumn: Column, line: PdfLine, column: Column, body: BodyMeasures): boolean {
  // A line in parts (an entry and its page number, a table's cells) is a paragraph of its own; so is a 目录
  // entry led to its page number, which reaches the right edge as a full line does.
  if (last.parts.length > 1 || line.parts.length > 1 || LED_TO_PAGE.test(last.text)) return false;
  if (Math.abs(last.size - line.size) > 0.5 || (lastColumn.box === null) !== (column.box === null)) return false;
  const em = line.size;
  // The line before reached the right edge, and this one starts at the left one, not indented.
  const full = last.right >= lastColumn.right - em * 1.5;
  const flush = line.x <= column.left + em * 0.6;
  if (!full || !flush) return false;
  if (last.page !== line.page) return true;
  return line.y - last.y <= Math.max(body.pitch, last.size * 1.2) * 1.3;
}

/** Pictures side by side (overlapping in height) as rows, top to bottom, each left to right. */
function pictureRows(pictures: readonly PdfPicture[]): PdfPicture[][] {
  const rows: PdfPicture[][] = [];
  for (const picture of [...pictures].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows.find((r) =>
      r.some((p) => picture.y < p.y + p.height * 0.8 && p.y < picture.y + picture.height * 0.8),
    );
    if (row) row.push(picture);
    else rows.push([picture]);
  }
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

const CAPTION_START = /^图\s*\d/;

/** The horizontal span a row's captions are set in: its pictures' and an em either side. */
function captionSpan(row: readonly PdfPicture[], body: BodyMeasures): { left: number; right: number } {
  return {
    left: Math.min(...row.map((p) => p.x)) - body.size,
    right: Math.max(...row.map((p) => p.x + p.width)) + body.size,
  };
}

/**
 * The captions set under a row of pictures: the 图N lines just below it, each part under the
 * picture it stands under, and the lines that wrap them (same size, no new 图N). Taken out of
 * the page's lines into `taken`.
 */
function captionsUnder(
  row: readonly PdfPicture[],
  lines: readonly PdfLine[],
  body: BodyMeasures,
  taken: Set<PdfLine>,
): string[] {
  const bottom = Math.max(...row.map((p) => p.y + p.height));
  const { left, right } = captionSpan(row, body);
  const first = lines.find(
    (l) =>
      !taken.has(l) && l.y - l.size >= bottom - 2 && l.y <= bottom + body.pitch * 2 && l.x >= left && l.right <= right,
  );
  if (!first?.parts.some((p) => CAPTION_START.test(p.text))) return [];
  const caption: PdfLine[] = [];
  let last = first;
  for (const line of lines.slice(lines.indexOf(first))) {
    if (
      line !== first &&
      (line.y - last.y > Math.max(line.size * 2, body.pitch) ||
        Math.abs(line.size - first.size) > 0.5 ||
        line.parts.some((p) => CAPTION_START.test(p.text)))
    )
      break;
    if (line.x < left || line.right > right) break;
    caption.push(line);
    last = line;
  }
  return captionTexts(row, caption, body, taken);
}

/**
 * The captions set above a row of pictures: a 图N line, and the lines that wrap it, standing
 * right above the row with nothing between (as some schools set them, and 表N above a table).
 */
function captionsAbove(
  row: readonly PdfPicture[],
  lines: readonly PdfLine[],
  body: BodyMeasures,
  taken: Set<PdfLine>,
): string[] {
  const top = Math.min(...row.map((p) => p.y));
  const { left, right } = captionSpan(row, body);
  const above = lines.filter((l) => !taken.has(l) && l.y <= top + 2);
  const caption: PdfLine[] = [];
  // Upwards from the line right above the row, while the lines are close, the same size and in the row's span.
  let below = top;
  for (const line of above.reverse()) {
    const close = below - line.y <= Math.max(line.size * 2, body.pitch) + (caption.length ? 0 : line.size);
    if (!close || line.x < left || line.right > right || (caption[0] && Math.abs(line.size - caption[0].size) > 0.5))
      break;
    caption.unshift(line);
    if (line.parts.some((p) => CAPTION_START.test(p.text))) break;
    below = line.y;
  }
  if (!caption[0]?.parts.some((p) => CAPTION_START.test(p.text)) || caption.length > 3) return [];
  return captionTexts(row, caption, body, taken);
}

/**
 * Caption lines as one text per picture of the row: each piece goes to the picture it stands under (captions side by
 * side may be set close).
 */
function captionTexts(
  row: readonly PdfPicture[],
  caption: readonly PdfLine[],
  body: BodyMeasures,
  taken: Set<PdfLine>,
): string[] {
  const texts: string[] = row.map(() => '');
  const slotOf = (x: number) => {
    const at = row.findIndex((p) => x < p.x + p.width + body.size / 2);
    return at < 0 ? row.length - 1 : at;
  };
  for (const line of caption) {
    for (const piece of line.pieces) texts[slotOf(piece.x)] += piece.text;
    taken.add(line);
  }
  // Joined piece by piece, without their gaps' widths: a space between Latin and Chinese is autospacing here too.
  return texts.map((text) => closeUpSpacing(unspaceWithinRun(text.replace(/\s+/g, ' ').trim()))).filter(Boolean);
}
