import { type SourceBlock, plainLine } from './source-blocks';

const TITLE = /^目[\s\u3000]*录$/;
/** "一、学校概况……………1", "1.1 规模和结构......3": dot leaders, then a page number. */
const LED_ENTRY = /^\S.{0,80}?(?:[.…·．・\-_—]{2,}|…)[\s\u3000]*\d{1,3}$/;
/** "1.1 规模和结构 3": under a 目录 title, white space before the page number is enough. */
const SPACED_ENTRY = /^\S.{0,80}?[\s\u3000]+\d{1,3}$/;
/** Under a 目录 title, an entry may have its page number on a line of its own (as PDF tools often give it). */
const PAGE_NUMBER = /^\d{1,3}$/;
const MAX_ENTRY = 80;

export interface TocLines {
  rest: SourceBlock[];
  /** The lines left out, as found. */
  toc: string[];
}

/**
 * A 目录 typed, or copied out of a PDF: its title and the entries after it, each with its page
 * number after dot leaders, after white space, or on the next line. The report's own 目录 is
 * made from its headings, and the entries would otherwise be read as headings a second time.
 * Without a title only runs of two or more entries with dot leaders are taken.
 */
export function dropTocLines(blocks: readonly SourceBlock[]): TocLines {
  const rest: SourceBlock[] = [];
  const toc: string[] = [];
  for (let i = 0; i < blocks.length; ) {
    const titled = TITLE.test(plainLine(blocks[i]) ?? '');
    /** Lines the entry at `at` takes: 1, 2 with its page number on the next line, or 0 for no entry. */
    const entryAt = (at: number): number => {
      const line = plainLine(blocks[at]) ?? '';
      if (LED_ENTRY.test(line) || (titled && SPACED_ENTRY.test(line))) return 1;
      return titled &&
        line &&
        line.length <= MAX_ENTRY &&
        !PAGE_NUMBER.test(line) &&
        PAGE_NUMBER.test(plainLine(blocks[at + 1]) ?? '')
        ? 2
        : 0;
    };
    let end = titled ? i + 1 : i;
    for (let taken = entryAt(end); taken > 0 && end < blocks.length; taken = entryAt(end)) end += taken;
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
