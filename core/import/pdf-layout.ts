import type { FigureImageRef, TableCellInput } from '../document/nodes';

/** A rectangle on a page, in points from its top left. */
export interface PdfBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A run of text as the PDF sets it: `y` is its baseline, `size` its font size, `font` its font's name (one name for all
 * subsets of a font).
 */
export interface PdfTextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  font: string;
}

/** The middle of a piece's ink across: a table gives the piece to the cell (or column) this falls in. */
export const inkMiddleX = (p: PdfTextPiece): number => p.x + p.width / 2;
/** The middle of a piece's ink up and down: half an em above its baseline. */
export const inkMiddleY = (p: PdfTextPiece): number => p.y - p.size * 0.35;

/** A picture painted on a page, already taken in (null: one that could not be read). */
export interface PdfPicture extends PdfBox {
  image: FigureImageRef | null;
}

/**
 * A straight line drawn across or down a page (a table's ruling, stroked or filled as a thin
 * bar), in points from the page's top left: x0 ≤ x1, y0 ≤ y1, and one of the two pairs equal.
 */
export interface PdfRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What a PDF reader gives of one page: its text, its pictures, and the paths it draws (a case's frame, rules). */
export interface PdfPage {
  number: number;
  width: number;
  height: number;
  pieces: PdfTextPiece[];
  pictures: PdfPicture[];
  boxes: PdfBox[];
  /** The straight lines among its paths, for tables; none where the reader gives none. */
  rules?: PdfRule[];
  /** The rectangles filled in a colour other than white (a cell's shading); none where the reader gives none. */
  shades?: PdfBox[];
}

/** A table read off a page's rules: where it stands, its cells (merges included) and whether its first row heads it. */
export interface PdfTable {
  box: PdfBox;
  rows: TableCellInput[][];
  header: boolean;
}

/** A line opening a case as a PDF prints it: 【案例3】, [典型案例3]. */
export const CASE_LINE = /^[【[]\s*(?:典型)?案例\s*\d+\s*[】\]]/;
