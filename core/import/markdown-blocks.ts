import { appendLine, runsText, sliceRuns } from './inline-runs';
import { inlineFootnotes, inlineMarkdown } from './markdown-inline';
import { hasPictures, imagesBlock, lineImages, photoTable, pictureLine } from './markdown-pictures';
import { checkBlocks, checkChars } from './report-size';
import { type SourceBlock, para } from './source-blocks';
import { countChars } from '../text-count';
import { endsSentence, opensBlock } from './text-repair';

/** "## 标题", "## 标题 ##", "## 标题 {#id}": the marks before the text. */
const HEADING_OPENING = /^(#{1,6})\s+/;
/**
 * A heading's " {#id .class}", which some editors write for its anchor; " ##" closing it. Each
 * look-behind starts a try only where its run starts: a long run of spaces or "#" inside a line
 * otherwise starts a scan at each of its characters.
 */
const HEADING_ATTRIBUTES = /(?<!\s)\s*\{[#.][^{}]*\}\s*$/;
const HEADING_CLOSING = /(?<=\s)#+$/;
/** "===" or "---" under a paragraph's line: that line is a heading (level 1, 2). */
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
/** "---", "***", "___", "* * *": a rule between sections, which a report has no use for. */
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const BULLET = /^\s*[-*+•]\s+(.*)$/;
/**
 * Indented, or at the margin in a file that marks its headings with "#": else "1. 基本情况" is a typed chapter number, read
 * as the text import reads it.
 */
const ORDERED = /^\s+\d{1,3}[.)]\s+(.*)$/;
const ORDERED_AT_MARGIN = /^\d{1,3}[.)]\s+(.*)$/;
const QUOTE = /^\s*>\s?(.*)$/;
const FENCE = /^\s*(```|~~~)/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
/** <br>: a line broken where it stands. */
const LINE_BREAK = /<br\s*\/?>/i;
/** "|---|:---:|": the line under a table's header row. */
const TABLE_RULE = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;

/**
 * Markdown's blocks: "#" headings, "-" / "  1." list items, GFM tables ("| a | b |"), and
 * paragraphs. A line goes on with the paragraph above it (CommonMark's soft line break: a
 * space between Latin words, nothing in Chinese) only where that one stops mid-sentence and
 * the line opens no case, caption or numbered heading: many write one paragraph a line with
 * no blank line between. A fenced code block is kept as its lines.
 */
export function markdownBlocks(text: string): MarkdownContent {
  // Refused before it is read, as plain text is (textBlocks), as are lines past a report's blocks.
  checkChars(countChars(text));
  const footnotes = inlineFootnotes(text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
  // <br> breaks a line where it stands: a paragraph of its own after it (in a table cell, a paragraph of the cell).
  const lines = footnotes.lines.flatMap((l) =>
    TABLE_ROW.test(l) ? [l] : l.split(LINE_BREAK).flatMap((part, k) => (k ? ['', part] : [part])),
  );
  const atx = lines.some((l) => HEADING_OPENING.test(l));
  const blocks: SourceBlock[] = [];
  /** The paragraph being read: lines join it until a blank line or another block. */
  let open = false;
  /**
   * The text of the last line (with any text) of the block last read: whether the open paragraph
   * stops mid-sentence is read there, not in its whole text, which a paragraph of thousands of
   * lines joined read again at each line.
   */
  let lastLine = '';
  /** The indents of the list levels open above the current line: a deeper indent nests an item. */
  let listIndents: number[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    checkBlocks(blocks.length);
    // trimEnd, not a regular expression: that tried every space of a deeply indented line.
    const line = lines[i]!.trimEnd();
    if (!line.trim()) {
      open = false;
      continue;
    }
    if (FENCE.test(line)) {
      for (i += 1; i < lines.length && !FENCE.test(lines[i]!); i += 1)
        if (lines[i]!.trim()) blocks.push(para([{ text: lines[i]!.trim() }]));
      open = false;
      continue;
    }
    if (TABLE_ROW.test(line)) {
      const rows: string[] = [];
      for (; i < lines.length && TABLE_ROW.test(lines[i]!); i += 1) rows.push(lines[i]!);
      i -= 1;
      blocks.push(...(photoTable(rows.filter((l) => !TABLE_RULE.test(l)).map(cells)) ?? table(rows)));
      open = false;
      continue;
    }
    const prev = blocks[blocks.length - 1];
    const setext = SETEXT.exec(line);
    if (setext && open && prev?.kind === 'para' && !prev.list) {
      const attributes = runsText(prev.runs).search(HEADING_ATTRIBUTES);
      const runs = attributes >= 0 ? sliceRuns(prev.runs, 0, attributes) : prev.runs;
      blocks[blocks.length - 1] = { ...prev, runs, styleLevel: setext[1]!.startsWith('=') ? 1 : 2 };
      open = false;
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      open = false;
      continue;
    }
    const heading = atxHeading(line);
    const item = BULLET.exec(line) ?? ORDERED.exec(line) ?? (atx ? ORDERED_AT_MARGIN.exec(line) : null);
    if (heading) {
      listIndents = [];
      blocks.push(para(inlineMarkdown(heading.text), { styleLevel: Math.min(4, heading.level) as 1 | 2 | 3 | 4 }));
    } else if (item) {
      const indent = line.replace(/\t/g, '    ').search(/\S/);
      while (listIndents.length > 0 && indent < listIndents.at(-1)!) listIndents.pop();
      if (listIndents.length === 0 || indent > listIndents.at(-1)!) listIndents.push(indent);
      // A list item's pictures follow it: a list holds text only.
      const { images, text } = lineImages(item[1]!);
      const runs = inlineMarkdown(text);
      lastLine = runsText(runs);
      const ordered = !BULLET.test(line);
      // As CommonMark: an ordered list starts at its first item's number ("3." goes on from a list above).
      const number = ordered ? Number(/\d{1,3}/.exec(line)![0]) : undefined;
      blocks.push(para(runs, { list: { ordered, depth: listIndents.length - 1, ...(number && { number }) } }));
      if (images.length) blocks.push(imagesBlock(images, []));
    } else if (hasPictures(line)) {
      blocks.push(...pictureLine(line, nextText(lines, i)));
      listIndents = [];
      open = false;
      continue;
    } else {
      const runs = inlineMarkdown((QUOTE.exec(line)?.[1] ?? line).trim());
      const text = runsText(runs);
      if (open && prev?.kind === 'para' && !endsSentence(lastLine) && !opensBlock(text)) {
        // Joined in place: the paragraph's runs are its own, made from its first line.
        appendLine(prev.runs, runs, lastLine.slice(-1));
        if (text.trim()) lastLine = text;
      } else {
        listIndents = [];
        blocks.push(para(runs));
        lastLine = text;
      }
    }
    // A list item's lazy continuation lines join it, as a paragraph's do.
    open = !heading;
  }
  return { blocks, inlinedNotes: footnotes.inlined };
}

export interface MarkdownContent {
  blocks: SourceBlock[];
  /** The footnotes put in where they were referenced, as （注：…）. */
  inlinedNotes: string[];
}

/**
 * A GFM table: its first row is a header when the rule line follows it. Pictures among its text
 * follow it, as the docx import places those of a Word table of text.
 */
function table(lines: readonly string[]): SourceBlock[] {
  const header = lines.length > 1 && TABLE_RULE.test(lines[1]!);
  const body = lines.filter((_line, i) => !(header && i === 1)).map(cells);
  const rows = body.map((row) =>
    row.map((cell) => ({ paragraphs: cell.split(LINE_BREAK).map((part) => inlineMarkdown(part.trim())) })),
  );
  const images = body.flatMap((row) => row.flatMap((cell) => lineImages(cell).images));
  return [
    { kind: 'table', rows, header },
    ...(images.length ? [{ ...imagesBlock(images, []), fromTable: true as const }] : []),
  ];
}

/** "## 标题 ## {#id}": its level and its text, without the marks around it. */
function atxHeading(line: string): { level: number; text: string } | null {
  const opening = HEADING_OPENING.exec(line);
  if (!opening) return null;
  const text = line.slice(opening[0].length).replace(HEADING_ATTRIBUTES, '').trimEnd();
  return { level: opening[1]!.length, text: text.replace(HEADING_CLOSING, '').trimEnd() };
}

/** The first line after lines[i] that holds anything, or ''. */
function nextText(lines: readonly string[], i: number): string {
  for (let j = i + 1; j < lines.length; j += 1) if (lines[j]!.trim()) return lines[j]!;
  return '';
}

/** The cells of "| a | b \| c |": split at unescaped bars. */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/\\\|/g, '|').trim());
}
