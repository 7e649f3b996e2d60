import type { ChapterLabel, HeadingNumberingStyle } from '../numbering';
import { ILVL, NUM_ID, PARAGRAPH_PROPERTIES, PARAGRAPH_STYLE_ID, STYLE, STYLE_ID, attributeValue } from './ooxml-patterns';
import { type StyleLevel, styleNameLevel } from './style-outline';

const NAME = /<w:name\s+w:val="([^"]*)"/;
// Not an empty element (<w:num …/>), any of them, which would run on to the next one's end.
const NUM = /<w:num\s+w:numId="(\d+)"[^<>]*(?<!\/)>([\s\S]*?)<\/w:num>/g;
const ABSTRACT_ID = /<w:abstractNumId\s+w:val="(\d+)"/;
const ABSTRACT = /<w:abstractNum\s+[^<>]*w:abstractNumId="(\d+)"[^<>]*(?<!\/)>([\s\S]*?)<\/w:abstractNum>/g;
const LEVEL = /<w:lvl\s+[^<>]*w:ilvl="(\d+)"[^<>]*(?<!\/)>([\s\S]*?)<\/w:lvl>/g;
const NUM_FMT = /<w:numFmt\s+w:val="([^"]*)"/;
const LVL_TEXT = /<w:lvlText\s+w:val="([^"]*)"/;
const SUFFIX = /<w:suff\s+w:val="(space|nothing)"/;
const STYLE_LINK = /<w:styleLink\s+w:val="([^"]*)"/;
const NUM_STYLE_LINK = /<w:numStyleLink\s+w:val="([^"]*)"/;
/** Word's counting in Chinese numerals: 一、二、三. */
export const CHINESE_FORMATS = /^(?:chineseCounting|chineseCountingThousand|chineseLegalSimplified|ideographTraditional|ideographLegalTraditional|taiwaneseCounting|taiwaneseCountingThousand)$/;

/** A list level: its number format (decimal, chineseCounting…), its text ("第%1章"), where it starts, and the style it numbers, if it names one. */
export interface LevelFormat {
  format: string;
  text: string;
  start: number;
  /** What Word sets after the number (w:suff): a tab (its default), a space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
  style?: string;
}

/** A list (w:num) as numbering.xml defines it: its abstract list (whose counters lists sharing it continue), levels, and restarts. */
export interface ListDefinition {
  abstractId: string;
  levels: ReadonlyMap<number, LevelFormat>;
  /** Levels this list starts again (w:lvlOverride/w:startOverride), at their new start. */
  restarts: ReadonlyMap<number, number>;
}

const START = /<w:start\s+w:val="(\d+)"/;
const OVERRIDE = /<w:lvlOverride\s+w:ilvl="(\d+)"[^<>]*(?<!\/)>([\s\S]*?)<\/w:lvlOverride>/g;
const START_OVERRIDE = /<w:startOverride\s+w:val="(\d+)"/;

const decoded = (raw: string | undefined) => (raw === undefined ? undefined : attributeValue(raw));

/** Each list of numbering.xml by its numId; a list that only points at a list style (w:numStyleLink) gets that style's levels. */
export function listDefinitions(numberingXml: string): Map<string, ListDefinition> {
  const abstracts = new Map<string, Map<number, LevelFormat>>();
  /** A list style's levels, by its name (w:styleLink), and the lists that only point at one (w:numStyleLink). */
  const byListStyle = new Map<string, Map<number, LevelFormat>>();
  const pointing = new Map<string, string>();
  for (const [, id, body] of numberingXml.matchAll(ABSTRACT)) {
    const lvls = new Map<number, LevelFormat>();
    for (const [, ilvl, lvl] of body!.matchAll(LEVEL)) {
      lvls.set(Number(ilvl), { format: NUM_FMT.exec(lvl!)?.[1] ?? 'decimal', text: decoded(LVL_TEXT.exec(lvl!)?.[1]) ?? '', start: Number(START.exec(lvl!)?.[1] ?? 1), suffix: (SUFFIX.exec(lvl!)?.[1] as 'space' | 'nothing' | undefined) ?? 'tab', style: decoded(PARAGRAPH_STYLE_ID.exec(lvl!)?.[1]) });
    }
    abstracts.set(id!, lvls);
    const defines = STYLE_LINK.exec(body!)?.[1];
    if (defines !== undefined) byListStyle.set(defines, lvls);
    const uses = NUM_STYLE_LINK.exec(body!)?.[1];
    if (uses !== undefined) pointing.set(id!, uses);
  }
  for (const [id, listStyle] of pointing) {
    const lvls = byListStyle.get(listStyle);
    if (lvls && abstracts.get(id)?.size === 0) abstracts.set(id, lvls);
  }
  const lists = new Map<string, ListDefinition>();
  for (const [, numId, body] of numberingXml.matchAll(NUM)) {
    const abstractId = ABSTRACT_ID.exec(body!)?.[1] ?? '';
    const levels = abstracts.get(abstractId);
    if (!levels) continue;
    const restarts = new Map<number, number>();
    for (const [, ilvl, override] of body!.matchAll(OVERRIDE)) {
      const start = START_OVERRIDE.exec(override!)?.[1];
      if (start !== undefined) restarts.set(Number(ilvl), Number(start));
    }
    lists.set(numId!, { abstractId, levels, restarts });
  }
  return lists;
}

/** A list's link to the list style whose levels it takes (w:numStyleLink), and the style's id. */
const LINK_TO_STYLE = /<w:numStyleLink\b[^<>]*?\bw:val="([^"]*)"[^<>]*?(?:\/>|>\s*<\/w:numStyleLink>)/g;
const NUMBERING_TYPE = /\bw:type="numbering"/;

/**
 * numbering.xml without the links of its lists to list styles that styles.xml does not define
 * (w:numStyleLink to a style missing, or not a list style), and how many were taken out: mammoth
 * fails the whole file on one. Such a list keeps the levels it has of its own, often none.
 */
export function withoutBrokenStyleLinks(numberingXml: string, stylesXml: string): { xml: string; broken: number } {
  const listStyles = new Set<string>();
  for (const [, attributes] of stylesXml.matchAll(STYLE)) {
    const id = STYLE_ID.exec(attributes!)?.[1];
    if (id !== undefined && NUMBERING_TYPE.test(attributes!)) listStyles.add(id);
  }
  let broken = 0;
  const xml = numberingXml.replace(LINK_TO_STYLE, (link, style: string) => {
    if (listStyles.has(style)) return link;
    broken += 1;
    return '';
  });
  return { xml, broken };
}

/** A paragraph given a list level of its own (numPr), with its style: how Word users number headings by hand. */
export interface NumberedParagraph {
  style: string;
  numId: string;
  ilvl: number;
}

/** The styled paragraphs of a document part (document.xml) that carry a list level of their own. */
export function numberedParagraphs(xml: string): NumberedParagraph[] {
  const found: NumberedParagraph[] = [];
  for (const [, properties] of xml.matchAll(PARAGRAPH_PROPERTIES)) {
    const style = decoded(PARAGRAPH_STYLE_ID.exec(properties!)?.[1]);
    const numId = NUM_ID.exec(properties!)?.[1];
    if (style !== undefined && numId !== undefined) found.push({ style, numId, ilvl: Number(ILVL.exec(properties!)?.[1] ?? 0) });
  }
  return found;
}

export interface StyledNumbering {
  headings: HeadingNumberingStyle;
  chapters: ChapterLabel;
}

/**
 * How Word numbers the headings itself: a multi-level list linked to the heading styles
 * (标题 1 → 第一章 or 一、, 标题 2 → （一） or 1.1), as Chinese templates set up. The numbers
 * are not in the text, so nothing else tells the import the source's style. Read from the
 * heading styles' numbering (styles.xml), from list levels naming a style (`lists`, from
 * numbering.xml: listDefinitions), or
 * from headings given a list level by hand (`paragraphs`, from document.xml). `levels`: the
 * heading level of each style id the import knows (outline levels, names).
 */
export function styledHeadingNumbering(
  stylesXml: string,
  lists: ReadonlyMap<string, ListDefinition>,
  levels: ReadonlyMap<string, StyleLevel>,
  paragraphs: readonly NumberedParagraph[] = [],
): StyledNumbering | null {
  const nums = new Map([...lists].map(([numId, list]) => [numId, list.levels]));
  const byLevel = new Map<StyleLevel, LevelFormat>();
  const levelOf = (styleId: string, body: string): StyleLevel | undefined => levels.get(styleId) ?? styleNameLevel(decoded(NAME.exec(body)?.[1]) ?? '', styleId);
  const headingStyles = new Map<string, StyleLevel>();
  for (const [, attributes, body] of stylesXml.matchAll(STYLE)) {
    const id = decoded(STYLE_ID.exec(attributes!)?.[1]);
    const level = id === undefined ? undefined : levelOf(id, body!);
    if (id === undefined || level === undefined) continue;
    headingStyles.set(id, level);
    const numId = NUM_ID.exec(body!)?.[1];
    const lvl = numId === undefined ? undefined : nums.get(numId)?.get(Number(ILVL.exec(body!)?.[1] ?? 0));
    if (lvl && !byLevel.has(level)) byLevel.set(level, lvl);
  }
  for (const { style, numId, ilvl } of paragraphs) {
    const level = headingStyles.get(style);
    const lvl = nums.get(numId)?.get(ilvl);
    if (level !== undefined && lvl && !byLevel.has(level)) byLevel.set(level, lvl);
  }
  // List levels that name their heading style (the link Word writes from the list's side).
  for (const lvls of new Set(nums.values())) {
    for (const lvl of lvls.values()) {
      const level = lvl.style === undefined ? undefined : headingStyles.get(lvl.style);
      if (level !== undefined && !byLevel.has(level)) byLevel.set(level, lvl);
    }
  }
  return readStyle(byLevel);
}

/** The report's numbering settings that match Word's level formats, or null when no heading is numbered. */
function readStyle(byLevel: ReadonlyMap<StyleLevel, LevelFormat>): StyledNumbering | null {
  const numbered = [1, 2, 3, 4].map((l) => byLevel.get(l as StyleLevel)).filter((l): l is LevelFormat => l !== undefined && l.format !== 'none' && l.text.includes('%'));
  if (numbered.length === 0) return null;
  const chapter = /^第%1(章|部分)/.exec(byLevel.get(1)?.text ?? '');
  const chapters: ChapterLabel = chapter ? (chapter[1] === '部分' ? 'part' : 'chapter') : 'none';
  // Below 第一章 the next level says the style; otherwise the first numbered level does.
  const telling = chapters === 'none' ? numbered[0]! : (byLevel.get(2) ?? numbered[0]!);
  const chinese = CHINESE_FORMATS.test(telling.format) || /[（(]%\d[）)]/.test(telling.text);
  return { headings: chinese && !/%1\.%2/.test(telling.text) ? 'chinese' : 'decimal', chapters };
}
