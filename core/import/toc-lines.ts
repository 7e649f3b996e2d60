import { type SourceBlock, plainLine } from './source-blocks';

const TITLE = /^目[\s\u3000]*录$/;
/** "一、学校概况……………1", "1.1 规模和结构......3": dot leaders, then a page number. */
const LED_ENTRY = /^\S.{0,80}?(?:[.…·．・\-_—]{2,}|…)[\s\u3000]*\d{1,3}$/;
/** "1.1 规模和结构 3": under a 目录 title, white space before the page number is enough. */
const SPACED_ENTRY = /^\S.{0,80}?[\s\u3000]+\d{1,3}$/;

export interface TocLines {
  rest: SourceBlock[];
  /** The lines left out, as found. */
  toc: string[];
}

/**
 * A 目录 typed, or copied out of a PDF: its title and the entries after it. The report's own
 * 目录 is made from its headings, and the entries would otherwise be read as headings a second
 * time. Without a title only runs of two or more entries with dot leaders are taken.
 */
export function dropTocLines(blocks: readonly SourceBlock[]): TocLines {
  const rest: SourceBlock[] = [];
  const toc: string[] = [];
  for (let i = 0; i < blocks.length; ) {
    const titled = TITLE.test(plainLine(blocks[i]) ?? '');
    const isEntry = (line: string) => LED_ENTRY.test(line) || (titled && SPACED_ENTRY.test(line));
    let end = titled ? i + 1 : i;
    while (end < blocks.length && isEntry(plainLine(blocks[end]) ?? '')) end += 1;
    if (titled || end - i >= 2) {
      for (let j = i; j < end; j += 1) toc.push(plainLine(blocks[j])!);
      i = end;
    } else {
      rest.push(blocks[i]!);
      i += 1;
    }
  }
  return { rest, toc };
}
