import { plainRuns } from './inline-runs';
import { type SourceBlock, para, plainLine } from './source-blocks';

/** Chinese characters, full-width forms and Chinese punctuation. */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f“”‘’…—]/;
/** Characters apart in a line, at least, before it is read as spaced out. */
const MIN_SPACED = 4;
/** A spaced-out line has at most one pair of characters side by side for this many apart. */
const SPACED_PER_TIGHT = 4;

/**
 * Some PDFs set their text a character at a time, and copying it out gives "学 校 现 有 …": a
 * space after every character. A line spaced so throughout is closed up: its single spaces go,
 * and a wider gap (where the text had a space) becomes one. In ordinary lines a space between
 * two phrases means something ("红韵启智 思政育人"); those are left as they are. Where most
 * long lines are spaced out, the whole text was copied so, and its short lines ("指 导", the
 * tail of a caption) are closed up too.
 */
export function closeUpSpacedLines(blocks: readonly SourceBlock[]): {
  blocks: SourceBlock[];
  closed: number;
  example: string | null;
} {
  const texts = blocks.map(plainLine);
  const isSpacedOut = (l: { spaced: number; tight: number }) =>
    l.spaced >= MIN_SPACED && l.tight * SPACED_PER_TIGHT <= l.spaced;
  // Most texts have no line spaced out (it has MIN_SPACED spaces at least): then none is closed up.
  if (!texts.some((text) => text !== null && text.split(' ').length > MIN_SPACED && isSpacedOut(spacing(text))))
    return { blocks: [...blocks], closed: 0, example: null };
  const lines = texts.map((text) => (text === null ? null : { text, ...spacing(text) }));
  const spacedOut = lines.filter((l) => l !== null && isSpacedOut(l)).length;
  const ordinary = lines.filter(
    (l) => l !== null && l.tight >= MIN_SPACED && l.tight * SPACED_PER_TIGHT > l.spaced,
  ).length;
  const least = spacedOut > ordinary ? 1 : MIN_SPACED;
  let closed = 0;
  let example: string | null = null;
  const out = blocks.map((block, i) => {
    const line = lines[i];
    if (!line || line.spaced < least || line.tight * SPACED_PER_TIGHT > line.spaced) return block;
    closed += 1;
    const closedUp = line.text
      .replace(/ {2,}/g, '\0')
      .replace(/(?<=\S) (?=\S)/g, '')
      .replace(/\0/g, ' ');
    example ??= closedUp;
    return para(plainRuns(closedUp));
  });
  return { blocks: out, closed, example };
}

/** How many of a line's characters stand a space apart, and how many Chinese ones side by side. */
function spacing(line: string): { spaced: number; tight: number } {
  let spaced = 0;
  let tight = 0;
  const wide = (i: number) => i < line.length && WIDE.test(line[i]!);
  for (let i = 0; i + 1 < line.length; i += 1) {
    if (line[i + 1] === ' ') {
      if (line[i] !== ' ' && i + 2 < line.length && line[i + 2] !== ' ' && (wide(i) || wide(i + 2))) spaced += 1;
    } else if (wide(i) && wide(i + 1)) tight += 1;
  }
  return { spaced, tight };
}
