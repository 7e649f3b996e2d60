import { DocumentGridType, type ISectionPropertiesOptions } from 'docx';
import { type PrintTemplate, contentHeight } from '../../../core/print/templates';

const TWIPS_PER_MM = 1440 / 25.4;

/**
 * The body line pitch in twips, rounded down: Word fits floor(type area ÷ pitch) lines on a page,
 * so 29 pt (580) leaves 21 lines on a 225 mm 公文 type area where 28.95 pt (579) gives 22.
 */
export function bodyLinePitch(t: PrintTemplate): number {
  return Math.floor((contentHeight(t) * TWIPS_PER_MM) / t.linesPerPage);
}

/**
 * The section's grid: the body's pitch, as Word's page setup shows it, but no snapping (type
 * default). The body's exact spacing already sets 22 lines; a line grid would also round each
 * photo's line up to whole grid lines, leaving a gap of up to a line between photo and caption.
 */
export function documentGrid(t: PrintTemplate): ISectionPropertiesOptions['grid'] {
  return { type: DocumentGridType.DEFAULT, linePitch: bodyLinePitch(t) };
}
