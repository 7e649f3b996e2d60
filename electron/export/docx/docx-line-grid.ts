import { LineRuleType } from 'docx';
import { type PrintTemplate, charPitch } from '../../../core/print/templates';
import { bodyLinePitch } from './docx-page-grid';

/**
 * 公文 text stays on the page's line grid (22 lines) after photos, figure rows, captions, tables
 * and case frames when each of them takes a whole number of line pitches, as the PDF sets them
 * (line-grid-script.ts). Left to the renderer it does not: LibreOffice set the text after a photo
 * at single spacing 1.8 pt off the grid, and after a table of 0.5 pt rules half a point per rule.
 * So a picture's line is given whole pitches, captions and table text a pitch a line, a table
 * the gap under it that takes up its rules, and a case frame's title line and the room under its
 * text the rules around it. Rows are not given heights: LibreOffice 7.4 counts the rule above a
 * row inside a row's least height, Word (as docx's layout follows it) outside, while both add the
 * rules to rows sized by their text.
 * Templates without a grid (简洁) keep their natural spacing.
 */

/** The body's line pitch in twips where text sits on a line grid (公文), else null. */
export function gridPitch(t: PrintTemplate): number | null {
  return charPitch(t) === null ? null : bodyLinePitch(t);
}

/** `twips` rounded up to whole line pitches. */
export function wholeLines(twips: number, pitch: number): number {
  return Math.max(1, Math.ceil(twips / pitch - 1e-6)) * pitch;
}

/**
 * A picture's line: at least whole pitches that hold the picture with a quarter line clear
 * (the PDF's eighth above and below), below its baseline the paragraph mark's descent in there.
 * At least, not exactly: Word sets an exact line's baseline at 80% of its height (docx's layout,
 * EXACT_ABOVE_BASELINE) and cuts off the top of a picture taller than that; a line at least as
 * tall as asked is as tall as asked when its picture fits, in Word, LibreOffice and docx's
 * estimate alike.
 */
export function pictureLine(pictureTwips: number, pitch: number) {
  return {
    line: wholeLines(pictureTwips + pitch / 4, pitch),
    lineRule: LineRuleType.AT_LEAST,
    before: 0,
    after: 0,
  };
}

/** A border's width in twips from its size in eighths of a point. */
export const borderTwips = (size: number) => (size * 20) / 8;

/** The thin rule of tables and case frames, in eighths of a point (half a point). */
export const THIN_RULE = 4;

/**
 * 案例标题's exact line on the grid: a pitch less the frame's rule above it, so the frame's text
 * is on the grid under it. A frame running over a page has no rule at the top of the next one.
 */
export function caseTitleLine(pitch: number): number {
  return pitch - borderTwips(THIN_RULE);
}
