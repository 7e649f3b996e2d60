import { countChars } from '../../text-count';

/** Word's text: a w:t element's (not w:tab's or w:tbl's). Nothing in it reads past a "<": no rescans. */
const TEXT = /<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>/g;

/**
 * The characters of a content part's text, as countChars counts them, counted only until they
 * pass `limit`: a scan over the XML as text, so that a text longer than a report may hold is
 * refused before it is parsed into a tree.
 */
export function textChars(xml: string, limit: number): number {
  let chars = 0;
  for (const text of xml.matchAll(TEXT)) {
    chars += countChars(text[1]!);
    if (chars > limit) break;
  }
  return chars;
}
