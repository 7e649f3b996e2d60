import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';
import { A4, type PrintTemplate } from '../../../core/print/templates';
import { twip } from './twip';

/**
 * The 公文 page as Word's 文档网格 sets it: 22 lines of 28 characters on the 156 × 225 mm type area.
 *
 * Word and WPS templates write `docGrid type="linesAndChars"` with a charSpace that narrows the
 * character pitch below the 三号 font size. LibreOffice 7.4 cannot lay that out: it gives each
 * 16 pt glyph as many grid cells as it needs (two of 15.8 pt), so its lines held 14 characters
 * (measured with pdftotext -bbox; type snapToChars and condensed text alike). A line grid
 * (type lines) gives 22 lines in all three, but LibreOffice then sets the line after each photo
 * or table on the next line of the page's grid, up to a line lower than Word: with 53 photos
 * 16 of 36 目录 entries were a page off its pages, 3 without snapping. So the grid is recorded
 * (pitch and the charSpace of 28 characters, for Word's page setup) without snapping (type
 * default); the 22 lines come from 正文's exact spacing at the pitch and the 28 characters from
 * 正文 condensed by the difference between the font size and the pitch, which Word, WPS and
 * LibreOffice all follow.
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

/** A section's grid: the body's pitch and, in 公文, the charSpace of 28 characters, without snapping (see above). */
export function documentGrid(t: PrintTemplate): ISectionPropertiesOptions['grid'] {
  return {
    type: DocumentGridType.DEFAULT,
    linePitch: bodyLinePitch(t),
    ...(t.charsPerLine !== null && { charSpace: gridCharSpace(t, t.charsPerLine) }),
  };
}
