import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  PageBreak,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { ChartSpec } from '../../../core/chart/chart-data';
import { MISSING_PHOTO_MARK } from '../../../core/import/source-blocks';
import type { CaptionNumber, NumberingOptions } from '../../../core/numbering';
import { FIGURE_ROW_GAP_MM, figureAspect, figureRowSize, singleFigureWidth } from '../../../core/print/figure-size';
import { headerRowCount, spannedWidth, tableColumnWidths, tableGrid } from '../../../core/print/table-columns';
import { type PrintTemplate, contentWidth } from '../../../core/print/templates';
import type {
  BodyBlock,
  CaseBlock,
  FigureBlock,
  HeadingBlock,
  ReportBlock,
  Run,
  TableBlock,
} from '../../../core/report-tree';
import { zh } from '../../../core/zh';
import type { StoredAsset } from '../../store/assets';
import { captionNumber, caseNumber } from './docx-fields';
import { THIN_RULE, borderTwips, gridPitch, pictureLine, wholeLines } from './docx-line-grid';
import { orderedListFrom } from './docx-numbering';
import { LIST_REFERENCE, NO_FIRST_LINE, STYLE, listIndent, twip } from './docx-styles';

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
] as const;
const PX_PER_MM = 96 / 25.4;
const thin = { style: BorderStyle.SINGLE, size: THIN_RULE, color: '000000' };
const CELL_ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * Under a table of `rows` rows of whole pitches, the gap (at least a point) that puts what follows
 * back on the grid: Word and LibreOffice add each rule to the rows, one above each and one below the last.
 */
function gridGap(rows: number, pitch: number): number {
  const rules = (rows + 1) * borderTwips(thin.size);
  return wholeLines(rules + twip.fromPt(1), pitch) - rules;
}

/** Report-tree blocks as Word paragraphs and tables. */
export class DocxBlocks {
  private readonly width: number;
  /** The line pitch photos, tables and cases round their heights to (公文), or null (docx-line-grid.ts). */
  private readonly pitch: number | null;
  /** Lists written so far: each is a Word list instance of its own. */
  private lists = 0;

  constructor(
    private readonly t: PrintTemplate,
    private readonly asset: (assetKey: string) => StoredAsset | null,
    private readonly numbering: Pick<NumberingOptions, 'figureNumbering' | 'caseNumbering'>,
    /** Charts drawn beforehand as PNG pictures (docx-charts.ts); a chart missing here could not be drawn. */
    private readonly chartPictures: ReadonlyMap<FigureBlock, Buffer> = new Map(),
  ) {
    this.width = contentWidth(t);
    this.pitch = gridPitch(t);
  }

  blocks(blocks: readonly ReportBlock[]): FileChild[] {
    return blocks.flatMap((b) =>
      b.kind === 'heading' ? [this.heading(b)] : b.kind === 'case' ? [this.caseStudy(b)] : this.body(b, this.width),
    );
  }

  /**
   * The number comes from the headings' list (docx-numbering.ts), so Word renumbers as the user edits.
   * An unnumbered heading switches it off (numId 0); at level 1 it takes a style of its own
   * (docx-styles.ts says why), centred as 摘要 and 参考文献 are set.
   */
  private heading(h: HeadingBlock): Paragraph {
    const children = this.runs(h.runs);
    if (!h.numbered && h.level === 1) return new Paragraph({ style: STYLE.unnumberedHeading1, children });
    return new Paragraph({ heading: headingLevels[h.level - 1], ...(!h.numbered && { numbering: false }), children });
  }

  /** Typed emphasis only: the font and size come from the paragraph's style. */
  private runs(runs: readonly Run[]): TextRun[] {
    return runs.map((r) =>
      r.text === '\n'
        ? new TextRun({ break: 1 })
        : new TextRun({ text: r.text, bold: r.bold, italics: r.italic, ...(r.underline && { underline: {} }) }),
    );
  }

  /**
   * A case: a framed (or banded) one-column table, a row for its title and one for each block, so
   * Word's row rules keep it together where paragraph keeps inside one cell do not: the title row
   * keeps with the next (its style's keepNext) and a photo's row cannot split from its caption.
   */
  private caseStudy(c: CaseBlock): Table {
    const inner = this.width - 8;
    const title = new Paragraph({
      style: STYLE.caseTitle,
      children: [...caseNumber(c, this.numbering.caseNumbering ?? 'continuous'), ...this.runs(c.titleRuns)],
    });
    const band = this.t.caseStyle === 'band';
    const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
    const parts: { children: (Paragraph | Table)[]; whole: boolean }[] = [
      { children: [title], whole: false },
      ...c.body.map((b) => ({
        children: this.body(b, inner, STYLE.caseBody),
        whole: b.kind === 'figure' || b.kind === 'figure-row',
      })),
    ];
    // On the line grid the rule above takes the top of the title's line (案例标题, docx-styles.ts) and
    // the room below the text and the rule under it one pitch, so the text inside the frame and after
    // it is on the grid, on a page a frame running over from the last ends on too (no rule above there).
    const above = this.pitch === null ? twip.fromMm(2) : 0;
    const below = this.pitch === null ? above : this.pitch - (band ? 0 : borderTwips(thin.size));
    return new Table({
      width: { size: twip.fromMm(this.width), type: WidthType.DXA },
      columnWidths: [twip.fromMm(this.width)],
      borders: band
        ? { ...TableBorders.NONE, left: { style: BorderStyle.SINGLE, size: 24, color: this.t.accent.slice(1) } }
        : { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: none, insideVertical: none },
      rows: parts.map(
        (part, i) =>
          new TableRow({
            cantSplit: part.whole,
            children: [
              new TableCell({
                margins: {
                  top: i === 0 ? above : 0,
                  bottom: i === parts.length - 1 ? below : 0,
                  left: twip.fromMm(3),
                  right: twip.fromMm(3),
                },
                ...(band && { shading: { type: ShadingType.CLEAR, fill: 'F2F5F9', color: 'auto' } }),
                children: part.children,
              }),
            ],
          }),
      ),
    });
  }

  /** `style` is the text's paragraph style: 正文 (Normal) outside a case, 案例正文 inside one. */
  private body(b: BodyBlock, width: number, style?: string): (Paragraph | Table)[] {
    switch (b.kind) {
      case 'paragraph': {
        const alignment =
          b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : undefined;
        const aligned = alignment && { alignment, indent: NO_FIRST_LINE };
        return [new Paragraph({ style, ...aligned, children: this.runs(b.runs) })];
      }
      case 'list': {
        // Each list is an instance of its own, so its numbers start at 1, or at its start (one counting on).
        this.lists += 1;
        const instance = this.lists;
        const ordered = b.start > 1 ? orderedListFrom(this.t, b.start) : LIST_REFERENCE.ordered;
        return b.items.map(
          (item) =>
            new Paragraph({
              style,
              numbering: {
                reference: item.ordered ? ordered : LIST_REFERENCE.bullet,
                level: Math.min(item.depth, 8),
                instance,
                custom: true,
              },
              indent: listIndent(this.t, item.depth),
              children: this.runs(item.runs),
            }),
        );
      }
      case 'figure':
        return this.figure(b, singleFigureWidth(this.t, b, width));
      case 'figure-row':
        return [this.figureRow(b.figures, width)];
      case 'table':
        return this.table(b, width);
      case 'stray-table-caption':
        return [this.caption([new TextRun(b.text)], true)];
      case 'page-break':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  }

  /** Photos' and tables' captions alike in 题注 (Caption), the template's caption font as in the PDF. */
  private caption(children: ParagraphChild[], keepNext = false): Paragraph {
    return new Paragraph({ style: 'Caption', keepNext, children });
  }

  /** 图N or 表N as a field, then the typed caption after a space. */
  private numberedCaption(prefix: '图' | '表', n: CaptionNumber, runs: readonly Run[], keepNext: boolean): Paragraph {
    const text = runs.length > 0 ? [new TextRun(' '), ...this.runs(runs)] : [];
    return this.caption([...captionNumber(prefix, n, this.numbering.figureNumbering), ...text], keepNext);
  }

  /** The photo at its print width, in its own paragraph kept with the caption below it. */
  private figure(f: FigureBlock, widthMm: number): Paragraph[] {
    if (f.chart) return this.chart(f, f.chart, widthMm);
    const photo = f.image ? this.asset(f.image.assetKey) : null;
    const caption = this.numberedCaption('图', f, f.caption ? f.captionRuns : [], false);
    if (!photo || !f.image) {
      return [new Paragraph({ style: STYLE.figure, children: [new TextRun(MISSING_PHOTO_MARK)] }), caption];
    }
    const heightMm = widthMm / figureAspect(f);
    const image = new ImageRun({
      type: photo.mime === 'image/png' ? 'png' : 'jpg',
      data: photo.bytes,
      transformation: { width: Math.round(widthMm * PX_PER_MM), height: Math.round(heightMm * PX_PER_MM) },
      altText: { name: f.label, description: f.caption || f.label, title: f.label },
    });
    return [this.picture(image, heightMm), caption];
  }

  /** A photo's or chart's paragraph; on the line grid its line takes whole pitches (docx-line-grid.ts). */
  private picture(image: ImageRun, heightMm: number): Paragraph {
    const spacing = this.pitch === null ? undefined : pictureLine(twip.fromMm(heightMm), this.pitch);
    return new Paragraph({ style: STYLE.figure, ...(spacing && { spacing }), children: [image] });
  }

  /** A chart as its picture, its 数据来源 line, then the caption; a grid that cannot be drawn leaves a marked gap. */
  private chart(f: FigureBlock, chart: ChartSpec, widthMm: number): Paragraph[] {
    const png = this.chartPictures.get(f);
    const source = chart.source.trim()
      ? [
          new Paragraph({
            style: STYLE.chartSource,
            children: [new TextRun(zh.chart.sourcePrefix + chart.source.trim())],
          }),
        ]
      : [];
    const caption = this.numberedCaption('图', f, f.caption ? f.captionRuns : [], false);
    if (!png)
      return [
        new Paragraph({ style: STYLE.figure, children: [new TextRun(`〔${zh.print.chartUnavailable}〕`)] }),
        ...source,
        caption,
      ];
    const heightMm = widthMm / figureAspect(f);
    const image = new ImageRun({
      type: 'png',
      data: png,
      transformation: { width: Math.round(widthMm * PX_PER_MM), height: Math.round(heightMm * PX_PER_MM) },
      altText: { name: f.label, description: f.caption || f.label, title: f.label },
    });
    return [this.picture(image, heightMm), ...source, caption];
  }

  /** Photos side by side at one height, as a borderless table of one row. */
  private figureRow(figures: readonly FigureBlock[], width: number): Table {
    // Each cell carries half a gap on either side, so the photos get one gap less of the column.
    const { widths } = figureRowSize(this.t, figures, width - FIGURE_ROW_GAP_MM);
    const cellWidths = widths.map((w) => w + FIGURE_ROW_GAP_MM);
    const rowWidth = cellWidths.reduce((a, b) => a + b, 0);
    return new Table({
      width: { size: twip.fromMm(rowWidth), type: WidthType.DXA },
      columnWidths: cellWidths.map(twip.fromMm),
      alignment: AlignmentType.CENTER,
      borders: TableBorders.NONE,
      rows: [
        new TableRow({
          cantSplit: true,
          children: figures.map(
            (f, i) =>
              new TableCell({
                width: { size: twip.fromMm(cellWidths[i]!), type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.TOP,
                margins: {
                  left: twip.fromMm(FIGURE_ROW_GAP_MM / 2),
                  right: twip.fromMm(FIGURE_ROW_GAP_MM / 2),
                  top: 0,
                  bottom: 0,
                },
                children: this.figure(f, widths[i]!),
              }),
          ),
        }),
      ],
    });
  }

  /** Column widths and header rows as the PDF sets them (table-columns.ts); header rows repeat on each page. */
  private table(tb: TableBlock, width: number): (Paragraph | Table)[] {
    const widths = tableColumnWidths(tb, width, this.t.table.size);
    const grid = tableGrid(tb.rows);
    const headerRows = headerRowCount(tb);
    const table = new Table({
      width: { size: twip.fromMm(widths.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
      columnWidths: widths.map(twip.fromMm),
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
      rows: tb.rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            ...(r < headerRows && { tableHeader: true }),
            children: row.map((cell) => {
              const column = grid[r]!.indexOf(cell);
              return new TableCell({
                columnSpan: cell.colSpan,
                rowSpan: cell.rowSpan,
                width: { size: twip.fromMm(spannedWidth(widths, column, cell.colSpan)), type: WidthType.DXA },
                verticalAlign: VerticalAlignTable.CENTER,
                children: [
                  new Paragraph({
                    style: cell.header ? STYLE.tableHeader : STYLE.tableText,
                    ...(cell.align && { alignment: CELL_ALIGNMENT[cell.align] }),
                    children: this.runs(cell.runs),
                  }),
                ],
              });
            }),
          }),
      ),
    });
    const hasCaption = tb.caption !== '' || tb.captionRuns.length > 0;
    const caption = hasCaption ? [this.numberedCaption('表', tb, tb.captionRuns, true)] : [];
    // The gap below (a table must be followed by a paragraph) at an exact height: a single line's
    // height is the font's, which Word, LibreOffice and docx's estimate measure apart (23 pt
    // against 18 in 公文), enough to move the next page's first heading. On the line grid the
    // rows are whole pitches (表格文字 at the body's) and the gap takes up the rules.
    const gap = this.pitch === null ? twip.fromPt(this.t.table.size * 1.5) : gridGap(tb.rows.length, this.pitch);
    return [
      ...caption,
      table,
      new Paragraph({ spacing: { line: gap, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] }),
    ];
  }
}
