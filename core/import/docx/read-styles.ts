import type { DocxList, DocxListLevel, DocxStyle, ListReference } from './model';
import { type XmlElement, child, childValue, elements, isOn } from './xml-tree';

const STYLE_TYPES = new Set(['paragraph', 'character', 'table', 'numbering']);

/** A w:numPr's list and level, when it names a list. */
export function listReference(numPr: XmlElement | undefined): ListReference | null {
  const numId = childValue(numPr, 'w:numId');
  return numId === undefined ? null : { numId, ilvl: Number(childValue(numPr, 'w:ilvl') ?? 0) || 0 };
}

/** A w:outlineLvl's level (0–9), when the properties set one. */
export function outlineLevel(properties: XmlElement | undefined): number | null {
  const value = childValue(properties, 'w:outlineLvl');
  const level = value === undefined ? Number.NaN : Number(value);
  return Number.isInteger(level) && level >= 0 ? Math.min(level, 9) : null;
}

const NO_FILL = /^(?:auto|FFFFFF)$/i;

/**
 * Whether paragraph properties set the paragraph in a box (边框和底纹: a drawn border, or a
 * shading fill other than white, as many box their cases): true, false where its borders are
 * all taken off, null where they do not say.
 */
export function boxedBy(properties: XmlElement | undefined): boolean | null {
  const borders = child(properties, 'w:pBdr');
  if (borders) {
    return elements(borders).some(
      (side) =>
        ['w:top', 'w:left', 'w:bottom', 'w:right'].includes(side.name) &&
        !/^(?:nil|none)$/.test(side.attributes['w:val'] ?? 'none'),
    );
  }
  const fill = child(properties, 'w:shd')?.attributes['w:fill'];
  return fill !== undefined && /^[0-9A-Fa-f]{6}$/.test(fill) && !NO_FILL.test(fill) ? true : null;
}

/** The styles of styles.xml by id; names and ids come decoded (Pages writes them as character references). */
export function readStyles(root: XmlElement): Map<string, DocxStyle> {
  const styles = new Map<string, DocxStyle>();
  for (const style of elements(root)) {
    const id = style.attributes['w:styleId'];
    const type = style.attributes['w:type'] ?? 'paragraph';
    if (style.name !== 'w:style' || id === undefined || !STYLE_TYPES.has(type)) continue;
    // Read past a tracked change of the style (w:pPrChange sits inside w:pPr, and is not read).
    const properties = child(style, 'w:pPr');
    styles.set(id, {
      id,
      name: childValue(style, 'w:name') ?? id,
      type: type as DocxStyle['type'],
      basedOn: childValue(style, 'w:basedOn') ?? null,
      outlineLevel: outlineLevel(properties),
      numbering: listReference(child(properties, 'w:numPr')),
      boxed: boxedBy(properties),
    });
  }
  return styles;
}

const SUFFIXES = new Set(['tab', 'space', 'nothing']);

function readLevel(level: XmlElement): DocxListLevel {
  const suffix = childValue(level, 'w:suff') ?? 'tab';
  return {
    format: childValue(level, 'w:numFmt') ?? 'decimal',
    text: childValue(level, 'w:lvlText') ?? '',
    start: Number(childValue(level, 'w:start') ?? 1) || 0,
    legal: isOn(child(level, 'w:isLgl')),
    suffix: SUFFIXES.has(suffix) ? (suffix as DocxListLevel['suffix']) : 'tab',
    style: childValue(level, 'w:pStyle') ?? null,
  };
}

function readLevels(parent: XmlElement): Map<number, DocxListLevel> {
  const levels = new Map<number, DocxListLevel>();
  for (const level of elements(parent)) {
    if (level.name === 'w:lvl') levels.set(Number(level.attributes['w:ilvl'] ?? 0) || 0, readLevel(level));
  }
  return levels;
}

/**
 * The lists of numbering.xml by numId. A list pointing at a list style (w:numStyleLink) takes
 * the levels of the abstract list that defines the style (w:styleLink); a link to a style no
 * list defines leaves the list with the levels it has (often none). A list's level override
 * (w:lvlOverride/w:lvl) replaces that level; its start override restarts it.
 */
export function readLists(root: XmlElement): { lists: Map<string, DocxList>; listStyleLinks: string[] } {
  const abstracts = new Map<string, Map<number, DocxListLevel>>();
  const byListStyle = new Map<string, Map<number, DocxListLevel>>();
  const pointing = new Map<string, string>();
  for (const abstract of elements(root)) {
    if (abstract.name !== 'w:abstractNum') continue;
    const id = abstract.attributes['w:abstractNumId'] ?? '';
    const levels = readLevels(abstract);
    abstracts.set(id, levels);
    const defines = childValue(abstract, 'w:styleLink');
    if (defines !== undefined) byListStyle.set(defines, levels);
    const uses = childValue(abstract, 'w:numStyleLink');
    if (uses !== undefined) pointing.set(id, uses);
  }
  for (const [id, listStyle] of pointing) {
    const levels = byListStyle.get(listStyle);
    if (levels && abstracts.get(id)?.size === 0) abstracts.set(id, levels);
  }
  const lists = new Map<string, DocxList>();
  for (const num of elements(root)) {
    if (num.name !== 'w:num') continue;
    const abstractId = childValue(num, 'w:abstractNumId') ?? '';
    const shared = abstracts.get(abstractId);
    if (!shared) continue;
    const levels = new Map(shared);
    const restarts = new Map<number, number>();
    for (const override of elements(num)) {
      if (override.name !== 'w:lvlOverride') continue;
      const ilvl = Number(override.attributes['w:ilvl'] ?? 0) || 0;
      const start = childValue(override, 'w:startOverride');
      if (start !== undefined) restarts.set(ilvl, Number(start) || 0);
      const level = child(override, 'w:lvl');
      if (level) levels.set(ilvl, readLevel(level));
    }
    lists.set(num.attributes['w:numId'] ?? '', { abstractId, levels, restarts });
  }
  return { lists, listStyleLinks: [...pointing.values()] };
}
