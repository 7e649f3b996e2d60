import { note } from './import-notes';
import { linkedPictureNote } from './linked-pictures';
import { plainRuns } from './inline-runs';
import { type MarkdownContent, markdownBlocks } from './markdown-blocks';
import { type ImportResult, recognise } from './recognise';
import { checkBlocks, checkChars } from './report-size';
import { type SourceBlock, isMissingPhotoMark, para } from './source-blocks';
import { countChars } from '../text-count';
import { type TabRow, tabRowAt, tabTable } from './tab-table';

/**
 * Plain text (pasted, or copied out of a PDF) and Markdown. In plain text every non-empty line
 * is a paragraph; page numbers, wrapped lines and page breaks are repaired by the recogniser.
 * Markdown is read by its own syntax: core/import/markdown-blocks.ts.
 */
export function importText(text: string, options: { markdown?: boolean } = {}): ImportResult {
  return options.markdown ? importMarkdown(markdownBlocks(text)) : recognise(textBlocks(text), { repairText: true });
}

/**
 * Markdown's blocks, their pictures read in where the file import could: those still only
 * linked are noted, with where they were, as are the footnotes put into the text.
 */
export function importMarkdown({ blocks, inlinedNotes }: MarkdownContent): ImportResult {
  const result = recognise(blocks, { repairText: false });
  const unread = blocks.flatMap((b, block) =>
    b.kind === 'images' && b.links
      ? b.links.flatMap((link, slot) => (b.images[slot] === 'missing' ? [{ block, slot, link }] : []))
      : [],
  );
  return {
    ...result,
    notes: [
      ...result.notes,
      ...inlinedNotes.map((text) => note('footnote-inlined', text)),
      ...unread.map((u) => linkedPictureNote('image-file-missing', blocks, u)),
    ],
  };
}

/**
 * Lines as paragraphs; the marks of photos still to come as their places, those standing
 * together (a row) as one; rows of cells copied out of a spreadsheet or a web page as a table.
 * Text longer than a report may be is refused before its lines are read, and lines past a
 * report's blocks as soon as they are.
 */
function textBlocks(text: string): SourceBlock[] {
  checkChars(countChars(text));
  const blocks: SourceBlock[] = [];
  let rows: TabRow[] = [];
  const endRows = () => {
    const table = tabTable(rows.map((row) => row.cells));
    if (table) blocks.push(table);
    else blocks.push(...rows.flatMap((row) => row.lines.map((line) => para(plainRuns(line.trim())))));
    rows = [];
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let at = 0; at < lines.length; at += 1) {
    checkBlocks(blocks.length);
    const row = tabRowAt(lines, at);
    if (row) {
      rows.push(row);
      at += row.lines.length - 1;
      continue;
    }
    endRows();
    const line = lines[at]!.trim();
    const prev = blocks[blocks.length - 1];
    if (!line) continue;
    // A row of them may stand on one line, as a PDF's text keeps it.
    const marks = line.split(/[\s\u3000]+/);
    if (!marks.every(isMissingPhotoMark)) blocks.push(para(plainRuns(line)));
    else if (prev?.kind === 'images') prev.images.push(...marks.map(() => 'missing' as const));
    else blocks.push({ kind: 'images', images: marks.map(() => 'missing' as const), captions: [] });
  }
  endRows();
  return blocks;
}
