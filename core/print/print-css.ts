import { FIGURE_ROW_GAP_MM } from './figure-size';
import { fontStack } from './fonts';
import {
  A4,
  CASE_BORDER_PT,
  COVER_EMBLEM_MM,
  COVER_PHOTO_MM,
  CASE_PADDING_MM,
  type PrintTemplate,
  charPitch,
  contentWidth,
  linePitch,
} from './templates';

/**
 * The print stylesheet of a template. Paged.js reads the @page rules and the break
 * properties; page numbers and TOC numbers are written by the pagination script after
 * layout (see paged-script.ts), so their position can follow the printed number's parity.
 */
export function printCss(t: PrintTemplate): string {
  const pitch = `${cssLinePitch(t).toFixed(3)}pt`;
  const grid = charPitch(t);
  const indent = grid === null ? `${t.body.indentChars}em` : `${(grid * t.body.indentChars).toFixed(3)}pt`;
  const headingIndent = t.indentHeadings ? indent : '0';
  const [h1, h2, h3, h4] = t.headings;
  const frame =
    t.caseStyle === 'frame'
      ? `border: ${CASE_BORDER_PT.frame}pt solid #000; padding: 3mm ${CASE_PADDING_MM}mm; margin: ${caseMargin(t)};`
      : `background: #f2f5f9; border-left: ${CASE_BORDER_PT.band}pt solid ${t.accent}; ` +
        `padding: 3mm ${CASE_PADDING_MM}mm; margin: 0.5em 0;`;
  const jianjieH1 = t.id === 'jianjie' ? `color: ${t.accent}; margin: ${pitch} 0 0.5em; line-height: 1.5;` : '';
  // A line ending in \ goes on in the next one: the template leaves the line break out.
  return `
@page {
  size: A4;
  margin: ${t.margin.top}mm ${t.margin.right}mm ${t.margin.bottom}mm ${t.margin.left}mm;
}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; zoom: ${printZoom(t)}; }
body {
  margin: 0;
  font-family: ${fontStack(t.body.role)};
  font-size: ${t.body.size}pt;
  line-height: ${pitch};
  color: #000;
  /* Justify paragraphs, not containers: Paged.js justifies the last line of the element it
     splits, and a split container would pass that on to every block inside it. */
  text-align: left;
  font-kerning: none;
  ${gridCss(t)}
  orphans: 2;
  widows: 2;
}
p, li { text-align: justify; }
p { margin: 0; text-indent: ${indent}; }
p.align-center { text-align: center; text-indent: 0; }
p.align-right { text-align: right; }
b, strong { font-weight: 700; }

/* Cover: no page number (the pagination script skips its page). */
.cover { page: cover; break-after: page; text-align: center; text-indent: 0;\
 height: ${A4.height - t.margin.top - t.margin.bottom - 2}mm; display: flex; flex-direction: column; }
.cover-title { margin-top: 40mm; font-family: ${fontStack(t.title.role)};\
 font-size: ${Math.round(t.title.size * 1.45)}pt; line-height: 1.6; ${titleWeight(t)} }
.cover-title div { text-indent: 0; white-space: nowrap; }
.cover-year { margin-top: 10mm; font-family: ${fontStack('kai')}; font-size: ${t.title.size}pt; line-height: 1.6; }
.cover-foot { margin-top: auto; margin-bottom: 15mm; font-family: ${fontStack('fangsong')}; font-size: 16pt;\
 line-height: 2; }
.cover-emblem { display: block; height: ${COVER_EMBLEM_MM}mm; width: auto; margin: 6mm auto 0; }
.cover-emblem + .cover-title { margin-top: 14mm; }
/* The photo gives way (down to 30 mm) before the cover's text would run onto a second page. */
.cover-photo { display: block; width: 100%; height: auto; flex: 0 1 ${COVER_PHOTO_MM[t.id]}mm; min-height: 30mm;\
 object-fit: cover; margin-top: 10mm; }
.cover.with-photo .cover-title { margin-top: 20mm; }
${t.id === 'jianjie' ? jianjieCover(t) : ''}
/* Front matter: 前言 and 目录. */
.front-title { font-family: ${fontStack(t.title.role)}; font-size: ${t.title.size}pt;\
 ${titleWeight(t)} text-align: center; text-indent: 0; margin: 0 0 ${pitch}; line-height: ${pitch}; }
.preface { break-after: page; }
/* Printed on both sides: 前言, 目录 and the body open on a right-hand page (a blank left one before if need be).
   A class on each part, not on body: Paged.js matches break rules inside the content only. */
.recto { break-before: right; }
.toc { break-after: page; }
.toc-entry { display: flex; align-items: baseline; text-indent: 0; color: inherit; text-decoration: none; }
.toc-entry .toc-text { flex: 0 1 auto; }
.toc-entry .toc-leader { flex: 1 1 auto; border-bottom: 1pt dotted #000; margin: 0 0.3em;\
 transform: translateY(-0.3em); min-width: 2em; }
.toc-entry .toc-page { flex: 0 0 auto; min-width: 2em; text-align: right; }
.toc-1 { font-family: ${fontStack(h1.role)}; }
.toc-2 { padding-left: 1em; }
.toc-3 { padding-left: 2em; }

/* Headings: never the last line of a page. */
h1, h2, h3, h4 { margin: 0; font-weight: normal; text-indent: ${headingIndent}; line-height: ${pitch};\
 break-after: avoid; break-inside: avoid; }
h1 { font-family: ${fontStack(h1.role)}; font-size: ${h1.size}pt; ${h1.bold ? 'font-weight: 700;' : ''}\
 ${t.chapterOnNewPage ? 'break-before: page;' : ''} ${jianjieH1} }
h2 { font-family: ${fontStack(h2.role)}; font-size: ${h2.size}pt; ${h2.bold ? 'font-weight: 700;' : ''} }
h3 { font-family: ${fontStack(h3.role)}; font-size: ${h3.size}pt; ${h3.bold ? 'font-weight: 700;' : ''} }
h4 { font-family: ${fontStack(h4.role)}; font-size: ${h4.size}pt; ${h4.bold ? 'font-weight: 700;' : ''} }
.heading-group { break-inside: avoid; break-after: avoid; }
/* The 目录 already ends its page: a chapter opening the body must not add a blank one. */
main > h1:first-child, main > .heading-group:first-child > h1:first-child { break-before: auto; }
/* 摘要, 参考文献 and 致谢 stand unnumbered in the middle of the line, as reports set them. */
h1.unnumbered { text-align: center; text-indent: 0; }

/* Cases: set apart by a frame or a band; the label and title in 黑体. */
.case { ${frame} }
.case-title { font-family: ${fontStack('hei')}; text-indent: 0; break-after: avoid; break-inside: avoid; }
.case-label { margin-right: 0.25em; }

/* Figures: centred, caption below and on the same page as its photo. */
figure { max-width: 100%; margin: 0.4em auto; break-inside: avoid; text-align: center; text-indent: 0; }
figure img { display: block; margin: 0 auto; height: auto; max-width: 100%; }
figcaption, .table-caption, table { letter-spacing: normal; }
figcaption, .table-caption { font-family: ${fontStack(t.caption.role)}; font-size: ${t.caption.size}pt;\
 line-height: 1.5; text-indent: 0; text-align: center; margin-top: 0.2em; }
.figure-missing { margin: 0 auto; border: 0.75pt dashed #888; color: #666; display: flex; align-items: center;\
 justify-content: center; height: 30mm; width: 60%; font-size: ${t.caption.size}pt; }
.chart { margin: 0 auto; max-width: 100%; }
.chart svg { display: block; width: 100%; height: auto; }
.chart-source { font-family: ${fontStack(t.caption.role)}; font-size: ${Math.max(9, t.caption.size - 1.5)}pt;\
 line-height: 1.5; text-indent: 0; text-align: center; color: #333; letter-spacing: normal; }
.figure-missing.chart-problem { height: auto; min-height: 30mm; flex-direction: column; padding: 2mm; color: #8a1c1c; }
.figure-row { max-width: 100%; display: flex; gap: ${FIGURE_ROW_GAP_MM}mm; margin: 0.4em auto; break-inside: avoid;\
 align-items: flex-start; }
.figure-row figure { margin: 0; flex-basis: 0; min-width: 0; }
.figure-row figure img { width: 100%; }

/* Tables: caption above (in the caption font, as the .docx's 题注), kept with the table; rows never split. */
.table-caption { break-after: avoid; margin: 0.4em 0 0.2em; }
table { border-collapse: collapse; table-layout: fixed; max-width: 100%; margin-left: auto; margin-right: auto;\
 font-family: ${fontStack(t.table.role)}; font-size: ${t.table.size}pt; line-height: 1.4; margin-bottom: 0.4em; }
td, th { border: 0.75pt solid #000; padding: 1mm 1.5mm; text-align: center; vertical-align: middle; }
th { font-family: ${fontStack('hei')}; font-weight: normal; }
td.align-left, th.align-left { text-align: left; }
td.align-right, th.align-right { text-align: right; }
tr { break-inside: avoid; }

/* A hanging marker (wrapped lines align with the text after it, as in Word), or a 公文 paragraph. */
.list { margin: 0; padding-left: 0; list-style: none; }
${
  t.lists === 'official'
    ? `.list li { text-indent: ${indent}; }`
    : `.list li { padding-left: ${indent}; text-indent: -${indent}; }
.li-marker { display: inline-block; min-width: ${indent}; text-indent: 0; }`
}
.page-break { break-after: page; height: 0; }

/* Added by the pagination script on each page. */
.folio { position: absolute; top: ${A4.height - t.margin.bottom + t.folio.below}mm;\
 font-family: ${fontStack(t.folio.role)}; font-size: ${t.folio.size}pt; line-height: 1; white-space: nowrap; }
.folio.odd { right: calc(${t.margin.right}mm + 1em); }
.folio.even { left: calc(${t.margin.left}mm + 1em); }
.running-head { position: absolute; top: ${t.margin.top - 12}mm; left: ${t.margin.left}mm;\
 width: ${contentWidth(t)}mm; border-bottom: 0.5pt solid ${t.accent}; font-family: ${fontStack('song')};\
 font-size: 9pt; line-height: 1.6; color: #444; text-align: right; }
`;
}

/**
 * 简洁's cover is set edge to edge: the title in white on a band of the accent colour, the photo
 * the full width of the sheet under it, issuer and date beside a rule at the foot.
 */
function jianjieCover(t: PrintTemplate): string {
  // A line ending in \ goes on in the next one, as in printCss.
  return `@page cover { margin: 0; }
.cover { height: ${A4.height - 2}mm; text-align: left; }
.cover-band { background: ${t.accent}; color: #fff; padding: 28mm ${t.margin.right}mm 16mm ${t.margin.left}mm; }
.cover-band .cover-title, .cover.with-photo .cover-band .cover-title { margin-top: 10mm; }
.cover-band .cover-emblem { margin: 0; background: #fff; padding: 2mm; border-radius: 2mm; }
/* Without a photo the band takes the upper half of the sheet, the title at its foot. */
.cover:not(.with-photo) .cover-band { min-height: 150mm; display: flex; flex-direction: column;\
 justify-content: flex-end; padding-bottom: 22mm; }
.cover:not(.with-photo) .cover-band .cover-emblem { align-self: flex-start; margin-bottom: auto; }
.cover-band .cover-emblem + .cover-title { margin-top: 12mm; }
.cover-year { margin-top: 4mm; font-family: ${fontStack('hei')}; font-size: 18pt; opacity: 0.9; }
.cover-photo { margin-top: 0; }
.cover-foot { margin: auto ${t.margin.right}mm 24mm ${t.margin.left}mm; padding-left: 5mm;\
 border-left: ${CASE_BORDER_PT.band}pt solid ${t.accent}; font-family: ${fontStack('hei')}; font-size: 14pt;\
 line-height: 1.8; color: #333; }
`;
}

/**
 * 小标宋 is a heavy face with no bold: asking for 700 selects the bundled serif's bold when it
 * is missing, and font-synthesis: none keeps Chromium from smearing a fake bold over 小标宋 itself.
 */
function titleWeight(t: PrintTemplate): string {
  return t.title.role === 'xiaobiaosong' ? 'font-weight: 700; font-synthesis: none;' : 'font-weight: 400;';
}

/**
 * On a line grid the frame's margins, borders and padding add up to two line pitches, so the
 * text after it is back on the page's grid (the text inside sits a little off it). The room is
 * made below the frame: Paged.js drops lines where a case with more room above runs onto the
 * next page.
 */
function caseMargin(t: PrintTemplate): string {
  if (charPitch(t) === null) return '0.5em 0';
  const above = t.body.size / 2;
  const frame = 2 * (CASE_BORDER_PT.frame + (3 * 72) / 25.4);
  return `${above}pt 0 ${(2 * cssLinePitch(t) - frame - above).toFixed(3)}pt`;
}

/** A hair under the exact pitch: rounding in layout must never push a page's last line over its foot. */
export function cssLinePitch(t: PrintTemplate): number {
  return linePitch(t) - 0.01;
}

/**
 * Chromium paints each text line at a whole CSS pixel, so a 38.6 px pitch prints as 38 and
 * 39 px lines, off the grid by up to 0.13 mm. The page is laid out zoomed until the pitch is
 * a whole number of pixels, and printed at the inverse scale (the printer reads it from the
 * ready flag), which puts every line back at its exact pitch on paper.
 */
export function printZoom(t: PrintTemplate): number {
  const px = (cssLinePitch(t) * 96) / 72;
  return Number((Math.ceil(px) / px).toFixed(6));
}

/**
 * Word's 文档网格 for the body: each full-width character (punctuation included) takes one
 * character pitch, so a full line holds exactly `charsPerLine` of them. A hair under the
 * pitch, so rounding in layout never pushes the last character of a full line to the next.
 * Punctuation keeps its full width (no trimming) and no extra space is put around Latin.
 */
function gridCss(t: PrintTemplate): string {
  const grid = charPitch(t);
  if (grid === null) return '';
  return (
    `letter-spacing: ${(grid - t.body.size - 0.005).toFixed(3)}pt; ` +
    'text-spacing-trim: space-all; text-autospace: no-autospace;'
  );
}

/**
 * How the paginated pages look on screen (打印预览): sheets on a grey desk. Kept out of
 * printCss in a `<style media="screen">`, which Paged.js leaves alone (it drops screen rules
 * from the stylesheets it paginates) and printing ignores.
 */
export const SCREEN_CSS = `body { background: #e8e8e8; margin: 0; padding: 8mm 0; }
.pagedjs_pages { display: flex; flex-direction: column; align-items: center; }
.pagedjs_page { background: #fff; margin: 0 0 8mm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
`;
