/**
 * A .docx as the importer reads it: the package read once into typed paragraphs, tables and
 * styles (docx/read-package.ts), on which the recognition passes of core/import/docx/ work
 * without the zip or its XML. Tracked changes are resolved (as if all were accepted), content
 * controls stand for their content, fields for their result, hidden text is left out.
 */
export interface DocxModel {
  body: DocxBlock[];
  styles: ReadonlyMap<string, DocxStyle>;
  /** Lists (w:num) by numId. */
  lists: ReadonlyMap<string, DocxList>;
  /** Footnotes and endnotes by "footnote:<id>" or "endnote:<id>". */
  notes: ReadonlyMap<string, DocxBlock[]>;
  /** The list styles that lists point at (w:numStyleLink), whether or not styles.xml defines them. */
  listStyleLinks: readonly string[];
  /** What the model leaves out or reads differently, counted for the import's notes. */
  counts: DocxModelCounts;
}

export type DocxBlock = DocxParagraph | DocxTable;

/** A list reference (w:numPr): numId "0" switches numbering off where a style would number. */
export interface ListReference {
  numId: string;
  ilvl: number;
}

export interface DocxParagraph {
  kind: 'paragraph';
  styleId: string | null;
  /** w:outlineLvl set on the paragraph itself, 0–9 (9: body text); a tracked change's old level is not read. */
  outlineLevel: number | null;
  /** w:numPr set on the paragraph itself. */
  numbering: ListReference | null;
  /** w:jc: "center", "both", "left"… */
  alignment: string | null;
  inlines: DocxInline[];
  /** The text boxes anchored in it (a WPS box, a Word shape, a VML box), each read as blocks. */
  boxes: DocxBlock[][];
  /** Set in a frame (w:framePr): how old templates place a cover's lines and a side caption. */
  framed: boolean;
  /** Set in a box by its own borders or shading (边框和底纹): true, false (borders taken off) or null (it does not say). */
  boxed: boolean | null;
  /** It ends a section (w:sectPr in its properties): a new page unless "continuous". */
  sectionBreak: 'page' | 'continuous' | null;
}

export type DocxInline = DocxText | { kind: 'tab' } | { kind: 'break'; page: boolean } | DocxPicture | DocxNoteMark;

export interface DocxText {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  vertical: 'baseline' | 'superscript' | 'subscript';
}

export interface DocxPicture {
  kind: 'picture';
  /** The relationship its bytes are found by (r:embed, VML's r:id), or its outside file (r:link). */
  relationship: string;
  linked: boolean;
  /** Its size on the page, in centimetres, when the file says. */
  widthCm: number | null;
  heightCm: number | null;
  /** Anchored (floating) rather than inline. */
  floating: boolean;
  /** Its alt text (or title): the name a photo keeps. */
  description: string;
  /** A chart or SmartArt graphic (a place for a picture still to come), rather than a picture. */
  chart: boolean;
}

export interface DocxNoteMark {
  kind: 'note';
  type: 'footnote' | 'endnote';
  id: string;
}

export interface DocxTable {
  kind: 'table';
  rows: DocxRow[];
}

export interface DocxRow {
  /** Repeated at the top of each page (w:tblHeader). */
  header: boolean;
  cells: DocxCell[];
}

export interface DocxCell {
  colSpan: number;
  /** w:vMerge: a cell merged with those below it ("restart") or one a merge above covers ("continue"). */
  verticalMerge: 'restart' | 'continue' | null;
  blocks: DocxBlock[];
}

export interface DocxStyle {
  id: string;
  name: string;
  type: 'paragraph' | 'character' | 'table' | 'numbering';
  basedOn: string | null;
  outlineLevel: number | null;
  numbering: ListReference | null;
  /** Sets its paragraphs in a box (borders or shading): true, false, or null where it does not say. */
  boxed: boolean | null;
}

export interface DocxListLevel {
  /** w:numFmt: decimal, chineseCounting, none… */
  format: string;
  /** w:lvlText: "第%1章", "%1.%2"; "" where the level shows no number. */
  text: string;
  start: number;
  /** w:isLgl: the level writes the numbers of the levels above it in digits (1.1, not 一.1). */
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  /** The paragraph style the level numbers (w:pStyle), when it names one. */
  style: string | null;
}

export interface DocxList {
  abstractId: string;
  levels: ReadonlyMap<number, DocxListLevel>;
  /** Levels this list starts again (w:lvlOverride/w:startOverride), at their new start. */
  restarts: ReadonlyMap<number, number>;
}

export interface DocxModelCounts {
  hiddenRuns: number;
  /** Insertions, deletions and moves (w:ins, w:del, w:moveFrom, w:moveTo). */
  revisions: number;
  comments: number;
  equations: number;
  charts: number;
  /** Characters of a symbol font not read as Unicode (symbol-fonts.ts): left out. */
  symbols: number;
}
