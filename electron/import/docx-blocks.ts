import mammoth from 'mammoth';
import { ReportError } from '../../core/errors';
import type { FigureImageRef } from '../../core/document/nodes';
import { matchFigureCaptions, matchTableCaption } from '../../core/import/caption-patterns';
import { matchCaseLabel } from '../../core/import/case-patterns';
import { matchHeadingNumber } from '../../core/import/heading-patterns';
import { zh } from '../../core/zh';
import { type Runs, appendLine, plainRuns, runsText, splitRuns, trimRuns } from '../../core/import/inline-runs';
import { type SourceBlock, type SourceImages, isMissingPhotoMark, para } from '../../core/import/source-blocks';
import type { UnreadLink } from '../../core/import/linked-pictures';
import { wholeParagraphs } from '../../core/import/cut-xml';
import {
  BOX_MARK,
  type ContentCounts,
  OUTLINE_STYLE,
  PAGE_END_MARK,
  boxedStyles,
  partRelationships,
  prepareContentXml,
  textChars,
} from '../../core/import/docx-content-xml';
import { typeHeadingListNumbers } from '../../core/import/list-numbers';
import { referencedPictures } from '../../core/import/picture-references';
import { tagsBalanced } from '../../core/import/xml-balance';
import { withoutFormatChanges } from '../../core/import/ooxml-patterns';
import { checkChars, checkPhotos } from '../../core/import/report-size';
import { MAX_REPORT_CHARS } from '../../core/limits';
import {
  type ListDefinition,
  type NumberedParagraph,
  type StyledNumbering,
  listDefinitions,
  numberedParagraphs,
  styledHeadingNumbering,
  withoutBrokenStyleLinks,
} from '../../core/import/style-numbering';
import { type StyleLevel, styleNameLevel, styleOutlineLevels } from '../../core/import/style-outline';
import { displayWidth, fillsWidth, unwrapLines, wrapWidth } from '../../core/import/line-unwrap';
import { pageFurniture } from '../../core/import/page-furniture';
import { opensBlock } from '../../core/import/text-repair';
import { PHOTO_INTAKE_PARALLELISM, bounded } from './bounded';
import { useOfficeXmlInMammoth } from './office-xml';
import { type PhotosLater, pictureHead } from './photos-later';
import { type MammothZipFile, type ZipArchive, mammothZipFile } from './zip-archive';

/** The parts of mammoth's document tree that import reads (mammoth ships no types for it). */
interface MNode {
  type: string;
  children?: MNode[];
}
interface MParagraph extends MNode {
  styleName: string | null;
  styleId: string | null;
  numbering: { isOrdered: boolean; level: string } | null;
  /** w:jc: "center", "both", "left"… */
  alignment: string | null;
}
interface MRun extends MNode {
  isBold: boolean;
  isItalic: boolean;
  isUnderline: boolean;
  verticalAlignment: 'baseline' | 'superscript' | 'subscript';
}
interface MImage extends MNode {
  contentType?: string;
  altText?: string;
  /** What the zip gave (our Buffer), unlike readAsBuffer, which copies it. */
  readAsArrayBuffer(): Promise<Uint8Array | ArrayBuffer>;
}
/** A footnote or endnote mark in the text; `notes.resolve` finds the note it refers to. */
interface MNoteReference extends MNode {
  noteType: 'footnote' | 'endnote';
  noteId: string;
}
interface MDocument extends MNode {
  notes: { resolve(reference: MNoteReference): { body: MNode[] } | null };
}
interface MRow extends MNode {
  isHeader?: boolean;
}
interface MCell extends MNode {
  colSpan?: number;
  rowSpan?: number;
}

/** Pictures inflated while mammoth parses the text: about what zlib's threads manage in that time. */
const PREFETCH_BYTES = 64 * 1024 * 1024;
const OUTLINE_STYLES = Array.from({ length: 9 }, (_, i) => [`${OUTLINE_STYLE}${i + 1}`, Math.min(4, i + 1) as StyleLevel] as const);
/** Thrown from mammoth's transformDocument once the document tree is in hand. */
const TREE_READ = Symbol('docx tree read');

/** Stores one photo of the document and says how the figure refers to it. */
export type ImageSink = (bytes: Buffer, name: string) => Promise<FigureImageRef | null>;

/** Told how many of the document's photos have been taken in so far, of how many. */
export type PhotoProgress = (done: number, total: number) => void;

export interface DocxOptions {
  /** Photos taken in at once (default: one per core). */
  parallelism?: number;
  onPhotos?: PhotoProgress;
  /** Photos to read after the report opens, where they can be (not from a zip without its directory). */
  later?: PhotosLater;
}

/** What the source holds that the import cannot keep as it is, counted for the notes. */
export interface DocxCounts extends ContentCounts {
  /** Pictures the document refers to that the import never read (a shape's fill, WordArt): lost but for a note. */
  picturesMissed: number;
  /** Lists linked to a list style the file does not define (withoutBrokenStyleLinks): their links left out. */
  brokenListLinks: number;
}

export interface DocxContent {
  blocks: SourceBlock[];
  /** Footnotes and endnotes, each as put into the text where it was referenced: "（注：…）". */
  inlinedNotes: string[];
  counts: DocxCounts;
  /** How Word itself numbers the heading styles (第一章, 一、), when it does: the numbers are in no text. */
  styledNumbering: StyledNumbering | null;
  /** Pictures linked to files outside the .docx, with their paths: each left as a figure whose picture is still to come. */
  linked: UnreadLink[];
  /** Parts beside the text that were damaged, so left out (keys of SIDE_PARTS); the rest was read without them. */
  unreadableParts: string[];
  /** The text's part was cut short or damaged part way: the blocks end with the last paragraph before that. */
  textSalvaged: TextSalvaged;
  /** Printed lines pasted with a line break (↓) each, joined back into paragraphs: how many, and the first paragraph. */
  unwrapped: { joined: number; example: string | null };
}

/** Why the text was read only up to a paragraph: the file was cut short there, or is damaged after it. */
export type TextSalvaged = 'cut' | 'damaged' | null;

/** The text of a .docx (where _rels/.rels points, in every file Word or WPS writes). */
const MAIN_PART = 'word/document.xml';

/**
 * The text's part read as far as it goes, when it does not read whole: cut back to its last whole
 * paragraph, which stands for the whole (core/import/cut-xml). Null when it reads whole, or when
 * not one paragraph of it can be read.
 */
async function salvagedText(archive: ZipArchive): Promise<{ xml: string; why: NonNullable<TextSalvaged> } | null> {
  const why = archive.cut === MAIN_PART ? 'cut' : archive.has(MAIN_PART) && !(await archive.probe(MAIN_PART)) ? 'damaged' : null;
  if (!why) return null;
  const xml = wholeParagraphs(archive.salvage(MAIN_PART)?.toString('utf8') ?? '');
  return xml === null ? null : { xml, why };
}

/**
 * The parts mammoth reads beside word/document.xml, each of which it can do without: damaged,
 * one is left out rather than failing the whole import (the text is what matters most).
 */
const SIDE_PARTS = [
  'word/styles.xml',
  'word/numbering.xml',
  'word/footnotes.xml',
  'word/endnotes.xml',
  'word/comments.xml',
  'word/_rels/document.xml.rels',
  'word/_rels/footnotes.xml.rels',
  'word/_rels/endnotes.xml.rels',
  'word/_rels/comments.xml.rels',
  '_rels/.rels',
  '[Content_Types].xml',
] as const;

/**
 * A .docx read through mammoth's document tree (not its HTML): paragraphs with their Word
 * heading style (or outline level), list numbering and bold/italic/underline
 * (fonts, colours and sizes are not read, so they are dropped); photos handed to `sink`;
 * tables of photos and captions become photo rows, other tables plain tables.
 */
export async function docxBlocks(archive: ZipArchive, sink: ImageSink, { parallelism = PHOTO_INTAKE_PARALLELISM, onPhotos, later }: DocxOptions = {}): Promise<DocxContent> {
  // A zip found by walking it has no directory to find a photo in again: its photos are read now.
  const heads = later && !archive.partial ? new WeakMap<Buffer, string>() : undefined;
  if (!heads) archive.prefetch('word/media/', PREFETCH_BYTES);
  const unreadableParts = await archive.dropUnreadable(SIDE_PARTS);
  const { doc, counts, styleLevels, styledNumbering, pictures, boxed, textSalvaged } = await readDocxTree(archive, heads);
  // Refused before any of them is read.
  checkPhotos(pictures.referenced.size);
  const inlinedNotes = inlineNotes(doc, doc);
  const photoSink = heads && later ? sinkOrLater(archive, heads, later, sink) : sink;
  const reader = new DocxReader(photoSink, bounded(parallelism), new Map([...styleLevels, ...OUTLINE_STYLES]), boxed, softWrap(doc.children ?? []));
  reader.blocks(doc.children ?? []);
  reader.closeCaseBox();
  await reader.photosTaken(onPhotos);
  counts.picturesMissed = [...pictures.referenced].filter((path) => !pictures.read.has(path)).length;
  const linked = reader.linked.map(({ images, slot, link }) => ({ block: reader.out.indexOf(images), slot, link }));
  return { blocks: reader.out, inlinedNotes, counts, styledNumbering, linked, unreadableParts, textSalvaged, unwrapped: reader.unwrapped };
}

/**
 * The sink for pictures read as their heads (`heads`, by zip entry): each JPEG or PNG is left to
 * read after the report opens; anything else is read whole now and goes to `sink`.
 */
function sinkOrLater(archive: ZipArchive, heads: WeakMap<Buffer, string>, later: PhotosLater, sink: ImageSink): ImageSink {
  return async (head, name) => {
    const entry = heads.get(head);
    const described = entry === undefined ? null : archive.describe(entry);
    if (entry === undefined || !described) return sink(head, name);
    const ref = later.defer({ entry, ...described, head }, name);
    if (ref) return ref;
    let bytes: Buffer;
    try {
      bytes = await archive.read(entry);
    } catch (err) {
      // Damaged in the zip: an unreadable picture, noted as one, as when read whole at first.
      if (err instanceof ReportError && err.error.code === 'IMPORT_BAD_DOCX') return null;
      throw err;
    }
    return sink(bytes, name);
  };
}

/**
 * mammoth's document tree of the .docx; its pictures are not read, and its HTML conversion
 * never runs. Its content parts are prepared before mammoth reads them (prepareContentXml),
 * and what they held is counted. `styleLevels`: the outline levels of the paragraph styles,
 * read from the styles mammoth reads, as is the numbering Word gives the heading styles.
 */
export async function readDocxTree(
  archive: ZipArchive,
  /** Given, a picture mammoth reads is read as its head only (its first bytes), whose entry is kept here. */
  heads?: WeakMap<Buffer, string>,
): Promise<{
  doc: MDocument;
  counts: DocxCounts;
  styleLevels: Map<string, StyleLevel>;
  styledNumbering: StyledNumbering | null;
  /** The pictures the document refers to, and those read so far (the reader reads them after): zip paths. */
  pictures: { referenced: ReadonlySet<string>; read: ReadonlySet<string> };
  /** The paragraph styles that set their paragraphs in a box (边框和底纹). */
  boxed: ReadonlySet<string>;
  /** The text's part was cut short or damaged part way: what is read ends with the last paragraph before that. */
  textSalvaged: TextSalvaged;
}> {
  useOfficeXmlInMammoth();
  let root: MDocument | null = null;
  const counts: DocxCounts = {
    charts: 0,
    revisions: 0,
    comments: 0,
    hiddenRuns: 0,
    equations: 0,
    picturesNotFound: 0,
    picturesMissed: 0,
    brokenListLinks: 0,
  };
  let relsXml = '';
  let documentXml = '';
  let styleLevels = new Map<string, StyleLevel>();
  let stylesXml = '';
  /** numbering.xml's lists, read once (mammoth reads it before the body). */
  let lists: Map<string, ListDefinition> | null = null;
  const numbered: NumberedParagraph[] = [];
  /** Each part's relationship ids, by the part's name (mammoth reads a part's relationships before it). */
  const relationships = new Map<string, Set<string>>();
  /** The characters of the text parts read so far. */
  let chars = 0;
  // Styles and numbering hold paragraph properties of their own: only the text's parts are prepared.
  const prepare = (given: string, name: string) => {
    // A part with unclosed tags is left for mammoth to refuse: the preparation's scans would take minutes on one.
    if (!tagsBalanced(given)) return given;
    const xml = withoutFormatChanges(given);
    if (name === 'word/_rels/document.xml.rels') relsXml = xml;
    const rels = partRelationships(xml, name);
    if (rels) relationships.set(rels.part, rels.ids);
    if (name === MAIN_PART) documentXml = xml;
    if (/styles\.xml$/.test(name)) {
      [stylesXml, styleLevels] = [xml, styleOutlineLevels(xml)];
      return xml;
    }
    if (/numbering\.xml$/.test(name)) {
      // styles.xml is read first: the lists' links to its list styles can be checked.
      const linked = withoutBrokenStyleLinks(xml, stylesXml);
      counts.brokenListLinks += linked.broken;
      lists = listDefinitions(linked.xml);
      return linked.xml;
    }
    // A text longer than a report may be is refused before mammoth builds anything of it.
    chars += textChars(xml, MAX_REPORT_CHARS - chars);
    checkChars(chars);
    numbered.push(...numberedParagraphs(xml));
    // Read after styles and numbering (mammoth reads them first): the numbers Word gives headings by 编号 are typed in.
    return prepareContentXml(name === MAIN_PART ? typeHeadingListNumbers(xml, lists ?? new Map(), stylesXml) : xml, counts, relationships.get(name) ?? new Set());
  };
  // mammoth's runtime takes an opened zip as `{ file }` (lib/unzip.js); its types list only path and buffer.
  const zip = mammothZipFile(archive, prepare);
  // The text read as far as it goes stands for a text cut short or damaged.
  const salvaged = await salvagedText(archive);
  const read = new Set<string>();
  const file: MammothZipFile = {
    ...zip,
    exists: (name) => zip.exists(name) || (name === MAIN_PART && salvaged !== null),
    read: (name, encoding) => {
      if (name === MAIN_PART && salvaged) return Promise.resolve(prepare(salvaged.xml, name));
      // Pictures are read as bytes, XML parts with an encoding.
      if (!encoding) read.add(name);
      if (!encoding && heads && archive.has(name)) {
        const head = pictureHead((length) => archive.head(name, length));
        heads.set(head, name);
        return Promise.resolve(head);
      }
      return zip.read(name, encoding);
    },
  };
  const input = { file } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  try {
    await mammoth.convertToHtml(input, {
      // The tree is all an import wants: stopping here spares mammoth's HTML conversion (a third of its time).
      transformDocument: (doc: MDocument) => {
        root = doc;
        throw TREE_READ;
      },
    });
  } catch (err) {
    if (err !== TREE_READ) {
      if (err instanceof ReportError) throw err;
      throw new ReportError('IMPORT_BAD_DOCX', (err as Error).message);
    }
  }
  if (!root) throw new ReportError('IMPORT_BAD_DOCX', 'no document body');
  return {
    doc: root,
    counts,
    styleLevels,
    styledNumbering: lists ? styledHeadingNumbering(stylesXml, lists, styleLevels, numbered) : null,
    pictures: { referenced: referencedPictures(relsXml, documentXml), read },
    boxed: boxedStyles(stylesXml),
    textSalvaged: salvaged?.why ?? null,
  };
}

/**
 * The document model has no footnotes, and a report's footnotes say things that must not be
 * lost (数据来源…). Each note mark is replaced by the note's text, in brackets, where it stood.
 */
function inlineNotes(node: MNode, doc: MDocument, inlined: string[] = []): string[] {
  node.children?.forEach((child, i) => {
    if (child.type !== 'noteReference') return void inlineNotes(child, doc, inlined);
    const body = doc.notes.resolve(child as MNoteReference)?.body ?? [];
    const text = body.map((p) => runsText(inline(p).runs).trim()).filter(Boolean).join(' ');
    if (!text) return;
    const value = `（${zh.importing.noteInText}${text}）`;
    inlined.push(value);
    node.children![i] = { type: 'text', value } as MNode;
  });
  return inlined;
}

class DocxReader {
  readonly out: SourceBlock[] = [];
  /** The pictures only linked from the document: their figure's block, place in it, and path as the .docx gives it. */
  readonly linked: { images: SourceImages; slot: number; link: string }[] = [];
  private imageCount = 0;
  /** A case boxed by paragraph borders is open: its box's paragraphs are still coming. */
  private caseBoxOpen = false;
  readonly unwrapped: DocxContent['unwrapped'] = { joined: 0, example: null };
  /** Photos being taken in while the text is read on; each fills its slot in a block's `images`. */
  private readonly pending: Promise<void>[] = [];
  constructor(
    private readonly sink: ImageSink,
    private readonly limit: ReturnType<typeof bounded>,
    private readonly outline: ReadonlyMap<string, StyleLevel>,
    private readonly boxedStyles: ReadonlySet<string>,
    /** Printed lines pasted with a line break each (softWrap), when the document has them. */
    private readonly softWrapped: SoftWrap | null,
  ) {}

  /** Waits for every photo; the first failure is thrown once none is still running (nothing left writing). */
  async photosTaken(onPhotos?: PhotoProgress): Promise<void> {
    if (onPhotos) {
      let done = 0;
      onPhotos(0, this.pending.length);
      for (const photo of this.pending) photo.then(() => onPhotos((done += 1), this.pending.length)).catch(() => {});
    }
    const failed = (await Promise.allSettled(this.pending)).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  blocks(nodes: readonly MNode[]): void {
    // Pictures outside any paragraph: mammoth puts what a VML shape holds (a group of a photo and
    // its caption's text box, 组合) after the paragraph it stood in. Side by side, they are a row.
    let loose: MImage[] = [];
    const placeLoose = () => {
      if (loose.length) this.out.push(this.imagesBlock(loose));
      loose = [];
    };
    for (const node of nodes) {
      if (node.type === 'image') {
        loose.push(node as MImage);
        continue;
      }
      placeLoose();
      if (node.type === 'paragraph') this.paragraph(node as MParagraph);
      else if (node.type === 'table') this.table(node);
      else if (node.children) this.blocks(node.children);
    }
    placeLoose();
  }

  private paragraph(p: MParagraph): void {
    if (isTocEntry(p)) {
      // A 目录 is regenerated from the headings; its title goes with it.
      const last = this.out.at(-1);
      if (last?.kind === 'para' && isTocTitle(runsText(last.runs))) this.out.pop();
      return;
    }
    const { runs, images, boxed: boxedHere, endsPage, pageBreak } = inline(p, {}, LINE_BREAK);
    // A page ends before a paragraph holding no more than a page break, after one ending its section.
    if (pageBreak && runsText(runs).trim() === '') this.endPage();
    const boxed = boxedHere || (!!p.styleId && this.boxedStyles.has(p.styleId));
    // A case set in a box of paragraph borders or shading (边框和底纹) ends where the box does.
    const opensCase = boxed && matchCaseLabel(runsText(runs).trim()) !== null;
    if (!boxed || opensCase) this.closeCaseBox();
    if (opensCase) {
      this.out.push({ kind: 'case-box', edge: 'start' });
      this.caseBoxOpen = true;
    }
    const level = headingLevel(p) ?? (p.styleId ? this.outline.get(p.styleId) : undefined);
    // A heading or list item broken with Shift+Enter is one still; body text is parted where a line opens a block.
    const lines = level || p.numbering ? [joinLineBreaks(runs)] : this.unwrap(runs) ?? linesOf(runs);
    if (images.length) this.out.push(this.imagesBlock(images, lines.some((l) => runsText(l).trim()) ? { besideText: true } : {}));
    for (const line of lines) this.line(p, line, level);
    if (endsPage) this.endPage();
  }

  /**
   * A paragraph of printed lines, each ended by a line break (as PDF readers and web pages copy
   * them, and Word pastes them), put back into its paragraphs: a full line goes on in the next.
   * null where the document has no such lines, or none of this paragraph's is full.
   */
  private unwrap(runs: Runs): Runs[] | null {
    if (this.softWrapped === null) return null;
    const { width, furniture } = this.softWrapped;
    const lines = lineRuns(runs);
    if (lines.length < 2 || !fillsWidth(lines.map(runsText), width)) return null;
    // A page's number and running header stay lines of their own, for the repairs after to leave out.
    const out: Runs[] = [];
    let text: Runs[] = [];
    const putTogether = () => {
      const { blocks, joined, example } = unwrapLines(text.map((line) => para(line)), width);
      this.unwrapped.joined += joined;
      this.unwrapped.example ??= example;
      out.push(...blocks.map((block) => (block.kind === 'para' ? block.runs : [])));
      text = [];
    };
    for (const line of lines) {
      if (furniture.has(runsText(line))) {
        putTogether();
        out.push(line);
      } else text.push(line);
    }
    putTogether();
    return out;
  }

  /** The text read so far ends a page: its last paragraph is marked so, for a page-cut sentence to be found there. */
  private endPage(): void {
    const last = this.out.at(-1);
    if (last?.kind === 'para') last.pageEnd = true;
  }

  /** Ends a case boxed by paragraph borders, if one is open: at the first paragraph outside the box, or the document's end. */
  closeCaseBox(): void {
    if (this.caseBoxOpen) this.out.push({ kind: 'case-box', edge: 'end' });
    this.caseBoxOpen = false;
  }

  /** One line of a paragraph (all of it, unless line breaks part it): a heading, a caption under a photo, or text. */
  private line(p: MParagraph, runs: Runs, level: StyleLevel | undefined): void {
    const text = runsText(runs).trim();
    if (isMissingPhotoMark(text)) return void this.out.push({ kind: 'images', images: ['missing'], captions: [] });
    if (text === '') return;
    const last = this.out.at(-1);
    if (!level && last?.kind === 'images' && last.images.length === 1 && last.captions.length === 0 && isUnnumberedCaption(p, text)) {
      last.captions.push(trimRuns(runs));
      return;
    }
    if (level) this.out.push(para(runs, { styleLevel: level }));
    else this.out.push(para(runs, p.numbering ? { list: { ordered: p.numbering.isOrdered, depth: Number(p.numbering.level) || 0 } } : {}));
  }

  /**
   * A frame (a table of one cell, or one column opening with a case label: how Word users box a
   * case) is read for what it holds, and a case in it ends with it. Photos laid out in a table
   * (one row of photos, captions in the same or the next row) are a figure row. Any other table
   * stays a table, and photos among its text follow it.
   */
  private table(table: MNode): void {
    const rows = (table.children ?? []).filter((r) => r.type === 'tableRow') as MRow[];
    const frame = frameOf(rows);
    if (frame) {
      this.closeCaseBox();
      if (frame === 'case') this.out.push({ kind: 'case-box', edge: 'start' });
      for (const row of rows) for (const cell of row.children ?? []) this.blocks(cell.children ?? []);
      if (frame === 'case') this.out.push({ kind: 'case-box', edge: 'end' });
      return;
    }
    const cells = rows.map((row) => (row.children ?? []).map((cell: MCell) => ({ ...cellContent(cell.children ?? []), colSpan: cell.colSpan ?? 1, rowSpan: cell.rowSpan ?? 1 })));
    const photoRows = cells.every((row) => row.every((c) => c.texts.every((t) => isShortLine(runsText(t))))) ? figureRows(cells) : null;
    if (!photoRows) {
      // A caption typed in a first row merged across the table ("表1 各校招生情况") is the table's caption.
      const title = cells.length > 1 && cells[0]!.length === 1 && cells[1]!.length > 1 ? cells[0]![0]!.texts : [];
      const captioned = title.length === 1 && matchTableCaption(runsText(title[0]!)) !== null;
      if (captioned) this.out.push(para(title[0]!));
      const body = captioned ? cells.slice(1) : cells;
      const header = rows[captioned ? 1 : 0]?.isHeader ?? false;
      // Bold and italic in cells are kept, and merged cells stay merged (mammoth leaves out the cells a merge covers).
      this.out.push({ kind: 'table', rows: body.map((row) => row.map((c) => ({ paragraphs: c.texts, colSpan: c.colSpan, rowSpan: c.rowSpan }))), header });
      const images = cells.flatMap((row) => row.flatMap((c) => c.images)).filter((image) => image !== 'missing');
      if (images.length > 0) this.out.push(this.imagesBlock(images, { fromTable: true }));
      return;
    }
    for (const { images, captions } of photoRows) this.out.push(this.imagesBlock(images, { captions }));
  }

  /**
   * A block of photos whose refs are filled in as their intake finishes (at most `limit` at once,
   * each read from the zip only when its turn comes).
   */
  private imagesBlock(images: readonly (MImage | 'missing')[], extra: Partial<Omit<SourceImages, 'kind' | 'images'>> = {}): SourceImages {
    const block: SourceImages = { kind: 'images', images: images.map((image) => (image === 'missing' ? 'missing' : null)), captions: [], ...extra };
    images.forEach((image, slot) => {
      if (image === 'missing') return;
      this.imageCount += 1;
      const ext = (image.contentType ?? 'image/png').split('/')[1] ?? 'png';
      const name = image.altText?.trim() || `image${this.imageCount}.${ext}`;
      this.pending.push(
        this.limit(async () => {
          const bytes = await image.readAsArrayBuffer().then(asBuffer, (err: unknown) => this.unread(err, block, slot));
          block.images[slot] = Buffer.isBuffer(bytes) ? await this.sink(bytes, name) : bytes;
        }),
      );
    });
    return block;
  }

  /**
   * A picture that cannot be read must not sink the whole document. One only linked to a file
   * outside the .docx (插入图片 → 链接到文件) is not in it, and mammoth reads no outside files: it
   * becomes a place for the photo ('missing'), and the file's path is noted. One whose data in
   * the zip is missing or damaged becomes an unreadable picture (null), noted as such.
   */
  private unread(err: unknown, images: SourceImages, slot: number): 'missing' | null {
    if (err instanceof ReportError) {
      if (err.error.code === 'IMPORT_BAD_DOCX') return null;
      throw err;
    }
    const message = err instanceof Error ? err.message : String(err);
    this.linked.push({ images, slot, link: /'([^']+)'/.exec(message)?.[1] ?? message });
    return 'missing';
  }
}

/**
 * A table's rows as figures: each row of photos with the captions in it or, when it has none, in
 * the next row. Null when the table holds no photo, or a row of text that is no photo's caption
 * (a form holding a signature picture: its text would be lost as the pictures were kept).
 */
function figureRows<Image>(cells: readonly (readonly { images: Image[]; texts: Runs[] }[])[]): { images: Image[]; captions: Runs[] }[] | null {
  const rows: { images: Image[]; captions: Runs[] }[] = [];
  for (let r = 0; r < cells.length; r += 1) {
    const images = cells[r]!.flatMap((c) => c.images);
    let captions = cells[r]!.flatMap((c) => c.texts);
    if (images.length === 0) {
      if (captions.length > 0) return null;
      continue;
    }
    const next = cells[r + 1];
    if (captions.length === 0 && next && next.every((c) => c.images.length === 0)) {
      captions = next.flatMap((c) => c.texts);
      r += 1;
    }
    rows.push({ images, captions });
  }
  return rows.length > 0 ? rows : null;
}

/**
 * A box drawn around content rather than a table: one cell, or one column whose first cell
 * opens with 【案例N】. 'case' when the box holds a case, which then ends with it.
 */
function frameOf(rows: readonly MRow[]): 'case' | 'box' | null {
  if (rows.length === 0 || rows.some((row) => (row.children ?? []).length !== 1)) return null;
  const first = cellContent(rows[0]!.children![0]!.children ?? []).texts[0];
  if (first !== undefined && matchCaseLabel(runsText(first)) !== null) return 'case';
  return rows.length === 1 ? 'box' : null;
}

function headingLevel(p: MParagraph): StyleLevel | undefined {
  return styleNameLevel(p.styleName ?? '', p.styleId ?? '');
}

/** Where a line break (Shift+Enter) or a page break stood in a paragraph's runs, until linesOf parts them there. */
const LINE_BREAK = '\n';

interface InlineContent {
  runs: Runs;
  images: MImage[];
  /** Set in a box (BOX_MARK). */
  boxed: boolean;
  /** Its page ends after it: it holds a section break (PAGE_END_MARK). */
  endsPage: boolean;
  /** A page break stands in it. */
  pageBreak: boolean;
}

/** A paragraph's (or cell's) runs and pictures; a break is `lineBreak`, a tab a space. */
function inline(node: MNode, format: { bold?: boolean; italic?: boolean; underline?: boolean } = {}, lineBreak = ' '): InlineContent {
  const runs: Runs = [];
  const images: MImage[] = [];
  let [boxed, endsPage, pageBreak] = [false, false, false];
  const take = (sub: InlineContent) => {
    images.push(...sub.images);
    boxed ||= sub.boxed;
    endsPage ||= sub.endsPage;
    pageBreak ||= sub.pageBreak;
  };
  for (const child of node.children ?? []) {
    if (child.type === 'run') {
      const r = child as MRun;
      const sub = inline(r, { bold: r.isBold, italic: r.isItalic, underline: r.isUnderline }, lineBreak);
      const alignment = r.verticalAlignment;
      runs.push(...(alignment === 'baseline' ? sub.runs : sub.runs.map((run) => ({ ...run, text: raised(run.text, alignment) }))));
      take(sub);
    } else if (child.type === 'text') {
      const value = (child as MNode & { value: string }).value;
      if (value === BOX_MARK) boxed = true;
      else if (value === PAGE_END_MARK) endsPage = true;
      else runs.push({ text: value, ...format });
    } else if (child.type === 'tab') runs.push({ text: ' ', ...format });
    else if (child.type === 'break') {
      runs.push({ text: lineBreak, ...format });
      pageBreak ||= (child as MNode & { breakType?: string }).breakType === 'page';
    } else if (child.type === 'image') images.push(child as MImage);
    else if (child.children) {
      const sub = inline(child, format, lineBreak);
      runs.push(...sub.runs);
      take(sub);
    }
  }
  return { runs: runs.filter((r) => r.text.length > 0), images, boxed, endsPage, pageBreak };
}

/**
 * A paragraph's lines, parted at its line breaks where a line opens a block of its own or ends
 * one (a numbered heading, a case label, a caption: "一、基本情况⏎学校现有…", as text pasted
 * from the web or converted from a PDF has it); elsewhere the lines are joined again, a
 * sentence the break only wrapped.
 */
function linesOf(runs: Runs): Runs[] {
  const lines: Runs[] = [];
  /** The line being joined: its length, the character it ends with, and whether it opens a block. */
  let open = { length: 0, last: '', opens: true };
  for (const line of lineRuns(runs)) {
    const text = runsText(line);
    const opens = opensBlock(text);
    const prev = lines.at(-1);
    if (!prev || open.opens || opens) {
      lines.push(line);
      open = { length: text.length, last: text.slice(-1), opens };
      continue;
    }
    // Joined in place (the lines' runs are their own); a line this long no longer turns into a block's opening.
    appendLine(prev, line, open.last);
    const length = open.length + text.length;
    const opensNow = length <= MAX_OPENING_LINE && opensBlock(runsText(prev));
    open = { length, last: text.slice(-1) || open.last, opens: opensNow };
  }
  return lines;
}

/**
 * Longer than any case label, caption or numbered heading opening a line: a line joined past
 * this is not read again to see whether it opens a block, as it was at each line joined to it.
 */
const MAX_OPENING_LINE = 200;

/** A paragraph's runs parted at each line break, each line trimmed. */
function lineRuns(runs: Runs): Runs[] {
  return splitRuns(runs, LINE_BREAK).map(trimRuns);
}

/** Printed lines pasted into Word with a line break each: the width they were wrapped at, and which of them are a page's number or running header. */
interface SoftWrap {
  width: number;
  furniture: ReadonlySet<string>;
}

/**
 * Where printed lines were pasted into Word with a line break (Shift+Enter, shown ↓) ending each,
 * as PDF readers and some web pages copy them: the width they were wrapped at, and the lines
 * among them that are a page's number or running header (pageFurniture, as for text copied out
 * of a PDF); else null. Read over the whole document: one paragraph's few lines cannot tell it.
 */
function softWrap(nodes: readonly MNode[]): SoftWrap | null {
  const lines: string[] = [];
  const hasBreak = (node: MNode): boolean => node.type === 'break' || (node.children?.some(hasBreak) ?? false);
  const walk = (node: MNode): void => {
    if (node.type !== 'paragraph') return void node.children?.forEach(walk);
    if (!hasBreak(node)) return;
    lines.push(...runsText(inline(node, {}, LINE_BREAK).runs).split(LINE_BREAK).map((line) => line.trim()));
  };
  nodes.forEach(walk);
  const width = wrapWidth(lines.map(displayWidth));
  if (width === null) return null;
  const blocks = lines.map((line) => para(plainRuns(line)));
  return { width, furniture: new Set([...pageFurniture(blocks)].map((i) => lines[i]!)) };
}

/** A paragraph's lines joined into one, in place: copying all joined so far at each line made it quadratic. */
function joinLineBreaks(runs: Runs): Runs {
  const [joined, ...rest] = linesOf(runs);
  let last = runsText(joined!).slice(-1);
  for (const line of rest) {
    appendLine(joined!, line, last);
    last = runsText(line).slice(-1) || last;
  }
  return joined!;
}

const SCRIPT_CHARS = { superscript: ['0123456789+-=()n', '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿ'], subscript: ['0123456789+-=()', '₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎'] } as const;

/**
 * Superscript or subscript text: the document model keeps no such format, so m² and CO₂ would
 * read m2 and CO2. Digits and signs become their Unicode superscript or subscript forms; other
 * text stays as it is.
 */
function raised(text: string, alignment: 'superscript' | 'subscript'): string {
  const [plain, script] = SCRIPT_CHARS[alignment];
  const chars = [...text];
  return chars.every((ch) => plain.includes(ch)) ? chars.map((ch) => script[plain.indexOf(ch)]).join('') : text;
}

/** A cell's photos (and ［照片待补］ places) and its other paragraphs. */
function cellContent(nodes: readonly MNode[]): { images: (MImage | 'missing')[]; texts: Runs[] } {
  const images: (MImage | 'missing')[] = [];
  const texts: Runs[] = [];
  for (const node of nodes) {
    const sub = inline(node);
    images.push(...sub.images);
    const runs = trimRuns(sub.runs);
    if (isMissingPhotoMark(runsText(runs))) images.push('missing');
    else if (runs.length) texts.push(runs);
  }
  return { images, texts };
}

/** Word's 目录 entries (styles "toc 1"…, "目录 1"…): the TOC is regenerated, not imported. */
function isTocEntry(p: MParagraph): boolean {
  return /^(?:toc|目录)\s*[1-9]$/i.test(p.styleName ?? '') || /^toc[1-9]$/i.test(p.styleId ?? '');
}

function isTocTitle(text: string): boolean {
  return /^(?:目\s*录|contents)$/i.test(text.trim());
}

/**
 * A caption typed without "图N" under a photo: a line in Word's caption style (题注), or a short
 * centred line that is no heading, case or table caption. One with "图N" is read as a caption
 * line anyway, and its typed number checked.
 */
function isUnnumberedCaption(p: MParagraph, text: string): boolean {
  if (matchFigureCaptions(text)) return false;
  if (/^(?:caption|题注)$/i.test(p.styleName ?? '')) return true;
  return p.alignment === 'center' && isShortLine(text) && !/[。！？]$/.test(text) && !matchHeadingNumber(text) && !matchCaseLabel(text) && !matchTableCaption(text);
}

/** In a table of photos, every text is a caption: short, one sentence at most. */
function isShortLine(text: string): boolean {
  return text.length <= 60 && !/[。！？]./.test(text);
}

function asBuffer(bytes: Uint8Array | ArrayBuffer): Buffer {
  if (Buffer.isBuffer(bytes)) return bytes;
  return bytes instanceof ArrayBuffer ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
