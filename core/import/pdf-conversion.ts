import { pageFurniture } from './page-furniture';
import { type SourceBlock, plainLine } from './source-blocks';
import { MIN_BROKEN_CHARS, endsSentence, opensBlock } from './text-repair';

/** One sentence cut at a page end may be a slip of the hand; more say a converter made the file. */
const MIN_PAGE_CUTS = 2;

export interface PdfConversion {
  /** Converted from a PDF: to be repaired as text copied out of one. */
  converted: boolean;
  /** Page ends (section or page breaks) that cut a sentence in two paragraphs. */
  cuts: number;
  /** The first such seam, "…end｜start…", to show where to look. */
  example: string | null;
}

/**
 * Whether a .docx was converted from a PDF, told by the sentences it cuts at its page ends. A
 * converter (WPS PDF转Word, Acrobat, pdf2docx) ends every page with a section break, cuts a
 * sentence running over it into two paragraphs, and keeps the page's number and running header
 * as paragraphs beside the cut. Word never cuts a sentence at a page end, and its users put
 * their page and section breaks between paragraphs, mostly before a heading.
 */
export function pdfConversion(blocks: readonly SourceBlock[]): PdfConversion {
  const furniture = pageFurniture(blocks);
  const text = (i: number) => (furniture.has(i) ? null : plainLine(blocks[i]));
  let cuts = 0;
  let example: string | null = null;
  blocks.forEach((block, end) => {
    if (block.kind !== 'para' || !block.pageEnd) return;
    // The page's last text and the next page's first, past the numbers and headers between them.
    let before = end;
    while (before > 0 && furniture.has(before)) before -= 1;
    let after = end + 1;
    while (after < blocks.length && furniture.has(after)) after += 1;
    const [last, first] = [text(before), text(after)];
    if (last === null || first === null || last.length < MIN_BROKEN_CHARS || endsSentence(last) || opensBlock(last) || opensBlock(first)) return;
    cuts += 1;
    example ??= `${last.slice(-20)}｜${first.slice(0, 20)}`;
  });
  return { converted: cuts >= MIN_PAGE_CUTS, cuts, example };
}
