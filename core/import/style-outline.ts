import { STYLE, STYLE_ID, attributeValue } from './ooxml-patterns';
import type { SourcePara } from './source-blocks';

/** A heading level as a source declares it (Word styles, Markdown #). */
export type StyleLevel = NonNullable<SourcePara['styleLevel']>;

const BASED_ON = /<w:basedOn\s+w:val="([^"]*)"/;
const OUTLINE = /<w:outlineLvl\s+w:val="(\d+)"/;
/** Word's outline level 9 is "body text". */
const BODY_TEXT = 9;

/**
 * The heading level of each paragraph style that sets an outline level (大纲级别) in a .docx's
 * styles.xml, itself or through the style it is based on. Chinese templates define headings
 * this way under names of their own (报告标题一…), and the navigation pane and the 目录 follow
 * them; mammoth reports only a style's name. Levels past 4 count as 4, like heading 5…9.
 */
export function styleOutlineLevels(stylesXml: string): Map<string, StyleLevel> {
  const levels = new Map<string, StyleLevel>();
  for (const [id, outline] of inheritedStyleProperty(stylesXml, (body) => OUTLINE.exec(body)?.[1])) {
    if (Number(outline) < BODY_TEXT) levels.set(id, Math.min(4, Number(outline) + 1) as StyleLevel);
  }
  return levels;
}

/**
 * Each paragraph style's value of a property (`read` off a style's body, undefined where the
 * style does not say), its own or that of the nearest style it is based on.
 */
export function inheritedStyleProperty<T>(stylesXml: string, read: (body: string) => T | undefined): Map<string, T> {
  const own = new Map<string, { basedOn?: string; value?: T }>();
  for (const [, attributes, body] of stylesXml.matchAll(STYLE)) {
    const raw = STYLE_ID.exec(attributes!)?.[1];
    if (!raw || !/\bw:type="paragraph"/.test(attributes!)) continue;
    const basedOn = BASED_ON.exec(body!)?.[1];
    own.set(attributeValue(raw), { basedOn: basedOn === undefined ? undefined : attributeValue(basedOn), value: read(body!) });
  }
  const values = new Map<string, T>();
  for (const id of own.keys()) {
    // Follow basedOn to the nearest style that says; a cycle (a damaged file) ends the walk.
    const seen = new Set<string>();
    let at: string | undefined = id;
    while (at !== undefined && !seen.has(at) && own.get(at)?.value === undefined) {
      seen.add(at);
      at = own.get(at)?.basedOn;
    }
    const value = at === undefined ? undefined : own.get(at)?.value;
    if (value !== undefined) values.set(id, value);
  }
  return values;
}

const HAN_LEVELS = '一二三四五六七八九';

/** The level of Word's heading styles by name ("heading 1", "标题 1", id "Heading1"), and of the 一级标题… of many Chinese templates. */
export function styleNameLevel(name: string, id = ''): StyleLevel | undefined {
  const trimmed = name.trim();
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(trimmed) ?? /^heading([1-9])$/i.exec(id);
  const han = /^([一二三四五六七八九])级标题$/.exec(trimmed);
  const level = m ? Number(m[1]) : han ? HAN_LEVELS.indexOf(han[1]!) + 1 : 0;
  return level ? (Math.min(4, level) as StyleLevel) : undefined;
}
