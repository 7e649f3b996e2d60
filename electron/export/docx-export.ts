import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  Header,
  type ISectionOptions,
  NumberFormat,
  type PageNumberEstimator,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  StyleLevel,
  TableOfContents,
  TextRun,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { ReportError } from '../../core/errors';
import { coverText } from '../../core/print/cover';
import { singleFigureWidth } from '../../core/print/figure-size';
import { PRINT_TEMPLATES, type PrintTemplate, type Template, contentWidth } from '../../core/print/templates';
import { type ReportTree, splitPreface } from '../../core/report-tree';
import { zh } from '../../core/zh';
import { DocxBlocks } from './docx/docx-blocks';
import { chartPictures } from './docx/docx-charts';
import { coverBandPicture, coverParagraphs } from './docx/docx-cover';
import { documentNumbering } from './docx/docx-numbering';
import { documentGrid } from './docx/docx-page-grid';
import { NO_FIRST_LINE, UNNUMBERED_HEADING_1, documentStyles, twip } from './docx/docx-styles';
import { type ExportResult, type ExportSource, type StageListener, treeOf, writeAtomically } from './export-source';

export interface DocxExportOptions {
  template?: Template;
  /** Deepest heading level listed in the 目录. */
  tocLevels?: 1 | 2 | 3;
  /** Fill the TOC's page numbers with docx's layout estimate (default); off, Word fills them on 更新目录. */
  estimatePages?: boolean;
  signal?: AbortSignal;
  onStage?: StageListener;
}

/**
 * The report as a .docx: the cover in its own section with no page number, then 前言 and
 * 目录 (page numbers I, II…), then the chapters numbered from 1. The TOC field is written
 * with page numbers docx's layout estimates, so it is filled in readers that do not update
 * fields, and the file asks Word to update its fields when it opens.
 */
export async function buildDocx(
  source: ExportSource,
  options: DocxExportOptions = {},
): Promise<{ bytes: Buffer; tree: ReportTree; estimatedPages: number | null }> {
  options.onStage?.('prepare');
  const t = PRINT_TEMPLATES[options.template ?? source.meta.template];
  const tree = treeOf(source);
  // Charts are drawn ahead (sharp is async; building the blocks is not), at the widest they print.
  const charts = await chartPictures(tree.figures, (f) => singleFigureWidth(t, f, contentWidth(t)));
  const band = await coverBandPicture(t);
  const blocks = new DocxBlocks(t, (assetKey) => source.asset(assetKey), source.meta, charts);
  const { preface, body } = splitPreface(tree);
  const hasPreface = preface.length > 0;

  // Printed on both sides, 前言, 目录 and the body each open on a right-hand (odd) page: the 目录
  // then takes a section of its own, its page numbers going on from the 前言's.
  const duplex = source.meta.duplex;
  const prefacePart: FileChild[] = hasPreface ? [frontTitle(t, zh.print.preface, true), ...blocks.blocks(preface)] : [];
  const tocPart: FileChild[] =
    tree.headings.length > 0
      ? [
          frontTitle(t, zh.print.toc, false, hasPreface && !duplex),
          new TableOfContents(zh.print.toc.replace(/\s/g, ''), {
            hyperlink: true,
            headingStyleRange: `1-${options.tocLevels ?? 2}`,
            // The level-1 headings without a number are in a style of their own (docx-styles.ts).
            stylesWithLevels: [new StyleLevel(UNNUMBERED_HEADING_1, 1)],
          }),
        ]
      : [];
  const frontParts = duplex ? [prefacePart, tocPart] : [[...prefacePart, ...tocPart]];
  const frontSections: ISectionOptions[] = frontParts
    .filter((part) => part.length > 0)
    .map((children, i) => ({
      properties: pageProperties(t, NumberFormat.UPPER_ROMAN, duplex, i === 0),
      footers: footers(t),
      children,
    }));
  const sections: ISectionOptions[] = [
    {
      properties: pageProperties(t),
      children: coverParagraphs(t, coverText(source.meta), source.meta, (assetKey) => source.asset(assetKey), band),
    },
    ...frontSections,
    {
      properties: pageProperties(t, NumberFormat.DECIMAL, duplex),
      footers: footers(t),
      headers: runningHeaders(t, source.meta.title),
      children: blocks.blocks(body),
    },
  ];
  if (options.signal?.aborted) throw new ReportError('EXPORT_CANCELLED');
  options.onStage?.('build');
  const estimator = countingEstimator();
  const doc = new Document({
    creator: source.meta.organisation || zh.appName,
    title: source.meta.title,
    description: zh.appName,
    styles: documentStyles(t),
    numbering: documentNumbering(t, source.meta.headingNumbering, source.meta.chapterLabel),
    evenAndOddHeaderAndFooters: true,
    // The TOC's page numbers are docx's estimate; Word replaces them with its own on opening.
    features: { updateFields: true },
    ...(options.estimatePages !== false && { pageNumbers: estimator.estimate }),
    sections,
  });
  const bytes = await Packer.toBuffer(doc);
  return { bytes, tree, estimatedPages: estimator.pages() };
}

export async function exportDocx(
  source: ExportSource,
  path: string,
  options: DocxExportOptions = {},
): Promise<ExportResult & { estimatedPages: number | null }> {
  const { bytes, estimatedPages } = await buildDocx(source, options);
  if (options.signal?.aborted) throw new ReportError('EXPORT_CANCELLED');
  options.onStage?.('write');
  writeAtomically(path, bytes);
  return { path, pages: estimatedPages ?? 0, bytes: bytes.byteLength, estimatedPages };
}

/**
 * docx's page estimator, remembering the page count it works out. Its own widths for the CJK fonts
 * (guessed from the nearest it has) put the 目录's numbers where LibreOffice sets the headings, on
 * the seed's shape with 5 photos and with 53 (every one of 36 entries, once widow control and the
 * gap under a table were set so that no renderer decides them its own way: docx-styles.ts). CJK
 * measured on a square em was faster (5.5 s against 9.4 s with 53 photos of 2000 × 1500) but
 * ran up to four pages ahead of LibreOffice with 53 photos.
 */
function countingEstimator(): { estimate: PageNumberEstimator; pages: () => number | null } {
  const inner = estimatePageNumbersWith({ guess: true });
  let pages: number | null = null;
  const estimate: PageNumberEstimator = Object.assign(
    (...args: Parameters<PageNumberEstimator>) => {
      const result = inner(...args);
      pages = result.pageCount ?? null;
      return result;
    },
    inner.listNumbers ? { listNumbers: inner.listNumbers } : {},
  );
  return { estimate, pages: () => pages };
}

function pageProperties(
  t: PrintTemplate,
  numbering?: (typeof NumberFormat)[keyof typeof NumberFormat],
  oddPage = false,
  restartNumbers = true,
): ISectionOptions['properties'] {
  return {
    type: oddPage ? SectionType.ODD_PAGE : SectionType.NEXT_PAGE,
    page: {
      size: { width: twip.fromMm(210), height: twip.fromMm(297) },
      margin: {
        top: twip.fromMm(t.margin.top),
        bottom: twip.fromMm(t.margin.bottom),
        left: twip.fromMm(t.margin.left),
        right: twip.fromMm(t.margin.right),
        // 12 mm above the type area, where the 简洁 PDF sets its running header.
        header: twip.fromMm(t.margin.top - 12),
        footer: twip.fromMm(t.margin.bottom - t.folio.below - 6),
      },
      ...(numbering && { pageNumbers: { ...(restartNumbers && { start: 1 }), formatType: numbering } }),
    },
    grid: documentGrid(t),
  };
}

/** "— N —" at the outside corner: odd pages right, even pages left (GB/T 9704). */
function footers(t: PrintTemplate): ISectionOptions['footers'] {
  const folio = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Footer({
      children: [
        new Paragraph({
          alignment,
          style: 'Footer',
          indent:
            alignment === AlignmentType.RIGHT
              ? { right: twip.fromPt(t.body.size), ...NO_FIRST_LINE }
              : { left: twip.fromPt(t.body.size), ...NO_FIRST_LINE },
          children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
        }),
      ],
    });
  return { default: folio(AlignmentType.RIGHT), even: folio(AlignmentType.LEFT) };
}

/** 简洁 repeats the report title above the body pages (not the cover or 前言/目录), as its PDF does. */
function runningHeaders(t: PrintTemplate, title: string): ISectionOptions['headers'] {
  if (!t.runningHead) return undefined;
  const head = () => new Header({ children: [new Paragraph({ style: 'Header', children: [new TextRun(title)] })] });
  return { default: head(), even: head() };
}

function frontTitle(t: PrintTemplate, text: string, asHeading: boolean, newPage = false): Paragraph {
  return new Paragraph({
    style: 'Title',
    pageBreakBefore: newPage,
    spacing: { before: 0, after: twip.fromPt(t.body.size * 1.5), line: 360 },
    // 前言 shows in Word's navigation pane; 目录 does not (it is not part of the outline).
    ...(asHeading && { outlineLevel: 0 }),
    children: [new TextRun(text)],
  });
}
