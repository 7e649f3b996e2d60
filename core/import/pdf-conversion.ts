import { type ImportNote, note } from './import-notes';
import { concatRuns } from './inline-runs';
import { displayWidth, wrapWidth } from './line-unwrap';
import { furnitureLines, pageFurniture } from './page-furniture';
import { type SourceBlock, plainLine } from './source-blocks';
import { MIN_BROKEN_CHARS, endsSentence, opensBlock, seamText } from './text-repair';

/** One sentence cut at a page end may be a slip of the hand; more say a converter made the file. */
const MIN_PAGE_CUTS = 2;
/**
 * Text copied out of a PDF and pasted into Word has no page ends to tell its cuts by: at least
 * this many sentences cut in two, and at least one in CUT_SHARE of the long plain lines cut, tell
 * it from a Word author's paragraph that lacks its full stop now and then. (The seed pasted cuts
 * one in four: a sentence at most page ends, three or four paragraphs a page.) Cuts in a row
 * count once: a list of items without full stops makes a row, a PDF's pages cut one by one.
 */
const MIN_PASTED_CUTS = 5;
const CUT_SHARE = 10;
/** Less text than a page holds (characters): cuts closer than this, as a rule, are no page ends. */
const MIN_PAGE_GAP = 500;

/** The median distance between consecutive positions (0 for fewer than two). */
function medianGap(starts: readonly number[]): number {
  const gaps = starts
    .slice(1)
    .map((at, i) => at - starts[i]!)
    .sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)]! : 0;
}

/**
 * A sentence cut around a page's number or running header: its text before (`end`) and after (`after`), the lines
 * between.
 */
export interface PageSeam {
  end: number;
  after: number;
  /** As a note quotes it (seamText). */
  seam: string;
}

export interface PdfConversion {
  /**
   * How much of the file holds a PDF's text: all of it, converted by a tool or pasted in whole,
   * to be repaired as text copied out of one is; part of it, pasted in with its pages' numbers,
   * whose `seams` are joined (joinPageSeams); or none.
   */
  pdfText: 'converted' | 'pasted' | 'pasted-in-part' | null;
  /**
   * Sentences cut in two paragraphs: at page ends (section or page breaks) when converted, anywhere when pasted, around
   * page numbers when pasted in part.
   */
  cuts: number;
  /** The first such seam, "…end｜start…", to show where to look. */
  example: string | null;
  seams: PageSeam[];
}

/**
 * Whether a .docx holds a PDF's text, told by the sentences it cuts in two. A converter (WPS
 * PDF转Word, Acrobat, pdf2docx) ends every page with a section break, cuts a sentence running
 * over it into two paragraphs, and keeps the page's number and running header as paragraphs
 * beside the cut. Word never cuts a sentence at a page end, and its users put their page and
 * section breaks between paragraphs, mostly before a heading. Text copied out of a PDF reader
 * and pasted into Word (the free way, where PDF转Word asks for a membership) has the same cuts
 * without the breaks: at most page ends, or at every printed line. A school's case pasted into
 * a bureau's report is told only where its page's number or header came along into the cut.
 */
export function pdfConversion(blocks: readonly SourceBlock[]): PdfConversion {
  const furniture = pageFurniture(blocks);
  const text = (i: number) => (furniture.has(i) ? null : plainLine(blocks[i]));
  // Every cut, in order; those at a section or page break; those around a page's number or header.
  const cuts: string[] = [];
  const atBreaks: string[] = [];
  const seams: PageSeam[] = [];
  let longLines = 0;
  // Rows of cuts in a row (each cut's text goes on into a cut of its own): see MIN_PASTED_CUTS.
  let rows = 0;
  let rowEnd = -1;
  /** Where each row of cuts starts, counted in characters of text: how far apart the cuts are. */
  const rowStarts: number[] = [];
  let chars = 0;
  blocks.forEach((_, end) => {
    const last = text(end);
    chars += last?.length ?? 0;
    if (last === null || last.length < MIN_BROKEN_CHARS) return;
    longLines += 1;
    // The next text, past the page's number and header, and past empty paragraphs.
    let after = end + 1;
    while (after < blocks.length && (furniture.has(after) || text(after) === '')) after += 1;
    const first = text(after);
    if (first === null || endsSentence(last) || opensBlock(last) || opensBlock(first)) return;
    const seam = seamText(last, first);
    if (end !== rowEnd) {
      rows += 1;
      rowStarts.push(chars);
    }
    rowEnd = after;
    // A page end may stand on the page's number or header after the text: any block before the next text.
    const lines = blocks.slice(end, after);
    cuts.push(seam);
    if (lines.some((b) => b.kind === 'para' && b.pageEnd)) atBreaks.push(seam);
    else if (lines.some((_, i) => furniture.has(end + i))) seams.push({ end, after, seam });
  });
  if (atBreaks.length >= MIN_PAGE_CUTS)
    return { pdfText: 'converted', cuts: atBreaks.length, example: atBreaks[0]!, seams: [] };
  // Every printed line a paragraph makes few rows, each long: their one width tells them instead.
  const printed = () => wrapWidth(blocks.map((_, i) => displayWidth(text(i) ?? ''))) !== null;
  // Cut sentences alone are no evidence of a PDF (a Word author's list items lack full stops too):
  // pages must show, by their numbers, by cuts a page's worth of text apart, or by printed lines.
  const paged = () => furniture.size > 0 || medianGap(rowStarts) >= MIN_PAGE_GAP;
  if (rows >= MIN_PASTED_CUTS && ((rows * CUT_SHARE >= longLines && paged()) || printed()))
    return { pdfText: 'pasted', cuts: cuts.length, example: cuts[0]!, seams: [] };
  if (seams.length) return { pdfText: 'pasted-in-part', cuts: seams.length, example: seams[0]!.seam, seams };
  return { pdfText: null, cuts: 0, example: null, seams: [] };
}

/**
 * Part of a Word file pasted out of a PDF with its pages' numbers: each sentence cut around a
 * number or header is joined again, and the pages' numbers and headers are left out. The rest of
 * the file, its Word author's, is read as it is: nothing else is joined.
 */
export function joinPageSeams(
  blocks: readonly SourceBlock[],
  seams: readonly PageSeam[],
): { blocks: SourceBlock[]; notes: ImportNote[] } {
  const furniture = pageFurniture(blocks);
  const out = blocks.map((block, i) => (furniture.has(i) ? null : block));
  const notes: ImportNote[] = [];
  // A paragraph cut at two page ends is joined twice: its second seam starts where its first was joined.
  const joinedInto = new Map<number, number>();
  for (const { end, after, seam } of seams) {
    const home = joinedInto.get(end) ?? end;
    const [head, tail] = [out[home], blocks[after]];
    if (head?.kind !== 'para' || tail?.kind !== 'para') continue;
    notes.push(note('paragraphs-rejoined', seam));
    out[home] = { ...head, runs: concatRuns(head.runs, tail.runs) };
    // The tail, and the empty paragraphs before it.
    out.fill(null, end + 1, after + 1);
    joinedInto.set(after, home);
  }
  const dropped = furnitureLines(blocks, furniture);
  if (dropped.length) notes.push(note('page-furniture-left-out', dropped.join(' / ')));
  return { blocks: out.filter((b) => b !== null), notes };
}
