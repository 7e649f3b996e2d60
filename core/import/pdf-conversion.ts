import { pageFurniture } from './page-furniture';
import { type SourceBlock, plainLine } from './source-blocks';
import { MIN_BROKEN_CHARS, endsSentence, opensBlock } from './text-repair';

/**
 * One sentence cut at a page end may be a slip of the hand; more say a converter made the file.
 * The same holds for sentences cut around a page's number or running header (pasted from a PDF).
 */
const MIN_PAGE_CUTS = 2;
/**
 * Text copied out of a PDF and pasted into Word without its pages' numbers has nothing but its
 * cuts to tell it by: at least this many sentences cut in two, and at least one in CUT_SHARE of
 * the long plain lines cut, tell it from a Word author's paragraph that lacks its full stop now
 * and then. (The seed pasted cuts one in four: a sentence at most page ends, three or four
 * paragraphs a page.)
 */
const MIN_PASTED_CUTS = 5;
const CUT_SHARE = 10;

export interface PdfConversion {
  /** Converted from a PDF, or its text pasted into Word: to be repaired as text copied out of one. */
  converted: 'converted' | 'pasted' | null;
  /** Sentences cut in two paragraphs: at page ends (section or page breaks) when converted, anywhere else. */
  cuts: number;
  /** The first such seam, "…end｜start…", to show where to look. */
  example: string | null;
}

/** Where a sentence was cut: at a section or page break, around a page's number or header, or between two paragraphs. */
type CutAt = 'break' | 'page-number' | 'paragraph';

/**
 * Whether a .docx holds a PDF's text, told by the sentences it cuts in two. A converter (WPS
 * PDF转Word, Acrobat, pdf2docx) ends every page with a section break, cuts a sentence running
 * over it into two paragraphs, and keeps the page's number and running header as paragraphs
 * beside the cut. Word never cuts a sentence at a page end, and its users put their page and
 * section breaks between paragraphs, mostly before a heading. Text copied out of a PDF reader
 * and pasted into Word (the free way, where PDF转Word asks for a membership; or a school's case
 * pasted into a bureau's report) has the same cuts without the breaks: around the page's number
 * and header where those came along, else at most page ends, or at every printed line.
 */
export function pdfConversion(blocks: readonly SourceBlock[]): PdfConversion {
  const furniture = pageFurniture(blocks);
  const text = (i: number) => (furniture.has(i) ? null : plainLine(blocks[i]));
  const cuts: Record<CutAt, number> = { break: 0, 'page-number': 0, paragraph: 0 };
  const examples: Partial<Record<CutAt, string>> = {};
  let longLines = 0;
  blocks.forEach((_, end) => {
    const last = text(end);
    if (last === null || last.length < MIN_BROKEN_CHARS) return;
    longLines += 1;
    // The next text, past the page's number and header, and past empty paragraphs.
    let after = end + 1;
    while (after < blocks.length && (furniture.has(after) || text(after) === '')) after += 1;
    const first = text(after);
    if (first === null || endsSentence(last) || opensBlock(last) || opensBlock(first)) return;
    // A page end may stand on the page's number or header after the text: any block before the next text.
    const between = blocks.slice(end, after);
    const at: CutAt = between.some((b) => b.kind === 'para' && b.pageEnd) ? 'break' : between.some((_, i) => furniture.has(end + i)) ? 'page-number' : 'paragraph';
    cuts[at] += 1;
    examples[at] ??= `${last.slice(-20)}｜${first.slice(0, 20)}`;
  });
  if (cuts.break >= MIN_PAGE_CUTS) return { converted: 'converted', cuts: cuts.break, example: examples.break ?? null };
  const all = cuts.break + cuts['page-number'] + cuts.paragraph;
  if (cuts.break + cuts['page-number'] >= MIN_PAGE_CUTS || (all >= MIN_PASTED_CUTS && all * CUT_SHARE >= longLines)) {
    return { converted: 'pasted', cuts: all, example: examples.break ?? examples['page-number'] ?? examples.paragraph ?? null };
  }
  return { converted: null, cuts: all, example: null };
}
