import {
  AlignmentType,
  BorderStyle,
  type IParagraphOptions,
  type IParagraphStyleOptions,
  type IParagraphStylePropertiesOptions,
  type IRunOptions,
  type IStylesOptions,
  LineRuleType,
} from 'docx';
import { type FontRole, docxFont } from '../../../core/print/fonts';
import type { PrintTemplate } from '../../../core/print/templates';
import { caseTitleLine, gridPitch } from './docx-line-grid';
import { bodyCharSpacing, bodyLinePitch } from './docx-page-grid';
import { twip } from './twip';

/**
 * Word styles of a print template. Headings use Word's built-in Heading 1–4 (ids Heading1…,
 * names "heading 1"…) with outline levels, so the navigation pane and 更新目录 work; captions
 * use the built-in Caption style, and the report's own parts (cases, tables, photos, cover)
 * have Chinese-named styles. Runs carry no font or size of their own, so changing 正文 or
 * 标题 2 in Word restyles the whole report; the East-Asian font and zh-CN language come from
 * docDefaults and the styles (LibreOffice draws Japanese glyph shapes without the language).
 */

export const LATIN_FONT = 'Times New Roman';
export const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

export { twip } from './twip';

export function fontOf(role: FontRole) {
  const eastAsia = docxFont(role);
  const latin = role === 'hei' ? 'Arial' : LATIN_FONT;
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin };
}

/** Run formatting for a role and size: the East-Asian font and zh-CN on every run. */
export function runFormat(role: FontRole, sizePt: number, extra: Partial<IRunOptions> = {}): IRunOptions {
  return { font: fontOf(role), size: Math.round(sizePt * 2), language: LANGUAGE, ...extra };
}

/** The fixed body line pitch (22 lines a page in 公文风, the document grid's), as exact line spacing. */
export function exactLine(t: PrintTemplate) {
  return { line: bodyLinePitch(t), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

/** Type other than the body's at exact spacing of its own, else each line would take a grid line. */
const ownLine = (sizePt: number) => ({
  line: twip.fromPt(sizePt * 1.5),
  lineRule: LineRuleType.EXACT,
  before: 0,
  after: 0,
});

/**
 * No first-line indent where 正文 has one: Word reads firstLineChars over firstLine, and a style
 * inherits each apart, so firstLine 0 alone left captions, case titles and 目录 lines indented
 * two characters by 正文's firstLineChars (docx's layout, which follows Word, shows it; LibreOffice
 * 7.4 does not read firstLineChars, so its rendering never did).
 */
export const NO_FIRST_LINE = { firstLine: 0, firstLineChars: 0 } as const;

export function bodyIndent(t: PrintTemplate) {
  return { firstLine: twip.fromPt(t.body.size * t.body.indentChars), firstLineChars: t.body.indentChars * 100 };
}

/** Headings start at the body's first-line indent in 公文 and at the margin in 简洁; their number sits there too. */
export function headingIndent(t: PrintTemplate) {
  return t.indentHeadings ? { left: 0, ...bodyIndent(t) } : { left: 0, ...NO_FIRST_LINE };
}

/**
 * A list item's indent at `depth`. 简洁: the marker hangs in the first 2 characters, the text
 * aligns after it. 公文: every level is a body paragraph, the marker indented 2 characters and
 * wrapped lines back at the margin (as print-css sets `.list li`).
 */
export function listIndent(t: PrintTemplate, depth: number) {
  if (t.lists === 'official') return { left: 0, ...bodyIndent(t) };
  const hang = twip.fromPt(t.body.size * t.body.indentChars);
  return { left: hang * (depth + 1), hanging: hang, firstLineChars: 0 };
}

/** The Word lists (numbering references) the .docx defines: the headings' and the typed lists'. */
export const HEADING_REFERENCE = 'nianbao-headings';
export const LIST_REFERENCE = { ordered: 'nianbao-ordered', bullet: 'nianbao-bullet' } as const;

/** Paragraph style ids the blocks name; Word shows the built-in ones in the user's language (正文, 题注…). */
export const STYLE = {
  unnumberedHeading1: 'UnnumberedHeading1',
  caseTitle: 'CaseTitle',
  caseBody: 'CaseBody',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  figure: 'Figure',
  chartSource: 'ChartSource',
  coverTitle: 'CoverTitle',
  coverYear: 'CoverYear',
  coverLine: 'CoverLine',
} as const;

const CENTRED = { alignment: AlignmentType.CENTER, indent: NO_FIRST_LINE } as const;

/** A style of the report's own, named in Chinese, under Normal unless told. */
function own(id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, ...options };
}

function headingStyles(t: PrintTemplate): IParagraphStyleOptions[] {
  return t.headings.map((h, i) => ({
    id: `Heading${i + 1}`,
    name: `heading ${i + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: {
      font: fontOf(h.role),
      size: h.size * 2,
      bold: h.bold,
      color: i === 0 && t.id === 'jianjie' ? t.accent.slice(1) : '000000',
    },
    paragraph: {
      outlineLevel: i,
      keepNext: true,
      keepLines: true,
      spacing: exactLine(t),
      indent: headingIndent(t),
      numbering: { reference: HEADING_REFERENCE, level: i },
      ...(i === 0 && t.chapterOnNewPage ? { pageBreakBefore: true } : {}),
    },
  }));
}

/** The name Word shows, and the TOC field's \t switch names, for a level-1 heading without a number. */
export const UNNUMBERED_HEADING_1 = '不编号标题 1';

/**
 * 摘要, 参考文献, 致谢 or 附录: 标题 1 as it looks, in the 目录 and the navigation pane at level 1,
 * centred and without a number, but not Word's Heading 1 itself. Word restarts a caption
 * numbered with its chapter (插入题注's 包含章节号, SEQ \s 1) and reads STYLEREF 1 at every
 * Heading 1 paragraph: set in Heading 1, 参考文献 would start 图N again there, where the report's
 * own numbers go on.
 */
function unnumberedHeading1Style(): IParagraphStyleOptions {
  return {
    id: STYLE.unnumberedHeading1,
    name: UNNUMBERED_HEADING_1,
    basedOn: 'Heading1',
    next: 'Normal',
    quickFormat: true,
    paragraph: {
      outlineLevel: 0,
      numbering: false,
      alignment: AlignmentType.CENTER,
      indent: { left: 0, ...NO_FIRST_LINE },
    },
  };
}

function caseStyles(t: PrintTemplate): IParagraphStyleOptions[] {
  const pitch = gridPitch(t);
  return [
    own(STYLE.caseTitle, '案例标题', {
      next: STYLE.caseBody,
      run: { font: fontOf('hei') },
      paragraph: {
        keepNext: true,
        keepLines: true,
        indent: NO_FIRST_LINE,
        ...(pitch !== null && t.caseStyle === 'frame' && { spacing: { ...exactLine(t), line: caseTitleLine(pitch) } }),
      },
    }),
    // As 正文 today; its own style so a user can set cases apart (a smaller size, another font) in one place.
    own(STYLE.caseBody, '案例正文', { next: STYLE.caseBody, paragraph: { indent: bodyIndent(t) } }),
  ];
}

function tableStyles(t: PrintTemplate): IParagraphStyleOptions[] {
  // On the line grid each line of a table takes a pitch, so its rows are whole pitches (docx-line-grid.ts).
  const cell = { ...CENTRED, spacing: gridPitch(t) === null ? ownLine(t.table.size) : exactLine(t) };
  return [
    own(STYLE.tableText, '表格文字', {
      next: STYLE.tableText,
      run: { font: fontOf(t.table.role), size: t.table.size * 2 },
      paragraph: cell,
    }),
    own(STYLE.tableHeader, '表格表头', {
      basedOn: STYLE.tableText,
      next: STYLE.tableText,
      run: { font: fontOf('hei'), bold: true },
    }),
  ];
}

/** Cover lines are set at 1.6 times their size, as print-css's .cover-title. */
export const COVER_LINE_SPACING = 1.6;

/** The year line: 楷体 at the title size in 公文风, a smaller 黑体 under the title on 简洁's band (print-css). */
export function coverYearSize(t: PrintTemplate): number {
  return t.id === 'jianjie' ? 18 : t.title.size;
}

/** Issuer and date: 三号 仿宋 in 公文风, 14 pt 黑体 beside the accent rule in 简洁. */
export function coverLineSize(t: PrintTemplate): number {
  return t.id === 'jianjie' ? 14 : 16;
}

function coverStyles(t: PrintTemplate): IParagraphStyleOptions[] {
  const band = t.id === 'jianjie';
  // 简洁's title and year are white, left-aligned on the band; its issuer and date sit beside a rule.
  const placed = band ? { alignment: AlignmentType.LEFT, indent: NO_FIRST_LINE } : CENTRED;
  const line = (size: number) => ({
    ...placed,
    spacing: { before: 0, after: 0, line: Math.round(size * 20 * COVER_LINE_SPACING), lineRule: LineRuleType.EXACT },
  });
  const font = (role: FontRole, size: number, bold = false) => ({
    font: fontOf(role),
    size: size * 2,
    bold,
    ...(band && { color: 'FFFFFF' }),
  });
  const titleSize = Math.round(t.title.size * 1.45);
  const issuer = coverLineSize(t);
  return [
    own(STYLE.coverTitle, '封面标题', {
      run: font(t.title.role, titleSize, t.title.role === 'xiaobiaosong'),
      paragraph: line(titleSize),
    }),
    own(STYLE.coverYear, '封面年度', {
      run: font(band ? 'hei' : 'kai', coverYearSize(t)),
      paragraph: line(coverYearSize(t)),
    }),
    own(STYLE.coverLine, '封面署名', {
      run: band
        ? { font: fontOf('hei'), size: issuer * 2, color: '333333' }
        : { font: fontOf('fangsong'), size: issuer * 2 },
      paragraph: band
        ? {
            ...line(issuer),
            indent: { left: twip.fromMm(5), ...NO_FIRST_LINE },
            border: { left: { style: BorderStyle.SINGLE, size: 20, color: t.accent.slice(1), space: 14 } },
          }
        : line(issuer),
    }),
  ];
}

/**
 * 正文's paragraph, widow control off and said so: without the element Word and docx's estimate
 * keep two lines together, but LibreOffice 7.4 leaves one at a page's foot inside a table cell (a
 * case's text); with 53 photos a case's title then moved a page apart and 3 目录 entries with it.
 * Off, all three break alike, and a 公文 page keeps its 22 full lines. docx writes widowControl
 * in a style as in a paragraph, though its style type leaves it out.
 */
function normalParagraph(t: PrintTemplate): IParagraphStylePropertiesOptions {
  const paragraph: IParagraphStylePropertiesOptions & Pick<IParagraphOptions, 'widowControl'> = {
    spacing: exactLine(t),
    indent: bodyIndent(t),
    alignment: AlignmentType.JUSTIFIED,
    widowControl: false,
  };
  return paragraph;
}

export function documentStyles(t: PrintTemplate): IStylesOptions {
  const onGrid = gridPitch(t) !== null;
  return {
    default: {
      document: { run: runFormat(t.body.role, t.body.size), paragraph: { spacing: exactLine(t) } },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        quickFormat: true,
        // Condensed in 公文 so that 28 full-width characters fill a line (docx-page-grid.ts says why).
        run: runFormat(t.body.role, t.body.size, bodyCharSpacing(t) ? { characterSpacing: bodyCharSpacing(t) } : {}),
        paragraph: normalParagraph(t),
      },
      ...headingStyles(t),
      unnumberedHeading1Style(),
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fontOf(t.caption.role), size: t.caption.size * 2 },
        // On the line grid a caption line takes a pitch (docx-line-grid.ts), with no room after it.
        paragraph: { ...CENTRED, spacing: onGrid ? exactLine(t) : { ...ownLine(t.caption.size), after: 120 } },
      },
      // Photos (and the mark where one is missing) in a centred paragraph kept with its caption below.
      own(STYLE.figure, '图片', {
        next: 'Caption',
        run: { font: fontOf(t.caption.role), size: t.caption.size * 2, color: '808080' },
        paragraph: {
          ...CENTRED,
          keepNext: true,
          keepLines: true,
          // A picture's own paragraph sets its line in whole pitches on the grid (docx-blocks.ts).
          spacing: onGrid ? exactLine(t) : { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 60 },
        },
      }),
      // A chart's 数据来源 line, between its picture and its caption and kept with both.
      own(STYLE.chartSource, '数据来源', {
        next: 'Caption',
        run: { font: fontOf(t.caption.role), size: Math.max(18, t.caption.size * 2 - 3) },
        paragraph: {
          ...CENTRED,
          keepNext: true,
          spacing: onGrid ? exactLine(t) : { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 60 },
        },
      }),
      ...caseStyles(t),
      ...tableStyles(t),
      {
        id: 'Title',
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fontOf(t.title.role), size: t.title.size * 2, bold: t.title.role === 'xiaobiaosong' },
        paragraph: { ...CENTRED, spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
      ...coverStyles(t),
      // The running header of 简洁: small, grey, right-aligned over a rule in the accent colour (print-css
      // .running-head).
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { font: fontOf('song'), size: 18, color: '444444' },
        paragraph: {
          alignment: AlignmentType.RIGHT,
          indent: NO_FIRST_LINE,
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: t.accent.slice(1), space: 1 } },
        },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { font: fontOf(t.folio.role), size: t.folio.size * 2 },
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: runFormat(level === 1 ? t.headings[0].role : t.body.role, t.body.size),
        paragraph: {
          indent: { left: twip.fromPt(t.body.size * (level - 1)), ...NO_FIRST_LINE },
          spacing: exactLine(t),
        },
      })),
    ],
  };
}
