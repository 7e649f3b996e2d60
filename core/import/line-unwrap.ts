import { matchFigureCaptions } from './caption-patterns';
import { concatRuns, runsText } from './inline-runs';
import { type SourceBlock, plainLine } from './source-blocks';
import { endsSentence, opensBlock, unbalanced } from './text-repair';

/** Lines narrower than this (in half-width units) say nothing about the width text was wrapped at. */
const MIN_MEASURED = 20;
/** A full line may fall short of the width by this much: a wide character that did not fit, squeezed punctuation. */
const FULL_TOLERANCE = 4;
/** A paragraph's first line is this much shorter, by its indent of two characters (a PDF copy drops the indent). */
const INDENT = 4;
/** A heading's or caption's own continuation falls this far short of the width, at least. */
const TAIL_SHORTFALL = 3 * FULL_TOLERANCE;
/** Wrapped text has this share of its lines, at least, within FULL_TOLERANCE of one width. */
const MIN_FULL_SHARE = 0.4;
const MIN_FULL_LINES = 8;

/** Width in half-width units: Chinese characters and full-width forms count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”‘’…—]/.test(ch) ? 2 : 1;
  return width;
}

/**
 * The width a text was hard-wrapped at (copied out of a PDF viewer that ends every printed
 * line with a line break), or null when its lines are paragraphs: then no width gathers many
 * of them just below it.
 */
export function wrapWidth(widths: readonly number[]): number | null {
  const measured = widths.filter((w) => w >= MIN_MEASURED).sort((a, b) => a - b);
  let best = { width: 0, count: 0 };
  for (let i = 0, from = 0; i < measured.length; i += 1) {
    while (measured[from]! < measured[i]! - FULL_TOLERANCE) from += 1;
    if (i - from + 1 >= best.count) best = { width: measured[i]!, count: i - from + 1 };
  }
  return best.count >= MIN_FULL_LINES && best.count >= measured.length * MIN_FULL_SHARE ? best.width : null;
}

/** Whether one of `lines` is full at `width`: lines that are all short are no text wrapped there. */
export function fillsWidth(lines: readonly string[], width: number): boolean {
  return lines.some((line) => displayWidth(line) >= width - FULL_TOLERANCE);
}

export interface Unwrapped {
  blocks: SourceBlock[];
  /** Lines joined onto the one before. */
  joined: number;
  /** The first paragraph put together, to show where to look. */
  example: string | null;
}

/**
 * Joins the lines of hard-wrapped text back into paragraphs: a full line goes on in the next
 * one, unless it ends a sentence and the next opens a heading, case or caption. A heading, case
 * label or caption just short of the width goes on only into its own tail (a line well short
 * of the width, no sentence). A line short of the width ends its paragraph (the page-break
 * repair after this still joins one that stops mid-sentence). Text not wrapped at one width is
 * left as it is.
 */
export function unwrapLines(blocks: readonly SourceBlock[], knownWidth?: number): Unwrapped {
  const texts = blocks.map(plainLine);
  const widths = texts.map((t) => (t === null ? 0 : displayWidth(t)));
  // A paragraph's few lines cannot tell their width: the caller who saw all of them may.
  const width = knownWidth ?? wrapWidth(widths);
  if (width === null) return { blocks: [...blocks], joined: 0, example: null };
  // A body line short only by an indent, and stopping mid-sentence, is a paragraph's wrapped first line.
  const full = (i: number) => {
    const text = texts[i];
    if (text == null) return false;
    return (
      widths[i]! >= width - FULL_TOLERANCE ||
      (widths[i]! >= width - FULL_TOLERANCE - INDENT && !endsSentence(text) && !opensBlock(text))
    );
  };
  const continues = (i: number): boolean => {
    const before = texts[i - 1];
    const text = texts[i];
    if (before == null || text == null || !full(i - 1)) return false;
    // A wrapped line goes on at its end; but in a row of captions side by side the line may
    // close one left open before the last: joinCaptionTails gives it to that one.
    if (
      matchFigureCaptions(before)
        ?.slice(0, -1)
        .some((c) => unbalanced(c.text) && !unbalanced(c.text + text))
    )
      return false;
    // A title's tail is short; a paragraph's first line, short only by its indent, goes on.
    if (opensBlock(before)) return !opensBlock(text) && widths[i]! < width - TAIL_SHORTFALL && !endsSentence(text);
    return !(opensBlock(text) && endsSentence(before));
  };
  const out: SourceBlock[] = [];
  let joined = 0;
  let example: SourceBlock | undefined;
  blocks.forEach((block, i) => {
    const prev = out[out.length - 1];
    if (!continues(i) || prev?.kind !== 'para' || block.kind !== 'para') {
      out.push(block);
      return;
    }
    out[out.length - 1] = { ...prev, runs: concatRuns(prev.runs, block.runs) };
    joined += 1;
    example ??= out[out.length - 1];
  });
  return { blocks: out, joined, example: example?.kind === 'para' ? runsText(example.runs) : null };
}
