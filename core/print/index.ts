export { type CoverOptions, type CoverText, coverText } from './cover';
export { BUNDLED_FONTS, FONT_CSS_FILE, OFFICE_FONTS, ZIHAO, docxFont, fontStack } from './fonts';
export { PRINT_READY_FLAG, type PrintReadyInfo } from './paged-script';
export { type PrintOptions, headingLabel, printHtml } from './print-html';
export {
  A4,
  PRINT_TEMPLATES,
  type PrintTemplate,
  type Template,
  contentHeight,
  contentWidth,
  linePitch,
} from './templates';
