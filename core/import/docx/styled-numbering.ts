import type { ChapterLabel, HeadingNumberingStyle } from '../../numbering';
import { styleHeadingLevel } from './heading-numbers';
import { CHINESE_FORMATS } from './list-labels';
import type { DocxListLevel, DocxModel, DocxParagraph } from './model';

export interface StyledNumbering {
  headings: HeadingNumberingStyle;
  chapters: ChapterLabel;
}

/**
 * How Word numbers the headings itself: a multi-level list linked to the heading styles
 * (标题 1 → 第一章 or 一、, 标题 2 → （一） or 1.1), as Chinese templates set up. The numbers
 * are not in the text, so nothing else tells the import the source's style. Read from the
 * heading styles' numbering, from headings given a list level by hand (`paragraphs`: all of
 * the document's), and from list levels naming a heading style.
 */
export function styledHeadingNumbering(
  model: Pick<DocxModel, 'styles' | 'lists'>,
  paragraphs: readonly DocxParagraph[],
): StyledNumbering | null {
  const { styles, lists } = model;
  const byLevel = new Map<number, DocxListLevel>();
  const levelOf = (reference: { numId: string; ilvl: number } | null) =>
    reference ? lists.get(reference.numId)?.levels.get(reference.ilvl) : undefined;
  const headingStyles = new Map<string, number>();
  for (const style of styles.values()) {
    const level = style.type === 'paragraph' ? styleHeadingLevel(style, styles) : null;
    if (level === null) continue;
    const capped = Math.min(4, level);
    headingStyles.set(style.id, capped);
    const format = levelOf(style.numbering);
    if (format && !byLevel.has(capped)) byLevel.set(capped, format);
  }
  for (const paragraph of paragraphs) {
    const level = paragraph.styleId === null ? undefined : headingStyles.get(paragraph.styleId);
    const format = levelOf(paragraph.numbering);
    if (level !== undefined && format && !byLevel.has(level)) byLevel.set(level, format);
  }
  // List levels that name their heading style (the link Word writes from the list's side).
  for (const list of new Set([...lists.values()].map((l) => l.levels))) {
    for (const format of list.values()) {
      const level = format.style === null ? undefined : headingStyles.get(format.style);
      if (level !== undefined && !byLevel.has(level)) byLevel.set(level, format);
    }
  }
  return readStyle(byLevel);
}

/** The report's numbering settings that match Word's level formats, or null when no heading is numbered. */
function readStyle(byLevel: ReadonlyMap<number, DocxListLevel>): StyledNumbering | null {
  const numbered = [1, 2, 3, 4]
    .map((l) => byLevel.get(l))
    .filter((l): l is DocxListLevel => l !== undefined && l.format !== 'none' && l.text.includes('%'));
  if (numbered.length === 0) return null;
  const chapter = /^第%1(章|部分)/.exec(byLevel.get(1)?.text ?? '');
  const chapters: ChapterLabel = chapter ? (chapter[1] === '部分' ? 'part' : 'chapter') : 'none';
  // Below 第一章 the next level says the style; otherwise the first numbered level does.
  const telling = chapters === 'none' ? numbered[0]! : (byLevel.get(2) ?? numbered[0]!);
  const chinese = CHINESE_FORMATS.test(telling.format) || /[（(]%\d[）)]/.test(telling.text);
  return { headings: chinese && !/%1\.%2/.test(telling.text) ? 'chinese' : 'decimal', chapters };
}
