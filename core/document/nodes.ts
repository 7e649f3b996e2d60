import type { PhotoEdit } from '../photo-edit';
import type { ChartSpec } from '../chart/chart-data';
import type { EditorStateJSON, SerializedNodeJSON } from './editor-json';

/**
 * The serialized shapes of every node the report document may hold, and plain builders for
 * them. Import, tests and fixtures build documents here; the editor's Lexical node classes
 * export exactly these shapes (each with its own `version`). Report-specific nodes:
 *
 *   case            { children: [case-title, ...body] }      body: paragraph, list, figure,
 *                                                            figure-row, table-caption, table
 *   case-title      { children: inline }
 *   figure          { children: [figure-image | figure-chart, figure-caption] }
 *   figure-image    { sha256: string | null, width, height, name }   null sha256 = placeholder (photo missing)
 *                   + { original: { sha256, width, height }, edit: { rotate, crop } } on a turned or cropped photo
 *                   `sha256` is the stored name of the photo's asset key (DESIGN.md's file format): code
 *                   says assetKey, since a photo sized for print later keeps the key of the bytes first stored
 *   figure-chart    { chart: ChartSpec }                      a chart drawn from its grid, in a figure's photo place
 *   figure-caption  { children: inline }
 *   figure-row      { children: figure × 2–3 }
 *   table-caption   { children: inline }                      captions the table right after it
 *   page-break      {}
 *   writing-prompt  { text }                                  a template's grey hint: shown, never printed
 *   data-field      { dataId, part?, text, format }           inline: a number from 数据 (core/data/README.md)
 *
 * Lexical's own nodes carry two report settings: a list's `start` (its first number, Lexical's
 * own field) and a heading's `$: { numbered: false }` (Lexical's node state, see
 * renderer/editor/numbering/heading-numbering.ts): 摘要, 参考文献 and 致谢 stand unnumbered.
 */
export const NODE = {
  root: 'root',
  paragraph: 'paragraph',
  heading: 'heading',
  quote: 'quote',
  list: 'list',
  listItem: 'listitem',
  text: 'text',
  lineBreak: 'linebreak',
  table: 'table',
  tableRow: 'tablerow',
  tableCell: 'tablecell',
  case: 'case',
  caseTitle: 'case-title',
  figure: 'figure',
  figureImage: 'figure-image',
  figureChart: 'figure-chart',
  figureCaption: 'figure-caption',
  figureRow: 'figure-row',
  tableCaption: 'table-caption',
  pageBreak: 'page-break',
  writingPrompt: 'writing-prompt',
  dataField: 'data-field',
} as const;

/**
 * What a data field shows of its item: the value, 上年's value, its 设置标准 line (≤ 20:1), its
 * status against that line (达标 / 未达标) or the change from 上年 (增加331人（增长5.3%）).
 */
export const DATA_FIELD_PARTS = ['value', 'previous', 'threshold', 'status', 'change'] as const;
export type DataFieldPart = (typeof DATA_FIELD_PARTS)[number];

/** A stored part as a known one: 'value' for a missing or unknown part (a file from a newer app). */
export function dataFieldPartOf(raw: unknown): DataFieldPart {
  return DATA_FIELD_PARTS.find((p) => p === raw) ?? 'value';
}

/** Whether a heading takes a number: all do but those set 不编号 (node state `numbered`: false). */
export function isNumberedHeading(node: SerializedNodeJSON): boolean {
  const state = node.$;
  return !(typeof state === 'object' && state !== null && (state as { numbered?: unknown }).numbered === false);
}

/** Lexical's text format bits. */
export const TEXT_FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8 } as const;

export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface FigureImageRef {
  assetKey: string;
  width: number;
  height: number;
  name?: string;
  /** A turned or cropped photo: the photo as it came in, and what was done to it (core/photo-edit.ts). */
  original?: OriginalPhoto;
  edit?: PhotoEdit;
}

/** An original photo as the document JSON stores it (see the figure-image shape above). */
export function storedOriginal({ assetKey, width, height }: OriginalPhoto): {
  sha256: string;
  width: number;
  height: number;
} {
  return { sha256: assetKey, width, height };
}

export interface OriginalPhoto {
  assetKey: string;
  width: number;
  height: number;
}

/** A table cell with formatted paragraphs and, for merged cells, its span. */
export interface TableCellInput {
  paragraphs: readonly (string | readonly (Inline | string)[])[];
  colSpan?: number;
  rowSpan?: number;
}

const elementBase = { direction: null, format: '', indent: 0 } as const;

export function textNode(inline: Inline | string): SerializedNodeJSON {
  const { text, bold, italic, underline } = typeof inline === 'string' ? { text: inline } : inline;
  const format =
    (bold ? TEXT_FORMAT.bold : 0) | (italic ? TEXT_FORMAT.italic : 0) | (underline ? TEXT_FORMAT.underline : 0);
  return { type: NODE.text, version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

function inlineChildren(content: string | readonly (Inline | string)[]): SerializedNodeJSON[] {
  const parts = typeof content === 'string' ? [content] : content;
  return parts.filter((p) => (typeof p === 'string' ? p : p.text).length > 0).map(textNode);
}

function element(
  type: string,
  children: SerializedNodeJSON[],
  extra: Record<string, unknown> = {},
): SerializedNodeJSON {
  return { type, version: 1, ...elementBase, ...extra, children };
}

/**
 * The deepest level (0 at the top) a list item may have: three levels, numbered 1. → （1） → ①
 * alike in the editor (Tab stops there), the PDF and the .docx. Deeper items stand at this level.
 */
export const MAX_LIST_DEPTH = 2;

/** A list item with its place in a multi-level list: `depth` 0 at the top; `ordered`: its own level's kind. */
export interface ListItemInput {
  content: string | readonly (Inline | string)[];
  depth: number;
  ordered: boolean;
}

/**
 * A list as Lexical nests it: a deeper run of items is a list inside an item of its own, which
 * shares the number of the item after it (Lexical counts only items with text). Each nested
 * list takes its kind from its first item. Items deeper than MAX_LIST_DEPTH stay at that depth.
 */
function listNode(items: readonly ListItemInput[], depth: number, start = 1): SerializedNodeJSON {
  const ordered = items[0]?.ordered ?? false;
  const children: SerializedNodeJSON[] = [];
  let value = start;
  for (let i = 0; i < items.length; ) {
    if (items[i]!.depth <= depth || depth >= MAX_LIST_DEPTH) {
      children.push(element(NODE.listItem, inlineChildren(items[i]!.content), { value, indent: depth }));
      value += 1;
      i += 1;
      continue;
    }
    let end = i;
    while (end < items.length && items[end]!.depth > depth) end += 1;
    children.push(element(NODE.listItem, [listNode(items.slice(i, end), depth + 1)], { value, indent: depth }));
    i = end;
  }
  return element(NODE.list, children, {
    listType: ordered ? 'number' : 'bullet',
    start,
    tag: ordered ? 'ol' : 'ul',
  });
}

export const build = {
  paragraph: (content: string | readonly (Inline | string)[] = []) =>
    element(NODE.paragraph, inlineChildren(content), { textFormat: 0, textStyle: '' }),
  /** A heading; `numbered` false for one that takes no number (摘要, 参考文献, 致谢). */
  heading: (level: 1 | 2 | 3 | 4, content: string | readonly (Inline | string)[], numbered = true) =>
    element(NODE.heading, inlineChildren(content), { tag: `h${level}`, ...(!numbered && { $: { numbered: false } }) }),
  /** A one-level list; an ordered one counts from `start` (3 where it goes on from a list above it). */
  list: (ordered: boolean, items: readonly (string | readonly (Inline | string)[])[], start = 1) =>
    listNode(
      items.map((content) => ({ content, depth: 0, ordered })),
      0,
      start,
    ),
  /** A multi-level list (Word's list levels, Markdown's indented items), items past MAX_LIST_DEPTH at that depth. */
  nestedList: (items: readonly ListItemInput[], start = 1) =>
    listNode(
      items.map((i) => ({ ...i, depth: Math.min(i.depth, MAX_LIST_DEPTH) })),
      0,
      start,
    ),
  caseBlock: (title: string | readonly (Inline | string)[], body: SerializedNodeJSON[]) =>
    element(NODE.case, [element(NODE.caseTitle, inlineChildren(title)), ...body]),
  figure: (caption: string | readonly (Inline | string)[], image: FigureImageRef | null) =>
    element(NODE.figure, [
      {
        type: NODE.figureImage,
        version: 1,
        sha256: image?.assetKey ?? null,
        width: image?.width ?? 0,
        height: image?.height ?? 0,
        name: image?.name ?? '',
        ...(image?.original && image.edit && { original: storedOriginal(image.original), edit: image.edit }),
      },
      element(NODE.figureCaption, inlineChildren(caption)),
    ]),
  /** A chart: numbered and captioned as a figure, drawn from its grid instead of a photo. */
  chart: (caption: string | readonly (Inline | string)[], chart: ChartSpec) =>
    element(NODE.figure, [
      { type: NODE.figureChart, version: 1, chart },
      element(NODE.figureCaption, inlineChildren(caption)),
    ]),
  figureRow: (figures: SerializedNodeJSON[]) => element(NODE.figureRow, figures),
  tableCaption: (content: string | readonly (Inline | string)[]) => element(NODE.tableCaption, inlineChildren(content)),
  /**
   * A table; `header` marks the first row as a header row. Cells hold paragraphs: a string is
   * one plain paragraph; a TableCellInput gives formatted paragraphs and a merge (the cells a
   * merge covers are left out of the rows, as in Lexical's table model).
   */
  table: (rows: readonly (readonly (string | TableCellInput)[])[], header = false) => ({
    type: NODE.table,
    version: 1,
    ...elementBase,
    children: rows.map((cells, r) =>
      element(
        NODE.tableRow,
        cells.map((cell) => {
          const input = typeof cell === 'string' ? { paragraphs: [cell] } : cell;
          const paragraphs = input.paragraphs.length
            ? input.paragraphs.map((p) => build.paragraph(p))
            : [build.paragraph()];
          return {
            ...element(NODE.tableCell, paragraphs),
            colSpan: input.colSpan ?? 1,
            rowSpan: input.rowSpan ?? 1,
            headerState: header && r === 0 ? 1 : 0,
            backgroundColor: null,
          };
        }),
      ),
    ),
  }),
  pageBreak: (): SerializedNodeJSON => ({ type: NODE.pageBreak, version: 1 }),
  writingPrompt: (prompt: string): SerializedNodeJSON => ({ type: NODE.writingPrompt, version: 1, prompt }),
  /**
   * A data field inline in a paragraph: `dataId` names a quantity or indicator of the report's
   * 数据; `text` is what it showed when last saved (a cache: every output fills it anew).
   */
  dataField: (dataId: string, text = '', part: DataFieldPart = 'value'): SerializedNodeJSON => ({
    type: NODE.dataField,
    version: 1,
    dataId,
    ...(part === 'value' ? {} : { part }),
    text,
    format: 0,
    detail: 0,
    mode: 'token',
    style: '',
  }),
  document: (blocks: SerializedNodeJSON[]): EditorStateJSON => ({ root: element(NODE.root, blocks) }),
};

/**
 * Blocks with every heading moved `by` levels down (标题 1 → 标题 2 for 1), none past 标题 4:
 * a school's report inserted under a chapter of the bureau's own.
 */
export function demoteHeadings(blocks: readonly SerializedNodeJSON[], by: number): SerializedNodeJSON[] {
  return blocks.map((b) => {
    const level = b.type === NODE.heading && typeof b.tag === 'string' ? Number(b.tag.slice(1)) : 0;
    return level > 0 && by > 0 ? { ...b, tag: `h${Math.min(4, level + by)}` } : b;
  });
}
