import type { PdfPage, PdfTextPiece } from './pdf-layout';

/** One printed line: the pieces set on one baseline, left to right. */
export interface PdfLine {
  page: number;
  text: string;
  /** Left and right ends of its ink, and its baseline, in points from the page's top left. */
  x: number;
  right: number;
  y: number;
  /** The size and the font most of its characters are set in. */
  size: number;
  font: string;
  /** Where wide gaps split it (captions side by side, a table's cells): the x of each part's start. */
  parts: { x: number; text: string }[];
  /** The text as the PDF set it, piece by piece, spaces as pieces too: to split by the pictures above it. */
  pieces: { x: number; text: string }[];
}

/**
 * Pieces closer to one baseline than this share a line (as a fraction of their size): sub- and superscripts stay in it.
 */
const SAME_LINE = 0.4;
/** A gap wider than this (in ems) between two pieces is a space; wider than PART_GAP, a new part of the line. */
const SPACE_GAP = 0.2;
const PART_GAP = 2.5;
/**
 * A gap no wider than this (in ems) between a Latin letter or digit and a Chinese character is
 * the room a word processor's autospacing puts there (LibreOffice: a fifth of an em), not a
 * typed space: 2024年, not 2024 年.
 */
const AUTOSPACE_GAP = 0.25;

const isWide = (ch: string) => /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch);

/** A page's text pieces as lines, top to bottom. */
export function pageLines(page: PdfPage): PdfLine[] {
  const pieces = page.pieces.filter((p) => p.text !== '' && p.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: PdfTextPiece[][] = [];
  for (const piece of pieces) {
    const row = rows.findLast((r) => Math.abs(r[0]!.y - piece.y) < SAME_LINE * Math.max(r[0]!.size, piece.size));
    if (row) row.push(piece);
    else rows.push([piece]);
  }
  return rows.flatMap((row) => lineOf(page.number, row) ?? []).sort((a, b) => a.y - b.y || a.x - b.x);
}

function lineOf(page: number, row: PdfTextPiece[]): PdfLine | null {
  row.sort((a, b) => a.x - b.x);
  const parts: { x: number; text: string }[] = [];
  let end = Number.NEGATIVE_INFINITY;
  // pdf.js also reports the room between two glyphs set apart (justified Chinese) as a space.
  let spaced = false;
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  for (const piece of row) {
    const text = piece.text.replace(/\s+/g, ' ');
    // A space the PDF sets as text is a space, however narrow; a wide one (a tab, dot leaders' room) is a gap.
    if (text === ' ') {
      spaced ||= piece.width < piece.size * PART_GAP;
      continue;
    }
    const size = Math.round(piece.size * 2) / 2;
    sizes.set(size, (sizes.get(size) ?? 0) + text.length);
    fonts.set(piece.font, (fonts.get(piece.font) ?? 0) + text.length);
    const gap = (piece.x - end) / piece.size;
    const part = parts[parts.length - 1];
    if (!part || gap > PART_GAP) parts.push({ x: piece.x, text: unspaceWithinRun(text.trimStart()) });
    else {
      // Chinese needs no space between words; a gap between Latin words or numbers is one.
      const last = part.text[part.text.length - 1] ?? '';
      const space =
        (spaced || (gap > SPACE_GAP && !(isWide(last) && isWide(text[0] ?? '')))) &&
        !(gap <= AUTOSPACE_GAP && autospaced(part.text, text)) &&
        !/\s$/.test(part.text) &&
        !/^\s/.test(text);
      part.text += space ? ` ${text}` : unspaceWithinRun(text, part.text);
    }
    spaced = false;
    end = Math.max(end, piece.x + piece.width);
  }
  const cleaned = parts.map((p) => ({ x: p.x, text: closeUpSpacing(p.text.trim()) })).filter((p) => p.text);
  const size = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
  const font = [...fonts].sort((a, b) => b[1] - a[1])[0]![0];
  if (cleaned.length === 0) return null;
  const inked = row.filter((p) => p.text.trim() !== '');
  const pieces = row.map((p) => ({ x: p.x, text: p.text.replace(/\s+/g, ' ') }));
  return {
    page,
    text: cleaned.map((p) => p.text).join('  '),
    x: inked[0]!.x,
    right: end,
    y: inked[0]!.y,
    size,
    font,
    parts: cleaned,
    pieces,
  };
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN = /[A-Za-z0-9]/;
/**
 * A line's opening number (1 / 2.1 / 表3) and the space after it, as a heading or caption sets
 * it: a space to keep. A year or a count at the start (2024 年) is no such number.
 */
const NUMBER_LABEL = /^[图表]?\d{1,2}(?:[.．-]\d{1,2})*$/;

/**
 * Whether the room between `before` and `after` stands between a Latin letter or digit and a Chinese character (either
 * order), after no opening number.
 */
function autospaced(before: string, after: string): boolean {
  const [a, b] = [before.at(-1) ?? '', after[0] ?? ''];
  return ((LATIN.test(a) && HAN.test(b)) || (HAN.test(a) && LATIN.test(b))) && !NUMBER_LABEL.test(before.trim());
}

/**
 * A piece's text without the spaces pdf.js put inside it between Latin and Chinese. pdf.js
 * reads any room from a tenth to six tenths of an em inside a run as a space, and gives no
 * widths inside it to tell autospacing from a typed space: such a space is taken as autospacing
 * (a space typed there plays the same part in Chinese text). `before`: the text it runs on from.
 */
export function unspaceWithinRun(text: string, before = ''): string {
  if (!text.includes(' ')) return text;
  const chars = [...text];
  let out = '';
  for (const [i, ch] of chars.entries()) {
    if (ch === ' ' && i + 1 < chars.length && autospaced(before + out, chars[i + 1]!)) continue;
    out += ch;
  }
  return out;
}

const WIDE_SPACE_WIDE = /(?<=[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]) (?=[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f])/g;
/** Spaces between Chinese characters in this many places are justification spread over the line, not typed. */
const SPREAD_SPACES = 3;

/**
 * A line's text without the room justification put between its Chinese characters; a space or two typed in a title
 * stays.
 */
export function closeUpSpacing(text: string): string {
  return (text.match(WIDE_SPACE_WIDE)?.length ?? 0) >= SPREAD_SPACES ? text.replace(WIDE_SPACE_WIDE, '') : text;
}

/**
 * A number set in Chinese text and cut by the line's end: LibreOffice breaks a line inside one
 * (…校企合作，2 | 024年), where Latin text breaks only at a space.
 */
const CUT_NUMBER = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]\d+$/;

/** Wrapped lines as one paragraph: Chinese runs on without a space, Latin words and numbers keep one. */
export function joinWrapped(lines: readonly string[]): string {
  return lines.reduce((text, line) =>
    /[A-Za-z0-9,.;:]$/.test(text) && /^[A-Za-z0-9(]/.test(line) && !(CUT_NUMBER.test(text) && /^\d/.test(line))
      ? `${text} ${line}`
      : text + line,
  );
}

/** A line that starts an item of its own in a cell: 1. / 1、 / （1） / 一、 / ①. */
const ITEM_START = /^(?:\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])/;

/**
 * A cell's lines as its paragraphs: wrapped lines run on; a line opening an item (1. 2. ①),
 * or one after a sentence that ended short of the cell's right side, starts a new one.
 */
export function cellParagraphs(pieces: readonly PdfTextPiece[], page: PdfPage): string[] {
  const lines = pageLines({ ...page, pieces: [...pieces] });
  const right = Math.max(...lines.map((l) => l.right));
  const paragraphs: string[][] = [];
  for (const [i, line] of lines.entries()) {
    const before = lines[i - 1];
    const ended = before && /[。；;！？!?：:]$/.test(before.text) && before.right < right - before.size;
    if (!before || ended || ITEM_START.test(line.text)) paragraphs.push([line.text]);
    else paragraphs.at(-1)!.push(line.text);
  }
  return paragraphs.map(joinWrapped);
}
