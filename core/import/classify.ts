import { type CaptionMatch, matchFigureCaptions, matchTableCaption } from './caption-patterns';
import { type CaseLabel, matchCaseLabel } from './case-patterns';
import {
  type HeadingNumber,
  type HeadingScheme,
  headingTextEnd,
  levelInScheme,
  matchHeadingNumber,
  reportChapter,
} from './heading-patterns';
import { type Runs, runsText, sliceRuns, trimRuns } from './inline-runs';
import type { SourceBlock, SourceImages, SourceListItem, SourceTable } from './source-blocks';

/** A source paragraph once recognised. `source` is its text as found, for notes. */
export type Item =
  | {
      t: 'heading';
      level: 1 | 2 | 3 | 4;
      runs: Runs;
      number: HeadingNumber | null;
      source: string;
      runOn: boolean;
      /** False for front and back matter (摘要, 参考文献, 致谢): a heading the report does not number. */
      numbered: boolean;
    }
  | { t: 'case'; runs: Runs; label: CaseLabel; source: string }
  | { t: 'captions'; captions: { runs: Runs; match: CaptionMatch }[]; source: string }
  | { t: 'table-caption'; runs: Runs; source: string }
  | { t: 'body'; runs: Runs; source: string; list: SourceListItem | null; numbered: HeadingNumber | null }
  /** `typed`: the numbered captions among `captions`, as the source typed them (checked, then dropped). */
  | (SourceImages & { t: 'images'; typed: { match: CaptionMatch; source: string }[] })
  | (SourceTable & { t: 'table' })
  | { t: 'case-box'; edge: 'start' | 'end' };

/** Longer numbered paragraphs are body text (or a heading running on into it). */
export const MAX_HEADING_CHARS = 40;

/** The front and back matter reports and theses set as headings without a number. */
const UNNUMBERED_MATTER = /^(?:摘\s*要|abstract|参\s*考\s*文\s*献|references|致\s*谢|acknowledge?ments?|后\s*记)$/i;

/** Whether a styled heading's text names front or back matter (摘要, ABSTRACT, 参考文献, 致谢), which stands unnumbered. */
function isUnnumberedMatter(text: string): boolean {
  return UNNUMBERED_MATTER.test(text.replace(/^[【[]|[】\]]$/g, '').trim());
}

/** Whether text holds a sentence within it (a full stop with more after it): "3.2 服务区域发展支持…。…" does. */
export function holdsSentence(text: string): boolean {
  return /[。！？；]./.test(text);
}

/** Text as long as a heading may be, and holding no sentence. */
function isHeadingSized(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && !holdsSentence(text);
}

export interface ClassifyOptions {
  /**
   * The heading levels a typed number may give, `[from, to]`. All four when the source styles
   * no heading; below its styled headings otherwise (see `patternLevels`).
   */
  patternLevels: readonly [from: number, to: number];
}

/**
 * Many Word users style only their chapters (标题 1) and type "（一）", "1." for the levels
 * below. Typed numbers then give the levels under the deepest styled one, down to 3: a
 * "（1）" line (level 4) there is a list item, and in a source styling three levels every
 * numbered line is body text.
 */
export function patternLevels(blocks: readonly SourceBlock[]): readonly [number, number] {
  const styled = blocks.reduce(
    (deepest, b) => (b.kind === 'para' && b.styleLevel ? Math.max(deepest, b.styleLevel) : deepest),
    0,
  );
  return styled === 0 ? [1, 4] : [styled + 1, 3];
}

/**
 * Decimal when any short paragraph carries a multi-level number (1.1), else Chinese when 一、
 * or （一） opens one: only the Chinese sequence has them, and a source whose chapters are
 * styled headings types no 一、 at all. Chapters called 第一章 / 第一部分 are the report's
 * only ahead of its first 一、 (reportChapter): a quoted document's must not move the report's
 * own headings a level down.
 */
export function detectScheme(texts: readonly string[]): HeadingScheme {
  const short: HeadingNumber[] = [];
  let decimal = false;
  for (const text of texts) {
    const n = matchHeadingNumber(text);
    if (n?.form === 'multi' && text.length <= MAX_HEADING_CHARS * 3) decimal = true;
    if (n && text.length <= MAX_HEADING_CHARS) short.push(n);
  }
  const han = short.some((n) => n.form === 'han' || n.form === 'han-paren');
  return { style: decimal || !han ? 'decimal' : 'chinese', chapters: reportChapter(short) !== undefined };
}

/** A list typed "1. … 2. …" in body text: its number form, last number and length. */
interface TypedList {
  form: HeadingNumber['form'];
  end: number;
  length: number;
}

/** The typed list after a body paragraph typed `number`: the list going on, a new one at "1.", or as it was. */
function typedOn(list: TypedList | null, number: HeadingNumber): TypedList | null {
  const n = number.numbers[0]!;
  if (number.numbers.length !== 1) return list;
  if (list?.form === number.form && list.end === n - 1) return { ...list, end: n, length: list.length + 1 };
  return n === 1 ? { form: number.form, end: 1, length: 1 } : list;
}

export function classify(blocks: readonly SourceBlock[], options: ClassifyOptions): Item[] {
  const texts = blocks.flatMap((b) => (b.kind === 'para' ? [runsText(trimRuns(b.runs))] : []));
  const scheme = detectScheme(texts);
  let chapter = 0;
  /** The list typed "1. … 2. …" last in this section. */
  let typedList: TypedList | null = null;
  const items: Item[] = [];
  const unstyled = headingsLeftUnstyled(blocks);
  for (const [at, block] of blocks.entries()) {
    if (block.kind === 'case-box') {
      items.push({ t: 'case-box', edge: block.edge });
      continue;
    }
    if (block.kind === 'images') {
      items.push(imagesItem(block));
      continue;
    }
    if (block.kind !== 'para') {
      items.push({ ...block, t: 'table' });
      continue;
    }
    const runs = trimRuns(block.runs);
    const text = runsText(runs);
    if (text.length === 0) continue;
    // A case label opens a case even in a heading style (writers style case titles so they show in Word's navigation).
    const label = matchCaseLabel(text, { heading: block.styleLevel !== undefined });
    if (label) {
      items.push({ t: 'case', runs: trimRuns(sliceRuns(runs, label.length)), label, source: text });
      continue;
    }
    const number = matchHeadingNumber(text);
    if (block.styleLevel) {
      const level = block.styleLevel;
      const start = number && !block.list ? number.length : 0;
      items.push({
        t: 'heading',
        level,
        runs: trimRuns(sliceRuns(runs, start, headingTextEnd(text))),
        number: start ? number : null,
        source: text,
        runOn: false,
        numbered: !block.unnumbered && !(start === 0 && isUnnumberedMatter(text)),
      });
      typedList = null;
      if (level === 1 && number?.numbers.length === 1) chapter = number.numbers[0]!;
      continue;
    }
    const captions = matchFigureCaptions(text);
    if (captions) {
      items.push({ t: 'captions', captions: captionRuns(runs, text, captions), source: text });
      continue;
    }
    const table = matchTableCaption(text);
    if (table) {
      items.push({
        t: 'table-caption',
        runs: trimRuns(sliceRuns(runs, text.length - table.text.length)),
        source: text,
      });
      continue;
    }
    const prev = items[items.length - 1];
    const n = number?.numbers[0] ?? 0;
    // "2. …" right after a body item "1. …" goes on with that list; it opens no chapter. Nor does
    // "3. …" after a paragraph that interrupts a typed list "1. … 2. …" (Word's 继续编号, typed out).
    const continuesList =
      (prev?.t === 'body' && prev.numbered?.form === number?.form && prev.numbered?.numbers[0] === n - 1) ||
      (typedList !== null && typedList.length >= 2 && typedList.form === number?.form && typedList.end === n - 1);
    const [from, to] = options.patternLevels;
    const found = !block.list && number && !continuesList ? headingOf(number, text, scheme, chapter) : null;
    const forgotten = unstyled.get(at);
    const heading = forgotten
      ? { level: forgotten, runOn: false }
      : found && found.level >= from && found.level <= to
        ? found
        : null;
    if (heading) {
      if (heading.level === 1 && number!.numbers.length === 1) chapter = number!.numbers[0]!;
      const end = heading.runOn ? text.length : headingTextEnd(text);
      items.push({
        t: 'heading',
        level: heading.level,
        runs: trimRuns(sliceRuns(runs, number!.length, end)),
        number,
        source: text,
        runOn: heading.runOn,
        numbered: true,
      });
      typedList = null;
      continue;
    }
    if (number && !block.list) typedList = typedOn(typedList, number);
    items.push({ t: 'body', runs, source: text, list: block.list ?? null, numbered: number });
  }
  return items;
}

/**
 * Headings set in a heading style and typed with their numbers (标题 1: 一、二、…; 标题 2:
 * （一）（二）…): a short plain paragraph typed with the number its styled siblings lack, in its
 * place (after the one before it, ahead of the one after, under the same parent), is that
 * heading with its style forgotten; not the next item of a list numbered so (一、 … 二、). The
 * indexes of those paragraphs, with their levels.
 */
function headingsLeftUnstyled(blocks: readonly SourceBlock[]): Map<number, 1 | 2 | 3> {
  const found = new Map<number, 1 | 2 | 3>();
  const levelOf = (at: number) => {
    const b = blocks[at];
    return b?.kind === 'para' ? (b.styleLevel ?? found.get(at)) : undefined;
  };
  // Each paragraph's single typed number ("二、", "（三）"), read once for the three levels.
  const numbers = blocks.map((b) => {
    const text = b.kind === 'para' ? runsText(b.runs).trim() : '';
    const number = matchHeadingNumber(text);
    return number?.numbers.length === 1 ? { n: number.numbers[0]!, form: number.form, text } : null;
  });
  const typed = (at: number) => numbers[at] ?? null;
  for (const level of [1, 2, 3] as const) {
    const styled = blocks.flatMap((_, at) => (levelOf(at) === level && typed(at) ? [typed(at)!.form] : []));
    const form = styled[0];
    if (form === undefined || styled.some((f) => f !== form)) continue;
    /**
     * The number of the last sibling at this level under the current parent, and the last item of a list numbered so
     * there.
     */
    let prev: number | null = null;
    let listed = 0;
    blocks.forEach((b, at) => {
      const own = levelOf(at);
      if (own !== undefined && own <= level) [prev, listed] = [own === level ? (typed(at)?.n ?? prev) : null, 0];
      if (own !== undefined || prev === null || b.kind !== 'para' || b.list) return;
      const number = typed(at);
      if (number?.form !== form) return;
      if (number.n === listed + 1) {
        listed = number.n;
        return;
      }
      if (!isHeadingSized(number.text) || number.n !== prev + 1 || nextSiblingNumber(at, level) <= number.n) return;
      found.set(at, level);
      [prev, listed] = [number.n, 0];
    });
  }
  return found;

  /** The number of the next heading at `level` under the same parent (Infinity when the parent ends first). */
  function nextSiblingNumber(from: number, level: number): number {
    for (let at = from + 1; at < blocks.length; at += 1) {
      const own = levelOf(at);
      if (own !== undefined && own < level) return Number.POSITIVE_INFINITY;
      if (own === level) return typed(at)?.n ?? Number.POSITIVE_INFINITY;
    }
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * Whether a numbered paragraph is a heading. In decimal numbering a single number is a
 * chapter only when it moves forward (lists inside a chapter restart at 1), and 2.3 only
 * inside chapter 2 (so "2.5万人…" in chapter 3 stays body text).
 */
function headingOf(
  number: HeadingNumber,
  text: string,
  scheme: HeadingScheme,
  chapter: number,
): { level: 1 | 2 | 3 | 4; runOn: boolean } | null {
  const level = levelInScheme(number.form, number.numbers, scheme);
  if (level === null) return null;
  const short = isHeadingSized(text.slice(number.length));
  if (scheme.style === 'decimal' && number.form === 'single') {
    const n = number.numbers[0]!;
    return short && n > chapter && n <= chapter + 3 ? { level, runOn: false } : null;
  }
  if (scheme.style === 'decimal' && number.form === 'multi') {
    if (chapter !== 0 && number.numbers[0] !== chapter) return null;
    return { level, runOn: !short };
  }
  return short ? { level, runOn: false } : null;
}

/** Captions found beside photos (in a table row) lose their typed "图N" here, as caption lines do. */
function imagesItem(block: SourceImages): Extract<Item, { t: 'images' }> {
  const typed: { match: CaptionMatch; source: string }[] = [];
  const captions = block.captions.map((runs) => {
    const text = runsText(runs);
    const match = matchFigureCaptions(text)?.[0];
    if (!match) return runs;
    typed.push({ match, source: text });
    return trimRuns(sliceRuns(runs, match.text ? text.indexOf(match.text) : text.length));
  });
  return { ...block, captions, t: 'images', typed };
}

function captionRuns(runs: Runs, text: string, captions: CaptionMatch[]): { runs: Runs; match: CaptionMatch }[] {
  let from = 0;
  return captions.map((match) => {
    const at = match.text ? text.indexOf(match.text, from) : from;
    from = at + match.text.length;
    return { runs: trimRuns(sliceRuns(runs, at, at + match.text.length)), match };
  });
}
