import { listOf } from './heading-levels';
import { listLabels } from './list-labels';
import type { DocxList, DocxParagraph, DocxStyle } from './model';

/**
 * The number Word draws before each list paragraph, at its own level. A list that a paragraph,
 * a photo or a sub-list interrupts goes on counting where it shares its list (the same w:numId,
 * or w:num of one abstract list): its items after the interruption start at 3, not 1.
 * `paragraphs`: all of the document's, in order (allParagraphs).
 */
export function listItemNumbers(
  paragraphs: readonly DocxParagraph[],
  styles: ReadonlyMap<string, DocxStyle>,
  lists: ReadonlyMap<string, DocxList>,
): Map<DocxParagraph, number> {
  const numbers = new Map<DocxParagraph, number>();
  if (lists.size === 0) return numbers;
  const labels = listLabels(
    paragraphs.map((p) => listOf(p, styles)),
    lists,
  );
  paragraphs.forEach((paragraph, i) => {
    const label = labels[i];
    if (label) numbers.set(paragraph, label.count);
  });
  return numbers;
}
