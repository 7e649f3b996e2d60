import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';
import { type PrintTemplate, contentHeight, contentWidth } from '../../../core/print/templates';

/** GB/T 9704 sets 28 characters of 三号 on a 156 mm line; 简洁 sets the font's own width. */
const CHARS_PER_LINE: Partial<Record<PrintTemplate['id'], number>> = { gongwen: 28 };

const TWIPS_PER_MM = 1440 / 25.4;

/**
 * The body line pitch in twips, rounded down: Word fits floor(type area ÷ pitch) lines on a page,
 * so 29 pt (580) leaves 21 lines on a 225 mm 公文 type area where 28.95 pt (579) gives 22.
 */
export function bodyLinePitch(t: PrintTemplate): number {
  return Math.floor((contentHeight(t) * TWIPS_PER_MM) / t.linesPerPage);
}

/**
 * The body text's character spacing in twips that sets the template's characters a line (公文:
 * -5, so 28 characters of 15.75 pt fit 156 mm and 29 do not); 0 where the template sets none.
 * Spacing, not a linesAndChars grid: LibreOffice 7.4 reads that grid's charSpace as a square grid
 * and sets 15 characters a line, where Word, WPS and LibreOffice all honour character spacing.
 */
export function bodyCharacterSpacing(t: PrintTemplate): number {
  const chars = CHARS_PER_LINE[t.id];
  if (chars === undefined) return 0;
  const pitchTwips = (contentWidth(t) * TWIPS_PER_MM) / chars;
  return Math.floor(pitchTwips - t.body.size * 20);
}

/**
 * The section's grid: the body's pitch, as Word's page setup shows it, but no snapping (type
 * default). The body's exact spacing already sets 22 lines; a line grid would also round each
 * photo's line up to whole grid lines, leaving a gap of up to a line between photo and caption.
 */
export function documentGrid(t: PrintTemplate): ISectionPropertiesOptions['grid'] {
  return { type: DocumentGridType.DEFAULT, linePitch: bodyLinePitch(t) };
}
