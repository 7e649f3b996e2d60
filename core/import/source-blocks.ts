import type { FigureImageRef, TableCellInput } from '../document/nodes';
import { zh } from '../zh';
import { type Runs, runsText } from './inline-runs';

/**
 * What a source file is read into before its structure is recognised: Word and plain text
 * both become this list, so one recogniser serves both.
 */
export interface SourcePara {
  kind: 'para';
  runs: Runs;
  /** The heading level of a Word heading style or a Markdown "#", when the source declares one. */
  styleLevel?: 1 | 2 | 3 | 4;
  /** A heading whose number the source switched off (摘要, 参考文献 in a numbered 标题 1): it stays unnumbered. */
  unnumbered?: true;
  /** A list paragraph of the source (Word numbering, Markdown "-" / "1."). */
  list?: SourceListItem;
  /**
   * A page of the source ends after it (a .docx's section or page break): where a PDF converter cuts a sentence in two.
   */
  pageEnd?: true;
}

/** Where a list paragraph sits: `depth` 0 at the top, 1 under an item of it, and so on. */
export interface SourceListItem {
  ordered: boolean;
  depth: number;
  /** The number the source draws for it (Word's count): a list going on after a paragraph starts at 3. */
  number?: number;
}

/** One photo, or two or three side by side (one line or one table row), with captions found beside them. */
export interface SourceImages {
  kind: 'images';
  /**
   * null: a photo the source holds but that could not be read (EMF drawings, damaged data).
   * 'missing': a place the source keeps for a photo still to come (年报工坊's own ［照片待补］).
   */
  images: (FigureImageRef | null | 'missing')[];
  /** Caption paragraphs found in the same table row or cell, in order. */
  captions: Runs[];
  /** Photos that sat in a table of text (beside a description, say): placed after the table, with a note. */
  fromTable?: true;
  /**
   * Photos set in a paragraph of text (among its words, or floating, anchored to it): that text is the block right
   * after.
   */
  besideText?: true;
  /**
   * Where a Markdown file keeps each picture (a path or URL, one per image): the file import
   * reads them in (electron/import/markdown-images.ts); until then each is a place for a photo.
   */
  links?: string[];
}

export interface SourceTable {
  kind: 'table';
  /** Cells with their formatted paragraphs and merges (cells covered by a merge are left out). */
  rows: TableCellInput[][];
  header: boolean;
}

/** Where a box drawn around a case (a one-cell Word table) starts and ends: the case is what it holds. */
export interface SourceCaseBox {
  kind: 'case-box';
  edge: 'start' | 'end';
}

export type SourceBlock = SourcePara | SourceImages | SourceTable | SourceCaseBox;

export const para = (runs: Runs, extra: Omit<SourcePara, 'kind' | 'runs'> = {}): SourcePara => ({
  kind: 'para',
  runs,
  ...extra,
});

/** 年报工坊's own mark where a photo is still to come, as its .docx writes it (its PDF shows the bare words). */
export const MISSING_PHOTO_MARK = `［${zh.print.missingPhoto}］`;

/** Whether `text` is that mark, bracketed or not: the place of a photo, read back as such. */
export function isMissingPhotoMark(text: string): boolean {
  return text === MISSING_PHOTO_MARK || text === zh.print.missingPhoto;
}

/** The text of a plain line: a paragraph that is no styled heading and no list item; else null. */
export function plainLine(block: SourceBlock | undefined): string | null {
  return block?.kind === 'para' && !block.styleLevel && !block.list ? runsText(block.runs).trim() : null;
}
