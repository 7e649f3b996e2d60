import { type SourceBlock, para, plainLine } from './source-blocks';

/** Titles of a report's front and back matter, which a layout spaces out ("前　　言"). */
const TITLES = new Set(['前言', '目录', '序言', '引言', '摘要', '附录', '附件', '后记', '结语']);
/** A list item's number or bullet, which Word sets apart from its text by a tab. */
const LIST_MARKER = /^(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)]|[①-⑳]|[•·▪◦●■])$/;

/**
 * Lines a PDF copy splits that are one: a title spaced out wide on its page comes a character
 * a line ("前", "言"), and a list item's number ("1.") a line before its text. Joined again,
 * the cover ends at its 前言, the 目录 is known as one, and a list is a list.
 */
export function joinSplitLines(blocks: readonly SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const [a, b] = [plainLine(blocks[i]), plainLine(blocks[i + 1])];
    const joined =
      a && b
        ? a.length === 1 && b.length === 1 && TITLES.has(a + b)
          ? a + b
          : LIST_MARKER.test(a)
            ? `${a} ${b}`
            : null
        : null;
    if (joined === null) out.push(blocks[i]!);
    else {
      out.push(para([{ text: joined }]));
      i += 1;
    }
  }
  return out;
}
