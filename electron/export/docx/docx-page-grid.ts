import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';
import { A4, type PrintTemplate } from '../../../core/print/templates';
import { twip } from './twip';

/**
 * The 公文 page as Word's 文档网格 sets it: 22 lines of 28 characters on the 156 × 225 mm type area.
 *
 * Word and WPS templates write `docGrid type="linesAndChars"` with a charSpace that narrows the
 * character pitch below the 三号 font size. LibreOffice 7.4 cannot lay that out: it gives each
 * 16 pt glyph as many grid cells as it needs to fit (two of 15.8 pt), so its lines hold 14
 * characters (measured with pdftotext -bbox). So the grid here is a line grid, which Word, WPS
 * and LibreOffice all honour (22 lines), and the 28 characters come from 正文 condensed by
 * the difference between the font size and the pitch, which all three apply alike. The
 * charSpace Word would write for 28 characters is kept in the grid, so switching Word's
 * dialog to 指定行和字符网格 shows 28 characters a line.
 */

/**
 * The body line pitch in twips, rounded down: Word fits floor(type area ÷ pitch) lines on a page,
 * so 29 pt (580) leaves 21 lines on a 225 mm 公文 type area where 28.95 pt (579) gives 22.
 */
export function bodyLinePitch(t: PrintTemplate): number {
  const height = twip.fromMm(A4.height) - twip.fromMm(t.margin.top) - twip.fromMm(t.margin.bottom);
  return Math.floor(height / t.linesPerPage);
}

/** The character pitch in twips that sets `charsPerLine` on the type area's width as Word rounds its margins. */
function bodyCharPitch(t: PrintTemplate, charsPerLine: number): number {
  return (twip.fromMm(A4.width) - twip.fromMm(t.margin.left) - twip.fromMm(t.margin.right)) / charsPerLine;
}

/**
 * Word's charSpace: the character pitch less the Normal font size, in 4096ths of a point, rounded
 * down so the line still holds `charsPerLine` (−842 for 28 of 三号 on 156 mm, as WPS's 公文 template).
 */
export function gridCharSpace(t: PrintTemplate, charsPerLine: number): number {
  return Math.floor((bodyCharPitch(t, charsPerLine) / 20 - t.body.size) * 4096);
}

/**
 * How much 正文 is condensed, in twentieths of a point (w:spacing), for `charsPerLine`
 * full-width characters to fit a line: −5 (0.25 pt) for 公文; 0 where the font decides.
 */
export function bodyCharSpacing(t: PrintTemplate): number {
  if (t.charsPerLine === null) return 0;
  return Math.min(0, Math.floor(bodyCharPitch(t, t.charsPerLine) - t.body.size * 20));
}

/** Whether the template's body pages carry a line grid (公文, whose characters per line are set). */
export function hasLineGrid(t: PrintTemplate): boolean {
  return t.charsPerLine !== null;
}

/**
 * A section's grid. 公文's body: a line grid at the body's pitch (22 lines), with the charSpace
 * of 28 characters. The cover and other templates record the pitch without snapping, their
 * lines set by the styles (the cover's pictures would otherwise take whole grid lines).
 */
export function documentGrid(t: PrintTemplate, snap = true): ISectionPropertiesOptions['grid'] {
  if (t.charsPerLine === null || !snap) return { type: DocumentGridType.DEFAULT, linePitch: bodyLinePitch(t) };
  return { type: DocumentGridType.LINES, linePitch: bodyLinePitch(t), charSpace: gridCharSpace(t, t.charsPerLine) };
}
