import { type Runs, appendLine, plainRuns, runsText, splitRuns, trimRuns } from '../inline-runs';
import { displayWidth, wrapWidth } from '../line-unwrap';
import { pageFurniture } from '../page-furniture';
import { para } from '../source-blocks';
import { opensBlock } from '../text-repair';
import type { DocxNoteMark, DocxParagraph, DocxPicture } from './model';

/** Where a line break (Shift+Enter) or a page break stood in a paragraph's runs, until linesOf parts them there. */
export const LINE_BREAK = '\n';

export interface ParagraphContent {
  runs: Runs;
  pictures: DocxPicture[];
  /** A page break stands in it. */
  pageBreak: boolean;
}

/**
 * A paragraph's runs (bold, italic, underline kept; raised digits as their Unicode forms) and
 * pictures; a break is `lineBreak`, a tab a space, a footnote's mark the text `notes` gives it.
 */
export function paragraphContent(
  paragraph: DocxParagraph,
  notes: ReadonlyMap<DocxNoteMark, string> = new Map(),
  lineBreak = ' ',
): ParagraphContent {
  const runs: Runs = [];
  const pictures: DocxPicture[] = [];
  let pageBreak = false;
  let format = {};
  for (const inline of paragraph.inlines) {
    if (inline.kind === 'text') {
      format = { bold: inline.bold, italic: inline.italic, underline: inline.underline };
      runs.push({
        text: inline.vertical === 'baseline' ? inline.text : raised(inline.text, inline.vertical),
        ...format,
      });
    } else if (inline.kind === 'tab') runs.push({ text: ' ', ...format });
    else if (inline.kind === 'break') {
      runs.push({ text: lineBreak, ...format });
      pageBreak ||= inline.page;
    } else if (inline.kind === 'picture') pictures.push(inline);
    else {
      const text = notes.get(inline);
      if (text) runs.push({ text, ...format });
    }
  }
  return { runs: runs.filter((r) => r.text.length > 0), pictures, pageBreak };
}

const SCRIPT_CHARS = {
  superscript: ['0123456789+-=()n', '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ'],
  subscript: ['0123456789+-=()', '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎'],
} as const;

/**
 * Superscript or subscript text: the document model keeps no such format, so m² and CO₂ would
 * read m2 and CO2. Digits and signs become their Unicode superscript or subscript forms; other
 * text stays as it is.
 */
function raised(text: string, alignment: 'superscript' | 'subscript'): string {
  const [plain, script] = SCRIPT_CHARS[alignment];
  const chars = [...text];
  return chars.every((ch) => plain.includes(ch)) ? chars.map((ch) => script[plain.indexOf(ch)]).join('') : text;
}

/**
 * A paragraph's lines, parted at its line breaks where a line opens a block of its own or ends
 * one (a numbered heading, a case label, a caption: "一、基本情况⏎学校现有…", as text pasted
 * from the web or converted from a PDF has it); elsewhere the lines are joined again, a
 * sentence the break only wrapped.
 */
export function linesOf(runs: Runs): Runs[] {
  const lines: Runs[] = [];
  /** The line being joined: its length, the character it ends with, and whether it opens a block. */
  let open = { length: 0, last: '', opens: true };
  for (const line of lineRuns(runs)) {
    const text = runsText(line);
    const opens = opensBlock(text);
    const prev = lines.at(-1);
    if (!prev || open.opens || opens) {
      lines.push(line);
      open = { length: text.length, last: text.slice(-1), opens };
      continue;
    }
    // Joined in place (the lines' runs are their own); a line this long no longer turns into a block's opening.
    appendLine(prev, line, open.last);
    const length = open.length + text.length;
    const opensNow = length <= MAX_OPENING_LINE && opensBlock(runsText(prev));
    open = { length, last: text.slice(-1) || open.last, opens: opensNow };
  }
  return lines;
}

/**
 * Longer than any case label, caption or numbered heading opening a line: a line joined past
 * this is not read again to see whether it opens a block, as it was at each line joined to it.
 */
const MAX_OPENING_LINE = 200;

/** A paragraph's runs parted at each line break, each line trimmed. */
export function lineRuns(runs: Runs): Runs[] {
  return splitRuns(runs, LINE_BREAK).map(trimRuns);
}

/** A paragraph's lines joined into one, in place: copying all joined so far at each line made it quadratic. */
export function joinLineBreaks(runs: Runs): Runs {
  const [joined, ...rest] = linesOf(runs);
  let last = runsText(joined!).slice(-1);
  for (const line of rest) {
    appendLine(joined!, line, last);
    last = runsText(line).slice(-1) || last;
  }
  return joined!;
}

/**
 * Printed lines pasted into Word with a line break each: the width they were wrapped at, and which of them are a page's
 * number or running header.
 */
export interface SoftWrap {
  width: number;
  furniture: ReadonlySet<string>;
}

/**
 * Where printed lines were pasted into Word with a line break (Shift+Enter, shown ↓) ending each,
 * as PDF readers and some web pages copy them: the width they were wrapped at, and the lines
 * among them that are a page's number or running header (pageFurniture, as for text copied out
 * of a PDF); else null. Read over the whole document (`paragraphs`: all of them, in order): one
 * paragraph's few lines cannot tell it.
 */
export function softWrap(paragraphs: readonly DocxParagraph[]): SoftWrap | null {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    if (!paragraph.inlines.some((inline) => inline.kind === 'break')) continue;
    lines.push(
      ...runsText(paragraphContent(paragraph, new Map(), LINE_BREAK).runs)
        .split(LINE_BREAK)
        .map((line) => line.trim()),
    );
  }
  const width = wrapWidth(lines.map(displayWidth));
  if (width === null) return null;
  const blocks = lines.map((line) => para(plainRuns(line)));
  return { width, furniture: new Set([...pageFurniture(blocks)].map((i) => lines[i]!)) };
}
