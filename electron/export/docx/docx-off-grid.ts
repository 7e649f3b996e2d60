import JSZip from 'jszip';
import { ReportError } from '../../../core/errors';
import { STYLE } from './docx-styles';

/**
 * Paragraph styles whose lines keep their own height on 公文's line grid: photos, captions,
 * table text, titles, the cover, header and footer. Snapped, Word and LibreOffice round each of
 * their lines up to whole 28.95 pt grid lines: a gap of up to a line between photo and caption,
 * 小四 table rows a grid line tall. The body, headings and 目录 are set on the grid.
 */
export const OFF_GRID_STYLES: readonly string[] = [
  'Caption',
  'Title',
  'Header',
  'Footer',
  STYLE.figure,
  STYLE.chartSource,
  STYLE.tableText,
  STYLE.coverTitle,
  STYLE.coverYear,
  STYLE.coverLine,
];

/**
 * Writes `<w:snapToGrid w:val="0"/>` into the paragraph properties of `styleIds` in the
 * package's styles.xml (the docx library has no such paragraph option). The schema puts it
 * just before w:spacing, which each of those styles has.
 */
export async function keepStylesOffGrid(bytes: Buffer, styleIds: readonly string[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/styles.xml');
  if (!part) throw new ReportError('EXPORT_FAILED', 'styles.xml missing from the .docx');
  let xml = await part.async('string');
  for (const id of styleIds) {
    const style = new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(xml)?.[0];
    const pPr = style ? /<w:pPr>[\s\S]*?<\/w:pPr>/.exec(style)?.[0] : undefined;
    if (!style || !pPr?.includes('<w:spacing '))
      throw new ReportError('EXPORT_FAILED', `style ${id} has no paragraph spacing to keep off the grid`);
    const offGrid = pPr.replace('<w:spacing ', '<w:snapToGrid w:val="0"/><w:spacing ');
    xml = xml.replace(style, style.replace(pPr, offGrid));
  }
  zip.file('word/styles.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
