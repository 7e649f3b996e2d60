import { MAX_HEADING_CHARS } from './classify';
import { runsText } from './inline-runs';
import { type SourceBlock, plainLine } from './source-blocks';
import { MIN_BROKEN_CHARS, endsSentence, opensBlock } from './text-repair';

const PAGE_NUMBER_FORMS = [
  /[-—–－·•]\s*(?:\d{1,3}|[IVXLC]{1,7}|[ivxlc]{1,7})\s*[-—–－·•]/, // "- 3 -", "— 3 —", "— II —" (front matter), "· 3 ·"
  /第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?/, // "第 3 页", "第3页 共40页"
  /\d{1,3}\s*\/\s*\d{1,3}/, // "3 / 40"
];
/** A line that is a page number in one of these forms and nothing else. */
export const PAGE_MARK = new RegExp(`^(?:${PAGE_NUMBER_FORMS.map((form) => form.source).join('|')})$`);
const BARE_NUMBER = /^\d{1,3}$/;
/** A page holds far more text than this; numbers closer together are a table's cells or a list, not page numbers. */
const MIN_PAGE_CHARS = 200;
/** Fewer repeats, or fewer page numbers counting up, are too little to tell page furniture from text. */
const MIN_REPEATS = 3;
/**
 * The cover may carry the same title as the running header: it is read there, not dropped (unless it cuts a sentence).
 */
const COVER_BLOCKS = 12;
/**
 * Page numbers at either end of a running line ("昌吉州…年度报告 3") do not make it another line.
 * The look-behind starts a try at the end only where a run starts, not at each of its characters.
 */
const EDGE_NUMBERS = /^[\d\s\-—–－·•]+|(?<![\d\s\-—–－·•])[\d\s\-—–－·•]+$/g;

export interface PageFurniture {
  rest: SourceBlock[];
  /** The lines left out, each once, as first found. */
  dropped: string[];
}

/**
 * Text copied out of a PDF carries the pages' numbers and running headers and footers between
 * its paragraphs, often in mid-sentence, where they would be glued into the rejoined text.
 * Left out: lines marked as page numbers; bare numbers counting up one per page (a page's worth
 * of text apart); and short lines repeated three times or more, one of them cutting into an
 * unfinished sentence (a subheading repeated in every case never does). A chapter's heading
 * that the page header repeats stays once, where it first stands clear of a sentence.
 */
export function dropPageFurniture(blocks: readonly SourceBlock[]): PageFurniture {
  const drop = pageFurniture(blocks);
  return { rest: blocks.filter((_, i) => !drop.has(i)), dropped: furnitureLines(blocks, drop) };
}

/** The lines at `found` (pageFurniture's indexes), each once, in their order: what a note lists as left out. */
export function furnitureLines(blocks: readonly SourceBlock[], found: ReadonlySet<number>): string[] {
  return [...new Set([...found].sort((a, b) => a - b).map((i) => plainLine(blocks[i])!))];
}

/** The indexes of the blocks that are page furniture, as dropPageFurniture finds them. */
export function pageFurniture(blocks: readonly SourceBlock[]): Set<number> {
  const lines = blocks.map(plainLine);
  const found = new Set(countingPageNumbers(blocks, lines));
  lines.forEach((line, i) => {
    if (line !== null && PAGE_MARK.test(line)) found.add(i);
  });
  for (const i of runningLines(lines, found)) found.add(i);
  return found;
}

/** Bare numbers n, n+1, n+2 … each at least a page's worth of text after the one before. */
function countingPageNumbers(blocks: readonly SourceBlock[], lines: readonly (string | null)[]): number[] {
  const found: number[] = [];
  let run: number[] = [];
  let chars = 0;
  let last: number | null = null;
  const close = () => {
    if (run.length >= MIN_REPEATS) found.push(...run);
    run = [];
  };
  lines.forEach((line, i) => {
    if (line === null || !BARE_NUMBER.test(line)) {
      chars += blockChars(blocks[i]!);
      return;
    }
    const n = Number(line);
    if (last === null || n !== last + 1 || chars < MIN_PAGE_CHARS) close();
    run.push(i);
    last = n;
    chars = 0;
  });
  close();
  return found;
}

function runningLines(lines: readonly (string | null)[], dropped: ReadonlySet<number>): number[] {
  const byKey = new Map<string, number[]>();
  lines.forEach((line, i) => {
    // A running header or footer is the report's or chapter's name: as short as a heading.
    if (line === null || dropped.has(i) || line.length > MAX_HEADING_CHARS || endsSentence(line)) return;
    const key = line.replace(EDGE_NUMBERS, '');
    if (key.length < 2) return;
    const at = byKey.get(key);
    if (at) at.push(i);
    else byKey.set(key, [i]);
  });
  const found: number[] = [];
  for (const at of byKey.values()) {
    // A chapter's numbered heading that the page header repeats: a short chapter's may stand
    // only twice (the heading and one header); its first line that cuts no sentence is the heading itself.
    const heading = opensBlock(lines[at[0]!]!);
    if (at.length < (heading ? 2 : MIN_REPEATS)) continue;
    const cuts = at.map((i) => cutsSentence(lines, dropped, i));
    if (!cuts.some(Boolean)) continue;
    // Positive evidence of pages: page numbers found, or numbers on the repeated lines themselves.
    // A Word file repeats its own short lines (主要做法, 存在问题) with no page in sight.
    const numbered = at.filter((i) => lines[i] !== lines[i]!.replace(EDGE_NUMBERS, '')).length;
    if (dropped.size === 0 && numbered < MIN_REPEATS) continue;
    const own = heading ? at.find((_, k) => !cuts[k]) : undefined;
    found.push(...at.filter((i, k) => i !== own && (cuts[k] || i >= COVER_BLOCKS)));
  }
  return found;
}

/** Whether the text before line `i` (past other page furniture) is body text stopping in mid-sentence. */
function cutsSentence(lines: readonly (string | null)[], dropped: ReadonlySet<number>, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && dropped.has(j)) j -= 1;
  const before = j >= 0 ? lines[j] : null;
  return before != null && before.length >= MIN_BROKEN_CHARS && !endsSentence(before) && !opensBlock(before);
}

function blockChars(block: SourceBlock): number {
  return block.kind === 'para' ? runsText(block.runs).length : 0;
}
