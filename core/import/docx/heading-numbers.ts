import { headingLevel, listOf } from './heading-levels';
import { CHINESE_FORMATS, type ListLabel, listLabels } from './list-labels';
import type { DocxBlock, DocxList, DocxParagraph, DocxStyle, ListReference } from './model';

/** Formats a heading's number takes: Chinese counting, and digits (1. 1.1 第1章). */
const HEADING_FORMAT = new RegExp(`${CHINESE_FORMATS.source}|^decimal$`);

/** Every paragraph of `blocks` in reading order: those in tables' cells and in text boxes too. */
export function allParagraphs(blocks: readonly DocxBlock[], out: DocxParagraph[] = []): DocxParagraph[] {
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      out.push(block);
      for (const box of block.boxes) allParagraphs(box, out);
    } else for (const row of block.rows) for (const cell of row.cells) allParagraphs(cell.blocks, out);
  }
  return out;
}

/**
 * The numbers Word draws for headings numbered with its lists (编号: 一、 （一） 1.1 第一章),
 * by paragraph: writers number their chapters and sections with 编号 rather than heading
 * styles, and the numbers are in no text. Typed in, they are read as a typed number is (a
 * heading, or a list item). Only levels used as headings are: in Chinese or digits, two items at
 * least, text between each and the next (between two items of a list stand at most list items).
 * `paragraphs`: all of the document's, in order (allParagraphs).
 */
export function headingListNumbers(
  paragraphs: readonly DocxParagraph[],
  styles: ReadonlyMap<string, DocxStyle>,
  lists: ReadonlyMap<string, DocxList>,
): Map<DocxParagraph, string> {
  const typed = new Map<DocxParagraph, string>();
  if (lists.size === 0) return typed;
  const references = paragraphs.map((p) => listOf(p, styles));
  const labels = listLabels(references, lists);
  const headings = headingLevelKeys(references, lists);
  paragraphs.forEach((paragraph, i) => {
    const [reference, label] = [references[i], labels[i]];
    if (reference && label && headings.has(levelKey(reference, lists))) typed.set(paragraph, spaced(label));
  });
  return typed;
}

const levelKey = (reference: ListReference, lists: ReadonlyMap<string, DocxList>) =>
  `${lists.get(reference.numId)?.abstractId ?? ''}:${reference.ilvl}`;

/** The number as Word draws it, with a space where Word sets a tab or a space after it (1 基本情况, not 1基本情况). */
function spaced(label: ListLabel): string {
  return label.suffix === 'nothing' || label.text === '' ? label.text : `${label.text} `;
}

/** The list levels (abstract list and level) that number headings rather than list items. */
function headingLevelKeys(
  references: readonly (ListReference | null)[],
  lists: ReadonlyMap<string, DocxList>,
): Set<string> {
  const ordinals = new Map<string, number[]>();
  references.forEach((reference, ordinal) => {
    const level = reference ? lists.get(reference.numId)?.levels.get(reference.ilvl) : undefined;
    if (!reference || !level || !HEADING_FORMAT.test(level.format)) return;
    const key = levelKey(reference, lists);
    ordinals.set(key, [...(ordinals.get(key) ?? []), ordinal]);
  });
  const listed = (o: number) => {
    const reference = references[o];
    return !!reference && lists.get(reference.numId)?.levels.get(reference.ilvl) !== undefined;
  };
  const apart = (from: number, to: number) => {
    for (let o = from + 1; o < to; o += 1) if (!listed(o)) return true;
    return false;
  };
  return new Set(
    [...ordinals]
      .filter(([, at]) => at.length >= 2 && at.every((o, i) => i === 0 || apart(at[i - 1]!, o)))
      .map(([key]) => key),
  );
}

/** A style's heading level, as a paragraph of that style with nothing of its own would have it. */
export function styleHeadingLevel(style: DocxStyle, styles: ReadonlyMap<string, DocxStyle>): number | null {
  return headingLevel(
    {
      kind: 'paragraph',
      styleId: style.id,
      outlineLevel: null,
      numbering: null,
      alignment: null,
      inlines: [],
      boxes: [],
      framed: false,
      boxed: null,
      sectionBreak: null,
    },
    styles,
  );
}
