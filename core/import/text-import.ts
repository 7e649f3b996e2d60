import { note } from './import-notes';
import { linkedPictureNote } from './linked-pictures';
import { plainRuns } from './inline-runs';
import { type MarkdownContent, markdownBlocks } from './markdown-blocks';
import { type ImportResult, recognise } from './recognise';
import { type SourceBlock, type SourceTable, isMissingPhotoMark, para } from './source-blocks';

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
  const unread = blocks.flatMap((b, block) => (b.kind === 'images' && b.links ? b.links.flatMap((link, slot) => (b.images[slot] === 'missing' ? [{ block, slot, link }] : [])) : []));
  return { ...result, notes: [...result.notes, ...inlinedNotes.map((text) => note('footnote-inlined', text)), ...unread.map((u) => linkedPictureNote('image-file-missing', blocks, u))] };
}

/**
 * Lines as paragraphs; the marks of photos still to come as their places, those standing
 * together (a row) as one; rows of cells copied out of a spreadsheet or a web page as a table.
 */
function textBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let rows: { raw: string; cells: string[] }[] = [];
  const endRows = () => {
    if (isTable(rows.map((row) => row.cells))) blocks.push(tableOf(rows.map((row) => row.cells)));
    else blocks.push(...rows.map((row) => para(plainRuns(row.raw.trim()))));
    rows = [];
  };
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const cells = tabCells(raw);
    if (cells) {
      rows.push({ raw, cells });
      continue;
    }
    endRows();
    const line = raw.trim();
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

/** One line of cells is a line of text with tabs in it ("联系人\t张三"); two or more may make a table. */
const MIN_TABLE_ROWS = 2;
const NUMBER = /^[-+]?[\d,，.．]+\s*%?$/;
const PAGE_NUMBER = /^\d{1,3}$/;

/**
 * The cells of a line as Excel, WPS表格 or a browser copies a table's row: separated by tabs,
 * two of them at least holding something. A cell may be empty (the corner of a header row);
 * a paragraph indented with a tab holds one.
 */
function tabCells(raw: string): string[] | null {
  if (!raw.includes('\t')) return null;
  const cells = raw.split('\t').map((cell) => cell.trim());
  while (cells.length > 1 && cells.at(-1) === '') cells.pop();
  return cells.filter(Boolean).length >= 2 ? cells : null;
}

/**
 * Whether rows of cells are a table: two rows at least, and not a 目录 copied out of Word (each
 * entry a title, a tab and its page number, the numbers rising), which the 目录 rule leaves out.
 */
function isTable(rows: readonly string[][]): boolean {
  if (rows.length < MIN_TABLE_ROWS) return false;
  const pages = rows.map((row) => (row.filter(Boolean).length === 2 && PAGE_NUMBER.test(row.at(-1)!) ? Number(row.at(-1)) : null));
  return !pages.every((page, i) => page !== null && (i === 0 || page >= pages[i - 1]!));
}

/** Rows of cells as a table, as wide as its widest row. Its first row is a header when it holds only words and the rows below hold numbers. */
function tableOf(rows: readonly string[][]): SourceTable {
  const width = Math.max(...rows.map((row) => row.length));
  const numeric = (row: readonly string[]) => row.some((cell) => NUMBER.test(cell));
  const header = !numeric(rows[0]!) && rows.slice(1).some(numeric);
  return { kind: 'table', rows: rows.map((row) => Array.from({ length: width }, (_, i) => ({ paragraphs: [row[i] ?? ''] }))), header };
}
