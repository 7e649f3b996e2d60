/**
 * How much one report may hold, and how deep a source file may nest: each bound lies far above
 * anything a report writer produces, and below what would exhaust the editor's or an import's
 * memory. Imports check them as they read and stop once one is passed (core/import/report-size);
 * README lists them. The seed, a published prefecture report, has 31,000 characters, 222 blocks,
 * 53 photos and, imported, 104 notes, 53 of one kind; the bounds are ten times a report ten times
 * its size, or more.
 */

/** Characters of text (as the status bar counts them): 100 times the seed's. */
export const MAX_REPORT_CHARS = 3_000_000;

/**
 * Blocks: paragraphs, headings, list items, captions and the paragraphs of table cells (what
 * holds text in a line of its own). 90 times the seed's; a text file's lines count as it is read.
 */
export const MAX_REPORT_BLOCKS = 20_000;

/** Photos (distinct ones): 38 times the seed's; thirty schools' cases of fifty photos each fit. */
export const MAX_REPORT_PHOTOS = 2_000;

/**
 * The notes of one kind an import keeps, the first ones; one more says how many more there were.
 * Ten times the seed's 53 of one kind (captions without a photo).
 */
export const MAX_NOTES_PER_KIND = 500;

/** The notes a report keeps (meta.importNotes): an import keeps fewer of each kind to fit, 插入文件 drops the oldest. */
export const MAX_REPORT_NOTES = 5_000;

/**
 * XML elements inside one another in a .docx part. Word and WPS nest a few dozen at most (a table
 * in a text box in a table…); the import walks the tree by recursion (core/import/docx), and a file
 * nested thousands deep would exhaust its stack.
 */
export const MAX_XML_DEPTH = 512;

// List depth is bounded in core/document/nodes.ts (MAX_LIST_DEPTH: the editor's three levels),
// which every import builds its lists through.

/**
 * An .xlsx to import 数据 from: a school's or a bureau's table of numbers is a few hundred rows
 * and well under a megabyte; these are far above that and keep exceljs's whole-file read small.
 */
export const MAX_XLSX_MB = 20;
export const MAX_SHEET_ROWS = 5_000;
