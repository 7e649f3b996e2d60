import { styleNameLevel } from '../style-outline';
import type { DocxParagraph, DocxStyle, ListReference } from './model';

/** Word's outline level 9 is body text. */
const BODY_TEXT = 9;

/**
 * The style `id` and the styles it is based on, nearest first; a cycle (a damaged file) ends
 * the chain.
 */
export function styleChain(styles: ReadonlyMap<string, DocxStyle>, id: string | null): DocxStyle[] {
  const chain: DocxStyle[] = [];
  const seen = new Set<string>();
  for (let at = id; at !== null && !seen.has(at); ) {
    seen.add(at);
    const style = styles.get(at);
    if (!style) break;
    chain.push(style);
    at = style.basedOn;
  }
  return chain;
}

/**
 * A paragraph's heading level, 1 (a chapter) to 9, or null for body text: its own outline
 * level (大纲级别) over its style's, its style's over the styles it is based on, and a style
 * named as Word's and Chinese templates' headings are (heading 1, 标题 1, 一级标题) when no
 * style of the chain sets a level.
 */
export function headingLevel(paragraph: DocxParagraph, styles: ReadonlyMap<string, DocxStyle>): number | null {
  const chain = styleChain(styles, paragraph.styleId);
  const outline = paragraph.outlineLevel ?? chain.find((s) => s.outlineLevel !== null)?.outlineLevel ?? null;
  if (outline !== null) return outline < BODY_TEXT ? outline + 1 : null;
  for (const style of chain) {
    const named = styleNameLevel(style.name, style.id);
    if (named !== undefined) return named;
  }
  return null;
}

/** A paragraph's list and level: its own (numId "0": numbering switched off), else its style's. */
export function listOf(paragraph: DocxParagraph, styles: ReadonlyMap<string, DocxStyle>): ListReference | null {
  const reference = paragraph.numbering ?? styleChain(styles, paragraph.styleId).find((s) => s.numbering !== null)?.numbering ?? null;
  return reference === null || reference.numId === '0' ? null : reference;
}

/**
 * Heading levels moved up so the shallowest used is 1: a file whose headings are all styled
 * 标题 2 and 标题 3 (no 标题 1 in it) has its chapters at 2. Null (body text) stays null.
 */
export function promoteLevels(levels: readonly (number | null)[]): (number | null)[] {
  const used = levels.filter((l): l is number => l !== null);
  if (used.length === 0) return [...levels];
  const top = Math.min(...used);
  return levels.map((l) => (l === null ? null : l - top + 1));
}
