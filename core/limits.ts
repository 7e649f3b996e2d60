/**
 * How much one report may hold, and how deep a source file may nest: each bound lies far above
 * anything a report writer produces, and below what would exhaust the editor's or an import's
 * memory. Imports check them as they read and stop once one is passed; README lists them.
 */

/**
 * XML elements inside one another in a .docx part. Word and WPS nest a few dozen at most (a table
 * in a text box in a table…); mammoth reads the tree by recursion, and a file nested thousands deep
 * would exhaust its stack.
 */
export const MAX_XML_DEPTH = 512;

/**
 * List levels under the top one that a document keeps: Word has nine levels (0–8). Items nested
 * deeper in a Markdown file or a crafted .docx stay at the ninth, their text kept, so a document
 * never nests deeper than the editor and the exports can follow.
 */
export const MAX_LIST_DEPTH = 8;
