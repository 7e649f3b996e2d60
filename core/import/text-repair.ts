import { matchFigureCaptions } from './caption-patterns';
import { matchCaseLabel } from './case-patterns';
import { type Item, holdsSentence } from './classify';
import { matchHeadingNumber } from './heading-patterns';
import { type ImportNote, note } from './import-notes';
import { type Runs, concatRuns, runsText, sliceRuns, trimRuns } from './inline-runs';

/**
 * Repairs for text copied out of a PDF, where page ends and narrow caption columns break
 * lines that belong together.
 */

/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？；…!?;：:][”’"'）)】》」』]*$/;
/** Shorter unpunctuated lines are cover lines or labels ("2025年12月"), never a page-broken sentence. */
export const MIN_BROKEN_CHARS = 20;
/** A caption wraps onto a short line of its own; longer lines are body text. */
const MAX_CAPTION_TAIL = 30;

/** The seam of two paragraphs joined, as notes quote it: the end of one and the start of the next. */
export const seamText = (last: string, first: string): string => `${last.slice(-20)}｜${first.slice(0, 20)}`;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/**
 * A line that opens a block of its own: a case label, a caption, a numbered heading. A line
 * that merely starts with a number ("29 项，二等奖…。") goes on with a sentence.
 */
export function opensBlock(text: string): boolean {
  return (
    matchCaseLabel(text) !== null ||
    matchFigureCaptions(text) !== null ||
    (matchHeadingNumber(text) !== null && !holdsSentence(text))
  );
}

/** A body line that starts a new list item ("1. …", "（2）…"): never joined onto the line before. */
function startsItem(item: Extract<Item, { t: 'body' }>): boolean {
  return item.numbered !== null || item.list !== null;
}

/** An item of a list typed without full stops (a school's honours, a line each) is a line or two long. */
const MAX_LIST_ITEM = 40;
/** So many such lines in a row are a list: a PDF's page ends cut one sentence a page. */
const MIN_LIST_ROW = 3;

/** The body lines that stand in a row of at least MIN_LIST_ROW short lines without a full stop: a list's items. */
function unpunctuatedList(items: readonly Item[]): Set<Item> {
  const listed = new Set<Item>();
  let row: Item[] = [];
  const close = () => {
    if (row.length >= MIN_LIST_ROW) for (const item of row) listed.add(item);
    row = [];
  };
  for (const item of items) {
    if (item.t === 'body' && item.source.length <= MAX_LIST_ITEM && !endsSentence(item.source)) row.push(item);
    else close();
  }
  close();
  return listed;
}

/**
 * Rejoins a body paragraph (or list item) that ends mid-sentence with the body paragraph
 * after it, unless that one starts a new item. Headings, cases and captions are never joined,
 * nor two items of a list typed without full stops (unpunctuatedList). Its last line may still
 * be a page-cut sentence, from a paragraph that began on the page's last line.
 */
export function rejoinParagraphs(items: Item[], notes: ImportNote[]): Item[] {
  const listed = unpunctuatedList(items);
  const out: Item[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (
      prev?.t === 'body' &&
      item.t === 'body' &&
      !startsItem(item) &&
      !endsSentence(prev.source) &&
      prev.source.length >= MIN_BROKEN_CHARS &&
      !(listed.has(prev) && listed.has(item))
    ) {
      notes.push(note('paragraphs-rejoined', seamText(prev.source, item.source)));
      out[out.length - 1] = { ...prev, runs: concatRuns(prev.runs, item.runs), source: prev.source + item.source };
      continue;
    }
    out.push(item);
  }
  return out;
}

/**
 * Joins a short unpunctuated line after a caption line onto that caption. In a row of
 * captions the tail belongs to the caption left open (an unclosed quote or bracket), also one
 * a line further up (PDF tools may give a row's captions a line each, the wrapped one's tail
 * after them); else to the one the line before went to (a tail over two lines); else to the
 * longest one in the line above: the one that wrapped.
 */
export function joinCaptionTails(items: Item[], notes: ImportNote[]): Item[] {
  const out: Item[] = [];
  /** The caption the line before was joined to: a tail over two lines goes on there. */
  let lastTail: CaptionTarget | null = null;
  for (const item of items) {
    const prev = out[out.length - 1];
    if (
      prev?.t === 'captions' &&
      item.t === 'body' &&
      item.numbered === null &&
      item.source.length <= MAX_CAPTION_TAIL &&
      !endsSentence(item.source)
    ) {
      const { line, index } = tailTarget(prev, out[out.length - 2], lastTail);
      const captions = line.captions.map((c, i) => (i === index ? { ...c, runs: concatRuns(c.runs, item.runs) } : c));
      notes.push(note('caption-joined', `${line.source}｜${item.source}`));
      const joined = { ...line, captions, source: `${line.source}${item.source}` };
      out[out.lastIndexOf(line)] = joined;
      lastTail = { line: joined, index };
      continue;
    }
    lastTail = null;
    out.push(item);
  }
  return out;
}

/**
 * The caption a tail goes to: one left open, in its line or the one above; else the one the line before went to; else
 * the longest.
 */
function tailTarget(prev: CaptionLine, above: Item | undefined, lastTail: CaptionTarget | null): CaptionTarget {
  const lines = [prev, above].filter((line): line is CaptionLine => line?.t === 'captions');
  const open = lines
    .map((line) => ({ line, index: line.captions.findIndex((c) => unbalanced(runsText(c.runs))) }))
    .find((o) => o.index >= 0);
  const longest = prev.captions.reduce(
    (best, c, i) => (runsText(c.runs).length > runsText(prev.captions[best]!.runs).length ? i : best),
    0,
  );
  return open ?? lastTail ?? { line: prev, index: longest };
}

type CaptionLine = Extract<Item, { t: 'captions' }>;
/** One caption of a line of captions. */
type CaptionTarget = { line: CaptionLine; index: number };

const PAIRS: [string, string][] = [
  ['“', '”'],
  ['（', '）'],
  ['(', ')'],
  ['《', '》'],
  ['「', '」'],
];

/** An unclosed quote or bracket: text that goes on somewhere else. */
export function unbalanced(text: string): boolean {
  return PAIRS.some(([open, close]) => text.split(open).length > text.split(close).length);
}

/** A run-on heading's length when its siblings give no better guess. */
const DEFAULT_HEADING_CHARS = 8;

/**
 * Splits "3.2 服务区域发展支持校地、校企开展…" into a heading and a paragraph. The heading takes
 * the typical length of its sibling headings (same level, same parent number), since sections
 * of one chapter are named alike (服务行业企业 / 服务区域发展 / 服务乡村振兴); a sentence mark
 * within 3 characters of that length (or within the first 20 when there are no siblings) is
 * taken as the end instead. Runs before the paragraph repairs, so the split-off text can be
 * rejoined with the page after it.
 */
export function splitRunOnHeadings(items: Item[], notes: ImportNote[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    if (item.t !== 'heading' || !item.runOn) {
      out.push(item);
      continue;
    }
    const text = runsText(item.runs);
    const mark = /[。；：！？:;]/.exec(text.slice(0, 21));
    const siblings = siblingLength(items, item);
    // A sentence mark far from the siblings' length ends a first body sentence, not the heading.
    const useMark = mark !== null && (siblings === null || Math.abs(mark.index - siblings) <= 3);
    const cut = useMark ? mark.index : (siblings ?? DEFAULT_HEADING_CHARS);
    const skip = useMark ? 1 : 0;
    notes.push(note('heading-split', item.source));
    out.push({ ...item, runs: trimRuns(sliceRuns(item.runs, 0, cut)), runOn: false });
    const rest: Runs = trimRuns(sliceRuns(item.runs, cut + skip));
    out.push({ t: 'body', runs: rest, source: runsText(rest), list: null, numbered: null });
  }
  return out;
}

function siblingLength(items: readonly Item[], heading: Extract<Item, { t: 'heading' }>): number | null {
  const parent = heading.number?.numbers.slice(0, -1).join('.');
  const lengths = items
    .filter(
      (i): i is Extract<Item, { t: 'heading' }> =>
        i.t === 'heading' && i !== heading && !i.runOn && i.level === heading.level,
    )
    .filter((i) => parent === undefined || i.number?.numbers.slice(0, -1).join('.') === parent)
    .map((i) => runsText(i.runs).length)
    .sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(lengths.length / 2)]! : null;
}
