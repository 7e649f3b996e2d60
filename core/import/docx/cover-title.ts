import { matchHeadingNumber } from '../heading-patterns';

/** A paragraph as the cover's reading sees it. */
export interface TopLine {
  text: string;
  /** Its heading level by style or outline level, or null for body text. */
  level: number | null;
  centred: boolean;
}

/** Front and back matter titles, which head a part of the report rather than name it. */
const MATTER = /^(?:前言|目录|序言|引言|摘要|【摘要】|abstract|附录|附件|后记|结语|参考文献|致谢)$/i;
/** A line of body text rather than a cover's: long, or a sentence. */
const SENTENCE = /[。！？；]/;
const COVER_LINE_MAX = 40;

/**
 * Which of a document's first paragraphs is its title set in a heading style (标题 1, 大标题):
 * the first heading, centred, with nothing but short cover lines (school, year, date) before it
 * and no typed chapter number (一、 第一章 1.), not a 前言 or 摘要. Word users style the report's
 * title 标题 1 so it shows in the navigation pane; read as chapter 一, every chapter after it
 * was one off. Null when the document opens otherwise.
 */
export function coverTitleIndex(lines: readonly TopLine[]): number | null {
  for (let i = 0; i < lines.length; i += 1) {
    const { text, level, centred } = lines[i]!;
    const line = text.trim();
    if (!line) continue;
    if (level === null) {
      // Body text before any heading: the document opens with no title in a heading style.
      if (line.length > COVER_LINE_MAX || SENTENCE.test(line)) return null;
      continue;
    }
    const plain = line.replace(/[\s\u3000]+/g, '');
    return centred && !MATTER.test(plain) && matchHeadingNumber(line) === null ? i : null;
  }
  return null;
}
