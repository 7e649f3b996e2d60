import { type ChartSpec, chartSpecOf } from './chart/chart-data';
import { type EditorStateJSON, type SerializedNodeJSON, nodeText } from './document/editor-json';
import { type FigureImageRef, NODE, TEXT_FORMAT, isNumberedHeading } from './document/nodes';
import { type CaptionNumber, type HeadingLevel, type NumberingOptions, ReportNumberer } from './numbering';

/**
 * The report tree: document JSON resolved into numbered blocks in reading order. Print HTML,
 * DOCX, the checker and statistics read this, never raw editor JSON, so every output numbers
 * and words things identically.
 */

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

interface BlockBase {
  /** Child indices from the root to this node: where to jump to in the editor. */
  path: number[];
  /** Index into `ReportTree.headings` of the section this block is in, or -1 before the first heading. */
  section: number;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  level: HeadingLevel;
  /** False for front and back matter (摘要, 参考文献, 致谢): no number, and the chapters count on without it. */
  numbered: boolean;
  /** Empty for an unnumbered heading. */
  numbers: number[];
  label: string;
  text: string;
  runs: Run[];
}
export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  text: string;
  runs: Run[];
  align: string;
}
export interface ListBlock extends BlockBase {
  kind: 'list';
  ordered: boolean;
  /** The top level's first number: 3 for a list that goes on from one above it (Word's 继续编号). */
  start: number;
  /** Nested lists flattened in reading order; each item keeps its depth and its own list's kind. */
  items: { text: string; runs: Run[]; depth: number; ordered: boolean }[];
}
export interface FigureBlock extends BlockBase, CaptionNumber {
  kind: 'figure';
  caption: string;
  captionRuns: Run[];
  image: FigureImageRef | null;
  /** A chart instead of a photo: its grid, drawn by each output (charts/chart-svg.ts). */
  chart: ChartSpec | null;
}
export interface FigureRowBlock extends BlockBase {
  kind: 'figure-row';
  figures: FigureBlock[];
}
export interface TableCell {
  text: string;
  runs: Run[];
  colSpan: number;
  rowSpan: number;
  header: boolean;
  /** Set from the table tools; null leaves the template's alignment (centred). */
  align: CellAlign | null;
}
export type CellAlign = 'left' | 'center' | 'right';
export interface TableBlock extends BlockBase, CaptionNumber {
  kind: 'table';
  caption: string;
  captionRuns: Run[];
  rows: TableCell[][];
  /** Column widths dragged in the editor (relative: only their proportions print); null lets the content decide. */
  columnWidths: number[] | null;
}
/** A table caption with no table after it. */
export interface StrayCaptionBlock extends BlockBase {
  kind: 'stray-table-caption';
  text: string;
}
export interface CaseBlock extends BlockBase {
  kind: 'case';
  number: number;
  label: string;
  /** The chapter it stands in and its count there, for 【案例2-1】 numbered per chapter. */
  chapter: number;
  numberInChapter: number;
  title: string;
  titleRuns: Run[];
  body: BodyBlock[];
}
export interface PageBreakBlock extends BlockBase {
  kind: 'page-break';
}

export type BodyBlock =
  | ParagraphBlock
  | ListBlock
  | FigureBlock
  | FigureRowBlock
  | TableBlock
  | StrayCaptionBlock
  | PageBreakBlock;
export type ReportBlock = HeadingBlock | CaseBlock | BodyBlock;

/**
 * The text before the first heading, which prints under a 前言 title of its own, and the rest.
 * Empty paragraphs and page breaks alone make no 前言 (the editor marks the same block,
 * renderer/editor/outline/PrefacePlugin.tsx); a report without headings is all body.
 */
export function splitPreface(tree: ReportTree): { preface: ReportBlock[]; body: ReportBlock[] } {
  const before = tree.blocks.filter((b) => b.section === -1);
  const prints = before.some((b) => b.kind !== 'page-break' && (b.kind !== 'paragraph' || b.text.trim() !== ''));
  if (tree.headings.length === 0 || !prints) return { preface: [], body: tree.blocks };
  return { preface: before, body: tree.blocks.filter((b) => b.section !== -1) };
}

export interface ReportTree {
  blocks: ReportBlock[];
  headings: HeadingBlock[];
  cases: CaseBlock[];
  /** Every figure in reading order, those inside rows and cases included. */
  figures: FigureBlock[];
  tables: TableBlock[];
}

export type ReportTreeOptions = NumberingOptions;

const defaultOptions: ReportTreeOptions = {
  headingNumbering: 'decimal',
  chapterLabel: 'none',
  figureNumbering: 'continuous',
  caseNumbering: 'continuous',
};

export function headingLevelOf(node: SerializedNodeJSON): HeadingLevel | null {
  if (node.type !== NODE.heading || typeof node.tag !== 'string') return null;
  const level = Number(node.tag.slice(1));
  return level >= 1 && level <= 4 ? (level as HeadingLevel) : null;
}

/** A list's first number (Lexical's `start`); 1 where it has none or a damaged one. */
export function listStartOf(node: SerializedNodeJSON): number {
  return typeof node.start === 'number' && Number.isInteger(node.start) && node.start >= 1 ? node.start : 1;
}

/** Formatted runs of an inline container; line breaks become "\n" runs. */
export function runsOf(node: SerializedNodeJSON): Run[] {
  const runs: Run[] = [];
  const walk = (n: SerializedNodeJSON) => {
    // A data field reads as text: its `text` is filled from the report's 数据 first (core/data/fields.ts).
    if ((n.type === NODE.text || n.type === NODE.dataField) && typeof n.text === 'string') {
      const f = typeof n.format === 'number' ? n.format : 0;
      runs.push({
        text: n.text,
        bold: (f & TEXT_FORMAT.bold) !== 0,
        italic: (f & TEXT_FORMAT.italic) !== 0,
        underline: (f & TEXT_FORMAT.underline) !== 0,
      });
    } else if (n.type === NODE.lineBreak) runs.push({ text: '\n', bold: false, italic: false, underline: false });
    else for (const c of n.children ?? []) walk(c);
  };
  walk(node);
  return runs;
}

export function buildReportTree(doc: EditorStateJSON, options: Partial<ReportTreeOptions> = {}): ReportTree {
  const numberer = new ReportNumberer({ ...defaultOptions, ...options });
  const tree: ReportTree = { blocks: [], headings: [], cases: [], figures: [], tables: [] };

  const figure = (node: SerializedNodeJSON, path: number[]): FigureBlock => {
    const children = node.children ?? [];
    const imageNode = children.find((c) => c.type === NODE.figureImage);
    const chartNode = children.find((c) => c.type === NODE.figureChart);
    const captionNode = children.find((c) => c.type === NODE.figureCaption);
    const block: FigureBlock = {
      kind: 'figure',
      path,
      section: tree.headings.length - 1,
      ...numberer.figure(),
      ...captionOf(captionNode),
      image: imageRef(imageNode),
      chart: chartNode ? chartSpecOf(chartNode.chart) : null,
    };
    tree.figures.push(block);
    return block;
  };

  const table = (node: SerializedNodeJSON, caption: SerializedNodeJSON | null, path: number[]): TableBlock => {
    const block: TableBlock = {
      kind: 'table',
      path,
      section: tree.headings.length - 1,
      ...numberer.table(),
      ...captionOf(caption ?? undefined),
      rows: (node.children ?? []).map((row) =>
        (row.children ?? []).map((cell) => ({
          text: (cell.children ?? []).map(nodeText).join('\n'),
          runs: (cell.children ?? []).flatMap((p, i) =>
            i === 0 ? runsOf(p) : [{ text: '\n', bold: false, italic: false, underline: false }, ...runsOf(p)],
          ),
          colSpan: positiveInt(cell.colSpan),
          rowSpan: positiveInt(cell.rowSpan),
          header: typeof cell.headerState === 'number' && cell.headerState !== 0,
          align: cellAlign(cell) ?? cellAlign(node),
        })),
      ),
      columnWidths: columnWidthsOf(node.colWidths),
    };
    tree.tables.push(block);
    return block;
  };

  /** Body blocks of a container (the root's non-heading children, or a case's body). */
  const body = (nodes: SerializedNodeJSON[], basePath: number[], offset: number): BodyBlock[] => {
    const out: BodyBlock[] = [];
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i]!;
      const path = [...basePath, i + offset];
      const section = tree.headings.length - 1;
      switch (node.type) {
        case NODE.figure:
          out.push(figure(node, path));
          break;
        case NODE.figureRow:
          out.push({
            kind: 'figure-row',
            path,
            section,
            figures: (node.children ?? []).filter((c) => c.type === NODE.figure).map((f, j) => figure(f, [...path, j])),
          });
          break;
        case NODE.tableCaption: {
          const next = nodes[i + 1];
          if (next?.type === NODE.table) {
            out.push(table(next, node, [...basePath, i + 1 + offset]));
            i += 1;
          } else out.push({ kind: 'stray-table-caption', path, section, text: nodeText(node) });
          break;
        }
        case NODE.table:
          out.push(table(node, null, path));
          break;
        case NODE.list:
          out.push({
            kind: 'list',
            path,
            section,
            ordered: node.listType === 'number',
            start: listStartOf(node),
            items: listItems(node, 0),
          });
          break;
        case NODE.pageBreak:
          out.push({ kind: 'page-break', path, section });
          break;
        case NODE.writingPrompt:
          // A template's hint to the writer: never printed, exported, counted or checked.
          break;
        default:
          // paragraph, quote, and any block type this build does not know: keep its text.
          out.push({
            kind: 'paragraph',
            path,
            section,
            text: nodeText(node),
            runs: runsOf(node),
            align: typeof node.format === 'string' ? node.format : '',
          });
      }
    }
    return out;
  };

  const rootChildren = doc.root.children ?? [];
  for (let i = 0; i < rootChildren.length; i += 1) {
    const node = rootChildren[i]!;
    const level = headingLevelOf(node);
    if (level !== null) {
      const numbered = isNumberedHeading(node);
      const block: HeadingBlock = {
        kind: 'heading',
        path: [i],
        section: tree.headings.length,
        level,
        numbered,
        ...numberer.heading(level, numbered),
        text: nodeText(node),
        runs: runsOf(node),
      };
      tree.headings.push(block);
      tree.blocks.push(block);
    } else if (node.type === NODE.case) {
      const [titleNode, ...rest] = node.children ?? [];
      const hasTitle = titleNode?.type === NODE.caseTitle;
      const block: CaseBlock = {
        kind: 'case',
        path: [i],
        section: tree.headings.length - 1,
        ...numberer.caseStudy(),
        title: hasTitle ? nodeText(titleNode) : '',
        titleRuns: hasTitle ? runsOf(titleNode) : [],
        body: [],
      };
      tree.cases.push(block);
      block.body = withoutTrailingBlanks(body(hasTitle ? rest : (node.children ?? []), [i], hasTitle ? 1 : 0));
      tree.blocks.push(block);
    } else {
      // Consecutive plain blocks go through `body` one at a time so table captions pair up.
      let j = i;
      while (
        j < rootChildren.length &&
        headingLevelOf(rootChildren[j]!) === null &&
        rootChildren[j]!.type !== NODE.case
      )
        j += 1;
      tree.blocks.push(...body(rootChildren.slice(i, j), [], i));
      i = j - 1;
    }
  }
  return tree;
}

/**
 * A case body without the empty lines at its end: the editor keeps one there to type in (and one
 * stays under a photo inserted last), which would print as blank space inside the case's box.
 */
function withoutTrailingBlanks(blocks: BodyBlock[]): BodyBlock[] {
  let end = blocks.length;
  while (end > 0) {
    const last = blocks[end - 1]!;
    if (last.kind !== 'paragraph' || last.text.trim() !== '') break;
    end -= 1;
  }
  return blocks.slice(0, end);
}

function captionOf(node: SerializedNodeJSON | undefined): { caption: string; captionRuns: Run[] } {
  return node ? { caption: nodeText(node), captionRuns: runsOf(node) } : { caption: '', captionRuns: [] };
}

function listItems(list: SerializedNodeJSON, depth: number): ListBlock['items'] {
  const items: ListBlock['items'] = [];
  const ordered = list.listType === 'number';
  for (const item of list.children ?? []) {
    const nested = (item.children ?? []).filter((c) => c.type === NODE.list);
    const own = { ...item, children: (item.children ?? []).filter((c) => c.type !== NODE.list) };
    if (nested.length === 0 || (own.children ?? []).length > 0)
      items.push({ text: nodeText(own), runs: runsOf(own), depth, ordered });
    for (const sub of nested) items.push(...listItems(sub, depth + 1));
  }
  return items;
}

function imageRef(node: SerializedNodeJSON | undefined): FigureImageRef | null {
  if (!node || typeof node.sha256 !== 'string' || node.sha256.length === 0) return null;
  return {
    assetKey: node.sha256,
    width: typeof node.width === 'number' ? node.width : 0,
    height: typeof node.height === 'number' ? node.height : 0,
    ...(typeof node.name === 'string' && node.name ? { name: node.name } : {}),
  };
}

/**
 * A cell's alignment is its first paragraph's (the table tools set every paragraph of a cell
 * alike); Lexical aligning a whole selected table formats the table instead, read as the fallback.
 */
function cellAlign(container: SerializedNodeJSON): CellAlign | null {
  const format = container.type === NODE.table ? container.format : container.children?.[0]?.format;
  return format === 'left' || format === 'center' || format === 'right' ? format : null;
}

function columnWidthsOf(v: unknown): number[] | null {
  if (!Array.isArray(v) || v.length === 0) return null;
  const widths = v.filter((w): w is number => typeof w === 'number' && Number.isFinite(w) && w > 0);
  return widths.length === v.length ? widths : null;
}

function positiveInt(v: unknown): number {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1;
}

/** Every block in reading order, case bodies and row figures included. */
export function* allBlocks(tree: ReportTree): Generator<ReportBlock | FigureBlock> {
  for (const block of tree.blocks) {
    yield block;
    if (block.kind === 'case') for (const b of block.body) yield* expand(b);
    else if (block.kind === 'figure-row') yield* block.figures;
  }
}

function* expand(block: BodyBlock): Generator<BodyBlock | FigureBlock> {
  yield block;
  if (block.kind === 'figure-row') yield* block.figures;
}
