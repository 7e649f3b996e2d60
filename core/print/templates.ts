import type { templates } from '../report-meta';
import { type FontRole, ZIHAO } from './fonts';

/**
 * The measurements of a print template. 公文风 follows GB/T 9704-2012 where it applies to a
 * report; 简洁 keeps the same structure with a lighter, modern page. The PDF (print CSS) and
 * the .docx both read these numbers, so the two outputs agree.
 */
export type Template = (typeof templates)[number];

export interface PrintTemplate {
  id: Template;
  /** Page margins in millimetres. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Text lines per page: the body line pitch is the type area height divided by this. */
  linesPerPage: number;
  /**
   * Full-width characters per body line, as Word's 文档网格 sets them (the type area width
   * divided by this is the character pitch); null lets the font's own advance decide.
   */
  charsPerLine: number | null;
  body: { role: FontRole; size: number; indentChars: number };
  title: { role: FontRole; size: number };
  /** Level 1–4 heading fonts. */
  headings: readonly [HeadingStyle, HeadingStyle, HeadingStyle, HeadingStyle];
  caption: { role: FontRole; size: number };
  table: { role: FontRole; size: number };
  folio: { role: FontRole; size: number /** mm below the type area */; below: number };
  /** The tallest a photo (or a row of photos) may print, in mm. */
  maxFigureHeight: number;
  /** Cases: a thin frame (公文风) or a shaded band (简洁). */
  caseStyle: 'frame' | 'band';
  /** Level-1 headings start a new page. */
  chapterOnNewPage: boolean;
  /** The report title repeated at the top of body pages. */
  runningHead: boolean;
  /**
   * Lists: 'hanging' keeps wrapped lines aligned after the marker, as Word does; 'official'
   * sets each item as a 公文 paragraph (1． and （1）, first line indented two characters,
   * wrapped lines back at the margin).
   */
  lists: 'hanging' | 'official';
  /** Indent headings by the body's first-line indent (as 公文 does). */
  indentHeadings: boolean;
  accent: string;
}

export interface HeadingStyle {
  role: FontRole;
  size: number;
  bold: boolean;
}

export const A4 = { width: 210, height: 297 } as const;

const gongwen: PrintTemplate = {
  id: 'gongwen',
  margin: { top: 37, right: 26, bottom: 35, left: 28 },
  linesPerPage: 22,
  charsPerLine: 28,
  body: { role: 'fangsong', size: ZIHAO.san, indentChars: 2 },
  title: { role: 'xiaobiaosong', size: ZIHAO.er },
  headings: [
    { role: 'hei', size: ZIHAO.san, bold: false },
    { role: 'kai', size: ZIHAO.san, bold: false },
    { role: 'fangsong', size: ZIHAO.san, bold: false },
    { role: 'fangsong', size: ZIHAO.san, bold: false },
  ],
  caption: { role: 'kai', size: ZIHAO.xiaosi },
  table: { role: 'fangsong', size: ZIHAO.xiaosi },
  folio: { role: 'song', size: ZIHAO.si, below: 7 },
  maxFigureHeight: 90,
  caseStyle: 'frame',
  chapterOnNewPage: false,
  runningHead: false,
  lists: 'official',
  indentHeadings: true,
  accent: '#000000',
};

const jianjie: PrintTemplate = {
  id: 'jianjie',
  margin: { top: 30, right: 25, bottom: 28, left: 25 },
  linesPerPage: 30,
  charsPerLine: null,
  body: { role: 'song', size: ZIHAO.xiaosi, indentChars: 2 },
  title: { role: 'hei', size: ZIHAO.er },
  headings: [
    { role: 'hei', size: ZIHAO.xiaoer, bold: false },
    { role: 'hei', size: ZIHAO.si, bold: false },
    { role: 'kai', size: ZIHAO.si, bold: false },
    { role: 'song', size: ZIHAO.xiaosi, bold: true },
  ],
  caption: { role: 'kai', size: ZIHAO.wu },
  table: { role: 'song', size: ZIHAO.wu },
  folio: { role: 'song', size: ZIHAO.wu, below: 8 },
  maxFigureHeight: 85,
  caseStyle: 'band',
  chapterOnNewPage: true,
  runningHead: true,
  lists: 'hanging',
  indentHeadings: false,
  accent: '#1f4e79',
};

export const PRINT_TEMPLATES: Record<Template, PrintTemplate> = { gongwen, jianjie };

export function contentWidth(t: PrintTemplate): number {
  return A4.width - t.margin.left - t.margin.right;
}

/** A case's side padding and its border (a frame has one each side, a band only on the left), in mm. */
export const CASE_PADDING_MM = 4;
export const CASE_BORDER_PT: Record<PrintTemplate['caseStyle'], number> = { frame: 0.75, band: 2.5 };

/** The width inside a case: photos sized to the full column would stick out of its frame. */
export function caseInnerWidth(t: PrintTemplate): number {
  const borders = t.caseStyle === 'frame' ? 2 : 1;
  return contentWidth(t) - 2 * CASE_PADDING_MM - (borders * CASE_BORDER_PT[t.caseStyle] * 25.4) / 72;
}

export function contentHeight(t: PrintTemplate): number {
  return A4.height - t.margin.top - t.margin.bottom;
}

/** Body line pitch in points: the type area divided into `linesPerPage` lines (22 → 28.99 pt). */
export function linePitch(t: PrintTemplate): number {
  return ((contentHeight(t) / 25.4) * 72) / t.linesPerPage;
}

/**
 * Body character pitch in points: the type area width divided by `charsPerLine` (28 → 15.79 pt); null without a grid.
 */
export function charPitch(t: PrintTemplate): number | null {
  return t.charsPerLine === null ? null : ((contentWidth(t) / 25.4) * 72) / t.charsPerLine;
}

/** The emblem's height over the cover title, and the cover photo's height (the full sheet's width in 简洁), in mm. */
export const COVER_EMBLEM_MM = 20;
export const COVER_PHOTO_MM: Record<Template, number> = { gongwen: 70, jianjie: 110 };
