import { styleNameLevel } from '../style-outline';
import type { DocxList, DocxParagraph, DocxStyle, ListReference } from './model';

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
  const reference =
    paragraph.numbering ?? styleChain(styles, paragraph.styleId).find((s) => s.numbering !== null)?.numbering ?? null;
  return reference === null || reference.numId === '0' ? null : reference;
}

/**
 * Whether a paragraph in a numbered heading style has its number switched off: its own list
 * reference, else the nearest style's that sets one, is numId 0, or its own points at a level
 * that draws no number. Thesis templates set 摘要, ABSTRACT, 参考文献 and 致谢 in 标题 1 so, and
 * our .docx in a style based on 标题 1 that switches it off; as headings the report would number
 * them 第一章….
 */
export function numberingSwitchedOff(
  paragraph: DocxParagraph,
  styles: ReadonlyMap<string, DocxStyle>,
  lists: ReadonlyMap<string, DocxList>,
): boolean {
  const chain = styleChain(styles, paragraph.styleId);
  if (!chain.some((s) => s.numbering !== null && s.numbering.numId !== '0')) return false;
  const own = paragraph.numbering;
  if (own === null) return chain.find((s) => s.numbering !== null)?.numbering?.numId === '0';
  if (own.numId === '0') return true;
  const level = lists.get(own.numId)?.levels.get(own.ilvl);
  return level !== undefined && (level.format === 'none' || !/%[1-9]/.test(level.text));
}

/** A chapter's number typed in body text: 一、 第一章 第一部分. */
const TYPED_CHAPTER = /^(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十\d]{1,3}[章部篇])/;

/**
 * How many levels a document's styled headings move up: those styled only 标题 2 and below (no
 * level 1 in the file) are its chapters, unless chapters are typed (一、 第一章) in body text
 * above them. `paragraphs`: the document's, with their levels and texts.
 */
export function levelShift(paragraphs: readonly { level: number | null; text: string }[]): number {
  const used = paragraphs.flatMap((p) => (p.level === null ? [] : [p.level]));
  const top = used.length ? Math.min(...used) : 1;
  if (top === 1 || paragraphs.some((p) => p.level === null && TYPED_CHAPTER.test(p.text.trim()))) return 0;
  return top - 1;
}
