import type { Inline } from '../document/nodes';

/**
 * Formatted text as import sees it: a list of runs. Recognisers work on the plain text;
 * these helpers cut the runs at the same character offsets so bold and italic survive
 * when a typed number is dropped or a heading is split off its run-on body text.
 */
export type Runs = Inline[];

export function runsText(runs: readonly Inline[]): string {
  return runs.map((r) => r.text).join('');
}

/** The runs covering characters [from, to) of their joined text. */
export function sliceRuns(runs: readonly Inline[], from: number, to = Number.POSITIVE_INFINITY): Runs {
  const out: Runs = [];
  let at = 0;
  for (const run of runs) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + run.text.length);
    if (end > start) out.push({ ...run, text: run.text.slice(start - at, end - at) });
    at += run.text.length;
  }
  return out;
}

/** Runs without leading and trailing white space (full-width spaces included). */
export function trimRuns(runs: readonly Inline[]): Runs {
  const text = runsText(runs);
  // JavaScript's white space takes in the full-width space; a regular expression for the end
  // would try every space of a long run inside the text.
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? sliceRuns(runs, start, end) : [];
}

/**
 * The runs parted at each `separator` (one character) in their text: a paragraph's lines. One
 * pass; slicing the runs once for each line read them all again for every line.
 */
export function splitRuns(runs: readonly Inline[], separator: string): Runs[] {
  const parts: Runs[] = [[]];
  for (const run of runs) {
    run.text.split(separator).forEach((text, i) => {
      if (i > 0) parts.push([]);
      if (text) parts.at(-1)!.push({ ...run, text });
    });
  }
  return parts;
}

/** Joins two run lists, merging the seam when both sides are formatted alike. */
export function concatRuns(a: readonly Inline[], b: readonly Inline[]): Runs {
  const out = a.map((r) => ({ ...r }));
  appendRuns(out, b);
  return out;
}

/** Adds `more` to the end of `runs`, in place: for joining many lines without copying those joined each time. */
function appendRuns(runs: Runs, more: readonly Inline[]): void {
  for (const run of more) {
    const last = runs[runs.length - 1];
    if (last && !!last.bold === !!run.bold && !!last.italic === !!run.italic && !!last.underline === !!run.underline)
      last.text += run.text;
    else runs.push({ ...run });
  }
}

/** Lines of one paragraph, joined: Chinese runs on directly, Latin words keep a space between them. */
export function joinLines(runs: readonly Inline[], next: readonly Inline[]): Runs {
  const out = runs.map((r) => ({ ...r }));
  appendLine(out, next, runs[runs.length - 1]?.text.slice(-1) ?? '');
  return out;
}

/**
 * joinLines in place: `runs` (its own run objects) takes `next` at its end. `last` is the
 * character `runs` ends with, which the caller has at hand: read off a text built up from
 * thousands of lines, it would copy the whole text at each line.
 */
export function appendLine(runs: Runs, next: readonly Inline[], last: string): void {
  const first = next[0]?.text[0] ?? '';
  if (/[A-Za-z0-9,.;:!?)]/.test(last) && /[A-Za-z0-9(]/.test(first)) appendRuns(runs, [{ text: ' ' }]);
  appendRuns(runs, next);
}

export function plainRuns(text: string): Runs {
  return text ? [{ text }] : [];
}
