import {
  AlignmentType,
  type ILevelsOptions,
  type INumberingOptions,
  LevelFormat,
  LevelSuffix,
  type NumberingDefinition,
} from 'docx';
import type { ChapterLabel, HeadingNumberingStyle } from '../../../core/numbering';
import type { PrintTemplate } from '../../../core/print/templates';
import { HEADING_REFERENCE, LIST_REFERENCE, headingIndent, listIndent } from './docx-styles';

/**
 * Word lists numbered as listMarkers (core/numbering.ts) numbers the PDF's: 1. → （1） → ①
 * and • → ◦ → ▪ by level, repeating further down; 公文 writes 1． with a full-width dot and sets
 * each item as a paragraph (see listIndent). Real Word numbering, so a list stays a list to edit
 * in Word and comes back as one when the .docx is imported.
 */
function listNumberingConfig(t: PrintTemplate): INumberingOptions['config'] {
  return [
    { reference: LIST_REFERENCE.ordered, levels: orderedLevels(t) },
    {
      reference: LIST_REFERENCE.bullet,
      levels: listLevels(t, (l) => ({
        format: LevelFormat.BULLET,
        text: bullets[l % 3]!,
        ...(t.lists === 'official' && { suffix: LevelSuffix.NOTHING }),
      })),
    },
  ];
}

const bullets = ['•', '◦', '▪'];

/**
 * The ordered list for a list that counts on from one above it (start 3: Word's 继续编号 written
 * out): its own list whose top level starts there, so each such list gets a w:num whose start
 * override is `start`. Lists starting at 1 use the shared LIST_REFERENCE.ordered.
 */
export function orderedListFrom(t: PrintTemplate, start: number): NumberingDefinition {
  return {
    reference: `${LIST_REFERENCE.ordered}-from-${start}`,
    levels: orderedLevels(t).map((level) => (level.level === 0 ? { ...level, start } : level)),
  };
}

/** Nine levels of a list, each as `level` shapes it, indented as listIndent sets the items. */
function listLevels(
  t: PrintTemplate,
  level: (l: number) => Pick<ILevelsOptions, 'format' | 'text' | 'suffix'>,
): ILevelsOptions[] {
  return Array.from({ length: 9 }, (_, l) => ({
    level: l,
    ...level(l),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: listIndent(t, l) } },
  }));
}

function orderedLevels(t: PrintTemplate): ILevelsOptions[] {
  const official = t.lists === 'official';
  // （1） is wider than the hanging 2 characters, and a 公文 item's text follows its marker: no tab stop.
  const ordered = [
    (l: number) => ({
      format: LevelFormat.DECIMAL,
      text: official ? `%${l + 1}．` : `%${l + 1}.`,
      ...(official && { suffix: LevelSuffix.NOTHING }),
    }),
    (l: number) => ({ format: LevelFormat.DECIMAL, text: `（%${l + 1}）`, suffix: LevelSuffix.NOTHING }),
    (l: number) => ({
      format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE,
      text: `%${l + 1}`,
      ...(official && { suffix: LevelSuffix.NOTHING }),
    }),
  ];
  return listLevels(t, (l) => ordered[l % 3]!(l));
}

type LevelShape = Required<Pick<ILevelsOptions, 'format' | 'text' | 'suffix'>> &
  Pick<ILevelsOptions, 'isLegalNumberingStyle'>;

const chinese = LevelFormat.CHINESE_COUNTING;
const decimal = LevelFormat.DECIMAL;
const chapterWords: Record<Exclude<ChapterLabel, 'none'>, string> = { chapter: '章', part: '部分' };

/** 一、 and （一） run straight into the heading's text; 2.1 and 第二章 take a space (as labelledHeading). */
function level(format: LevelShape['format'], text: string, isLegalNumberingStyle?: boolean): LevelShape {
  const suffix = /[、）.]$/.test(text) ? LevelSuffix.NOTHING : LevelSuffix.SPACE;
  return { format, text, suffix, ...(isLegalNumberingStyle && { isLegalNumberingStyle }) };
}

/**
 * The number formats of heading levels 1–4, as formatHeadingNumber (core/numbering.ts) writes the
 * labels: 1 / 1.1 / 1.1.1, or 一、/（一）/1./（1）, with 第一章 or 第一部分 taking level 1.
 * Decimal levels under a Chinese chapter number are legal numbering, so 第二章 → 2.1 not 二.1.
 */
export function headingLevelShapes(style: HeadingNumberingStyle, chapters: ChapterLabel): LevelShape[] {
  const path = (depth: number, from = 1) =>
    Array.from({ length: depth - from + 1 }, (_, i) => `%${from + i}`).join('.');
  const chineseFrom = (first: number): LevelShape[] => [
    level(chinese, `%${first}、`),
    level(chinese, `（%${first + 1}）`),
    level(decimal, `%${first + 2}.`),
    level(decimal, `（%${first + 3}）`),
  ];
  if (chapters === 'none')
    return style === 'decimal' ? [1, 2, 3, 4].map((d) => level(decimal, path(d))) : chineseFrom(1);
  const chapter = level(chinese, `第%1${chapterWords[chapters]}`);
  if (style === 'chinese') return [chapter, ...chineseFrom(2).slice(0, 3)];
  return [chapter, ...[2, 3, 4].map((d) => level(decimal, path(d), true))];
}

/**
 * One multilevel list linked to Heading 1–4 (each level names its style, each style the list), so
 * Word numbers the headings itself and renumbers them when one is inserted or moved.
 */
function headingNumberingConfig(
  t: PrintTemplate,
  style: HeadingNumberingStyle,
  chapters: ChapterLabel,
): INumberingOptions['config'][number] {
  return {
    reference: HEADING_REFERENCE,
    levels: headingLevelShapes(style, chapters).map((shape, i) => ({
      level: i,
      ...shape,
      alignment: AlignmentType.LEFT,
      style: { style: `Heading${i + 1}`, paragraph: { indent: headingIndent(t) } },
    })),
  };
}

export function documentNumbering(
  t: PrintTemplate,
  style: HeadingNumberingStyle,
  chapters: ChapterLabel,
): INumberingOptions {
  return { config: [headingNumberingConfig(t, style, chapters), ...listNumberingConfig(t)] };
}
