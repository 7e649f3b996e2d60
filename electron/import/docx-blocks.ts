import { ReportError } from '../../core/errors';
import type { FigureImageRef } from '../../core/document/nodes';
import { matchFigureCaptions, matchTableCaption } from '../../core/import/caption-patterns';
import { matchCaseLabel } from '../../core/import/case-patterns';
import { coverTitleIndex } from '../../core/import/docx/cover-title';
import { headingLevel, levelShift, numberingSwitchedOff, styleChain } from '../../core/import/docx/heading-levels';
import { withoutFrontHeadingStyles } from '../../core/import/docx/front-headings';
import { allParagraphs, headingListNumbers } from '../../core/import/docx/heading-numbers';
import { listItemNumbers } from '../../core/import/docx/list-numbers';
import type {
  DocxBlock,
  DocxCell,
  DocxModel,
  DocxNoteMark,
  DocxParagraph,
  DocxPicture,
  DocxTable,
} from '../../core/import/docx/model';
import {
  LINE_BREAK,
  type SoftWrap,
  joinLineBreaks,
  lineRuns,
  linesOf,
  paragraphContent,
  softWrap,
} from '../../core/import/docx/paragraph-runs';
import { paragraphText } from '../../core/import/docx/read-body';
import type { Relationship } from '../../core/import/docx/relationships';
import { type StyledNumbering, styledHeadingNumbering } from '../../core/import/docx/styled-numbering';
import { matchHeadingNumber } from '../../core/import/heading-patterns';
import { type Runs, appendLine, runsText, trimRuns } from '../../core/import/inline-runs';
import { fillsWidth, unwrapLines } from '../../core/import/line-unwrap';
import type { UnreadLink } from '../../core/import/linked-pictures';
import { checkPhotos } from '../../core/import/report-size';
import {
  type SourceBlock,
  type SourceImages,
  type SourceListItem,
  isMissingPhotoMark,
  para,
} from '../../core/import/source-blocks';
import type { StyleLevel } from '../../core/import/style-outline';
import { zh } from '../../core/zh';
import { PHOTOS_AT_ONCE, bounded } from './bounded';
import { SIDE_PARTS, type TextSalvaged, readDocxPackage } from './docx-package';
import { type PhotosLater, pictureHead } from './photos-later';
import type { ZipArchive } from './zip-archive';

export type { TextSalvaged } from './docx-package';

/** Pictures inflated while the text is parsed: about what zlib's threads manage in that time. */
const PREFETCH_BYTES = 64 * 1024 * 1024;

/** Stores one photo of the document and says how the figure refers to it. */
export type AddPhoto = (bytes: Buffer, name: string) => Promise<FigureImageRef | null>;

/** Told how many of the document's photos have been stored so far, of how many. */
export type PhotoProgress = (done: number, total: number) => void;

export interface DocxOptions {
  /** Photos stored at once (default: one per core). */
  parallelism?: number;
  onPhotos?: PhotoProgress;
  /** Photos to read after the report opens, where they can be (not from a zip without its directory). */
  later?: PhotosLater;
}

/** What the source holds that the import cannot keep as it is, counted for the notes. */
export interface DocxCounts {
  /** Word charts and SmartArt graphics, each left as a figure whose picture is still to come. */
  charts: number;
  /** Tracked changes (修订): read as if all were accepted. */
  revisions: number;
  /** Comments (批注): left out. */
  comments: number;
  /** Runs of hidden text, left out as Word leaves them out of print. */
  hiddenRuns: number;
  /** Equations (Office Math): left out. */
  equations: number;
  /** Characters of a symbol font (Wingdings, Symbol) with no Unicode read for them: left out. */
  symbols: number;
  /** Pictures whose relationship the text's relationships lack (the index of its pictures lost): each left a place. */
  picturesNotFound: number;
  /** Pictures the document refers to that the import never read (a shape's fill, WordArt): lost but for a note. */
  picturesMissed: number;
  /** Lists linked to a list style the file does not define: they keep the levels they have of their own. */
  brokenListLinks: number;
  /** Small pictures in a table of text (a signature, a seal in a form): not figures, left out. */
  signatures: number;
}

export interface DocxContent {
  blocks: SourceBlock[];
  /** Footnotes and endnotes, each as put into the text where it was referenced: "（注：…）". */
  inlinedNotes: string[];
  counts: DocxCounts;
  /** How Word itself numbers the heading styles (第一章, 一、), when it does: the numbers are in no text. */
  styledNumbering: StyledNumbering | null;
  /**
   * Pictures linked to files outside the .docx, with their paths: each left as a figure whose picture is still to come.
   */
  linked: UnreadLink[];
  /** Parts beside the text that were damaged, so left out (keys of SIDE_PARTS); the rest was read without them. */
  unreadableParts: string[];
  /** The text's part was cut short or damaged part way: the blocks end with the last paragraph before that. */
  textSalvaged: TextSalvaged;
  /**
   * Printed lines pasted with a line break (↓) each, joined back into paragraphs: how many, and the first paragraph.
   */
  unwrapped: { joined: number; example: string | null };
}

/**
 * A .docx read through its typed model (core/import/docx): paragraphs with their Word heading
 * style (or outline level), list numbering and bold/italic/underline (fonts, colours and sizes
 * are not read, so they are dropped); photos handed to `addPhoto`; tables of photos and captions
 * become photo rows, other tables plain tables.
 */
export async function docxBlocks(
  archive: ZipArchive,
  addPhoto: AddPhoto,
  { parallelism = PHOTOS_AT_ONCE, onPhotos, later }: DocxOptions = {},
): Promise<DocxContent> {
  // A zip found by walking it has no directory to find a photo in again: its photos are read now.
  const heads = later && !archive.partial ? new WeakMap<Buffer, string>() : undefined;
  if (!heads) archive.prefetch('word/media/', PREFETCH_BYTES);
  const unreadableParts = await archive.dropUnreadable(SIDE_PARTS);
  const { model, relationships, referenced, textSalvaged } = await readDocxPackage(archive);
  // Refused before any of them is read.
  checkPhotos(referenced.size);
  const paragraphs = allParagraphs(model.body);
  const notes = inlineNotes(paragraphs, model);
  const addOrLeave = heads && later ? addNowOrLater(archive, heads, later, addPhoto) : addPhoto;
  const pictures = new PictureReader(archive, relationships, addOrLeave, bounded(parallelism), heads);
  const reader = new DocxReader(
    model,
    pictures,
    notes.texts,
    headingListNumbers(paragraphs, model.styles, model.lists),
    listItemNumbers(paragraphs, model.styles, model.lists),
    softWrap(paragraphs),
    outlineOf(model),
  );
  reader.blocks(model.body);
  reader.closeCaseBox();
  await pictures.taken(onPhotos);
  const counts: DocxCounts = {
    ...model.counts,
    picturesNotFound: pictures.notFound,
    picturesMissed: [...referenced].filter((path) => !pictures.read.has(path)).length,
    brokenListLinks: model.listStyleLinks.filter((id) => model.styles.get(id)?.type !== 'numbering').length,
    signatures: reader.signatures,
  };
  const linked = pictures.linked.map(({ images, slot, link }) => ({ block: reader.out.indexOf(images), slot, link }));
  return {
    blocks: withoutFrontHeadingStyles(reader.out),
    inlinedNotes: notes.inlined,
    counts,
    styledNumbering: styledHeadingNumbering(model, paragraphs),
    linked,
    unreadableParts,
    textSalvaged,
    unwrapped: reader.unwrapped,
  };
}

/**
 * How the document's styled headings stand: the report's title in a heading style (coverTitleIndex), and how far its
 * levels move up (levelShift).
 */
interface Outline {
  coverTitle: DocxParagraph | null;
  shift: number;
}

/** How many of the document's first paragraphs the cover's title is looked for among. */
const COVER_PARAGRAPHS = 40;

function outlineOf(model: DocxModel): Outline {
  const top = model.body.filter((b): b is DocxParagraph => b.kind === 'paragraph');
  const lines = top.map((p) => ({
    text: paragraphText(p),
    level: headingLevel(p, model.styles),
    centred: p.alignment === 'center',
  }));
  const at = coverTitleIndex(lines.slice(0, COVER_PARAGRAPHS));
  return { coverTitle: at === null ? null : top[at]!, shift: levelShift(lines.filter((_, i) => i !== at)) };
}

/**
 * Where pictures read as their heads (`heads`, by zip entry) go: each JPEG or PNG is left in the
 * source, to read after the report opens; anything else is read whole now and goes to `addPhoto`.
 */
function addNowOrLater(
  archive: ZipArchive,
  heads: WeakMap<Buffer, string>,
  later: PhotosLater,
  addPhoto: AddPhoto,
): AddPhoto {
  return async (head, name) => {
    const entry = heads.get(head);
    const described = entry === undefined ? null : archive.describe(entry);
    if (entry === undefined || !described) return addPhoto(head, name);
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
    return addPhoto(bytes, name);
  };
}

/**
 * The document model has no footnotes, and a report's footnotes say things that must not be
 * lost (数据来源…). Each note mark is given the note's text, in brackets, to stand where it was.
 */
function inlineNotes(
  paragraphs: readonly DocxParagraph[],
  model: DocxModel,
): { texts: Map<DocxNoteMark, string>; inlined: string[] } {
  const texts = new Map<DocxNoteMark, string>();
  const inlined: string[] = [];
  for (const paragraph of paragraphs) {
    for (const inline of paragraph.inlines) {
      if (inline.kind !== 'note') continue;
      const body = allParagraphs(model.notes.get(`${inline.type}:${inline.id}`) ?? []);
      const text = body
        .map((p) => runsText(paragraphContent(p).runs).trim())
        .filter(Boolean)
        .join(' ');
      if (!text) continue;
      const value = `（${zh.importing.noteInText}${text}）`;
      inlined.push(value);
      texts.set(inline, value);
    }
  }
  return { texts, inlined };
}

/**
 * Content types by a picture's extension, as Word's [Content_Types].xml names them: the name a picture without alt text
 * gets.
 */
const PICTURE_TYPES: Readonly<Record<string, string>> = {
  jpg: 'jpeg',
  jpeg: 'jpeg',
  png: 'png',
  gif: 'gif',
  bmp: 'bmp',
  tif: 'tiff',
  tiff: 'tiff',
  emf: 'x-emf',
  wmf: 'x-wmf',
  svg: 'svg+xml',
  webp: 'webp',
};

/**
 * Reads the document's pictures out of the zip, at most `limit` at once, each only when its turn
 * comes, into the slots of the blocks that show them.
 */
class PictureReader {
  /** The zip paths of the pictures read (or begun). */
  readonly read = new Set<string>();
  /** The pictures only linked from the document: their figure's block, place in it, and path as the .docx gives it. */
  readonly linked: { images: SourceImages; slot: number; link: string }[] = [];
  notFound = 0;
  private count = 0;
  private readonly pending: Promise<void>[] = [];

  constructor(
    private readonly archive: ZipArchive,
    private readonly relationships: ReadonlyMap<string, Relationship>,
    private readonly addPhoto: AddPhoto,
    private readonly limit: ReturnType<typeof bounded>,
    /** Given, a picture is read as its head only (its first bytes), whose entry is kept here. */
    private readonly heads: WeakMap<Buffer, string> | undefined,
  ) {}

  /**
   * A block of photos whose refs are filled in as each is stored. A chart, or a picture
   * whose relationship is lost, is a place for a photo still to come ('missing'); one only linked
   * to a file outside the .docx (插入图片 → 链接到文件) too, its path noted.
   */
  block(
    pictures: readonly (DocxPicture | 'missing')[],
    extra: Partial<Omit<SourceImages, 'kind' | 'images'>> = {},
  ): SourceImages {
    const block: SourceImages = { kind: 'images', images: pictures.map(() => 'missing'), captions: [], ...extra };
    pictures.forEach((picture, slot) => {
      if (picture === 'missing' || picture.chart) return;
      const relationship = this.relationships.get(picture.relationship);
      if (!relationship) {
        this.notFound += 1;
        return;
      }
      this.count += 1;
      if (relationship.external || picture.linked) {
        this.linked.push({ images: block, slot, link: relationship.target });
        return;
      }
      const ext = relationship.target.split('.').pop()?.toLowerCase() ?? '';
      const name = picture.description.trim() || `image${this.count}.${PICTURE_TYPES[ext] ?? (ext || 'png')}`;
      block.images[slot] = null;
      this.pending.push(
        this.limit(async () => {
          const bytes = await this.bytes(relationship.target);
          block.images[slot] = bytes ? await this.addPhoto(bytes, name) : null;
        }),
      );
    });
    return block;
  }

  /**
   * A picture's bytes (or head); null where its data in the zip is missing or damaged: an unreadable picture, noted as
   * such.
   */
  private async bytes(path: string): Promise<Buffer | null> {
    this.read.add(path);
    if (this.heads && this.archive.has(path)) {
      const head = pictureHead((length) => this.archive.head(path, length));
      this.heads.set(head, path);
      return head;
    }
    try {
      return await this.archive.read(path);
    } catch (err) {
      if (err instanceof ReportError && err.error.code === 'IMPORT_BAD_DOCX') return null;
      throw err;
    }
  }

  /** Waits for every photo; the first failure is thrown once none is still running (nothing left writing). */
  async taken(onPhotos?: PhotoProgress): Promise<void> {
    if (onPhotos) {
      let done = 0;
      onPhotos(0, this.pending.length);
      const oneMore = () => {
        done += 1;
        onPhotos(done, this.pending.length);
      };
      for (const photo of this.pending) photo.then(oneMore).catch(() => {});
    }
    const failed = (await Promise.allSettled(this.pending)).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

class DocxReader {
  readonly out: SourceBlock[] = [];
  /** A case boxed by paragraph borders is open: its box's paragraphs are still coming. */
  private caseBoxOpen = false;
  /** Small pictures left out of tables of text (isSignature). */
  signatures = 0;
  readonly unwrapped: DocxContent['unwrapped'] = { joined: 0, example: null };
  constructor(
    private readonly model: DocxModel,
    private readonly pictures: PictureReader,
    /** The text each footnote mark stands for (inlineNotes). */
    private readonly notes: ReadonlyMap<DocxNoteMark, string>,
    /** The numbers Word draws for headings numbered by its lists, typed in (headingListNumbers). */
    private readonly typedNumbers: ReadonlyMap<DocxParagraph, string>,
    /** The number Word draws before each list paragraph (listItemNumbers): where a list goes on counting. */
    private readonly listNumbers: ReadonlyMap<DocxParagraph, number>,
    /** Printed lines pasted with a line break each (softWrap), when the document has them. */
    private readonly softWrapped: SoftWrap | null,
    private readonly outline: Outline,
  ) {}

  blocks(blocks: readonly DocxBlock[]): void {
    for (const block of blocks) {
      if (block.kind === 'paragraph') this.paragraph(block);
      else this.table(block);
    }
  }

  private paragraph(p: DocxParagraph): void {
    if (this.isTocEntry(p)) {
      // A 目录 is regenerated from the headings; its title goes with it.
      const last = this.out.at(-1);
      if (last?.kind === 'para' && isTocTitle(runsText(last.runs))) this.out.pop();
      return;
    }
    const { runs: own, pictures, pageBreak } = paragraphContent(p, this.notes, LINE_BREAK);
    const label = this.typedNumbers.get(p);
    // Front and back matter whose number the template switched off (摘要, 参考文献) stays unnumbered: an
    // unnumbered heading where its style is one, else a bold line; never a chapter.
    const unnumbered = numberingSwitchedOff(p, this.model.styles, this.model.lists);
    const unnumberedLevel = unnumbered ? this.levelOf(p) : undefined;
    const runs = label
      ? [{ text: label }, ...own]
      : unnumbered && !unnumberedLevel
        ? own.map((run) => ({ ...run, bold: true }))
        : own;
    // A page ends before a paragraph holding no more than a page break, after one ending its section.
    if (pageBreak && runsText(runs).trim() === '') this.endPage();
    const boxed =
      p.boxed === true || styleChain(this.model.styles, p.styleId).find((s) => s.boxed !== null)?.boxed === true;
    // A case set in a box of paragraph borders or shading (边框和底纹) ends where the box does.
    const opensCase = boxed && matchCaseLabel(runsText(runs).trim()) !== null;
    if (!boxed || opensCase) this.closeCaseBox();
    if (opensCase) {
      this.out.push({ kind: 'case-box', edge: 'start' });
      this.caseBoxOpen = true;
    }
    const level = unnumbered ? unnumberedLevel : this.levelOf(p);
    const list = label === undefined && !unnumbered ? this.listItem(p) : null;
    // A heading or list item broken with Shift+Enter is one still; body text is parted where a line opens a block.
    const lines = level || list ? [joinLineBreaks(runs)] : (this.unwrap(runs) ?? linesOf(runs));
    if (pictures.length)
      this.out.push(this.pictures.block(pictures, lines.some((l) => runsText(l).trim()) ? { besideText: true } : {}));
    for (const line of lines) this.line(p, line, level, list, unnumbered);
    if (p.sectionBreak === 'page') this.endPage();
    // A text box's paragraphs follow the paragraph it is anchored in.
    for (const box of p.boxes) this.blocks(box);
  }

  /** A paragraph's heading level: none for the report's title set in a heading style at the top (it is the cover's). */
  private levelOf(p: DocxParagraph): StyleLevel | undefined {
    const level = p === this.outline.coverTitle ? null : headingLevel(p, this.model.styles);
    return level === null ? undefined : (Math.max(1, Math.min(4, level - this.outline.shift)) as StyleLevel);
  }

  /** The list a paragraph is an item of, and its depth: its own list level, else a list level that names its style. */
  private listItem(p: DocxParagraph): SourceListItem | null {
    const { lists } = this.model;
    const own = p.numbering;
    let level = own ? lists.get(own.numId)?.levels.get(own.ilvl) : undefined;
    let depth = own?.ilvl ?? 0;
    if (!own && p.styleId !== null) {
      for (const list of lists.values()) {
        const found = [...list.levels].find(([, l]) => l.style === p.styleId);
        if (found) [depth, level] = found;
        if (found) break;
      }
    }
    if (!level) return null;
    const number = this.listNumbers.get(p);
    return { ordered: level.format !== 'bullet', depth, ...(number !== undefined && { number }) };
  }

  /** Word's 目录 entries (styles "toc 1"…, "目录 1"…): the TOC is regenerated, not imported. */
  private isTocEntry(p: DocxParagraph): boolean {
    const name = p.styleId === null ? '' : (this.model.styles.get(p.styleId)?.name ?? '');
    return /^(?:toc|目录)\s*[1-9]$/i.test(name) || /^toc[1-9]$/i.test(p.styleId ?? '');
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
      const { blocks, joined, example } = unwrapLines(
        text.map((line) => para(line)),
        width,
      );
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

  /**
   * Ends a case boxed by paragraph borders, if one is open: at the first paragraph outside the box, or the document's
   * end.
   */
  closeCaseBox(): void {
    if (this.caseBoxOpen) this.out.push({ kind: 'case-box', edge: 'end' });
    this.caseBoxOpen = false;
  }

  /** One line of a paragraph (all of it, unless line breaks part it): a heading, a caption under a photo, or text. */
  private line(
    p: DocxParagraph,
    runs: Runs,
    level: StyleLevel | undefined,
    list: SourceListItem | null,
    unnumbered = false,
  ): void {
    const text = runsText(runs).trim();
    if (isMissingPhotoMark(text)) return void this.out.push({ kind: 'images', images: ['missing'], captions: [] });
    if (text === '') return;
    const last = this.out.at(-1);
    if (
      !level &&
      last?.kind === 'images' &&
      last.images.length === 1 &&
      last.captions.length === 0 &&
      this.isUnnumberedCaption(p, text)
    ) {
      last.captions.push(trimRuns(runs));
      return;
    }
    if (level) this.out.push(para(runs, { styleLevel: level, ...(unnumbered && { unnumbered: true as const }) }));
    else this.out.push(para(runs, list ? { list } : {}));
  }

  /**
   * A caption typed without "图N" under a photo: a line in Word's caption style (题注), or a short
   * centred line that is no heading, case or table caption. One with "图N" is read as a caption
   * line anyway, and its typed number checked.
   */
  private isUnnumberedCaption(p: DocxParagraph, text: string): boolean {
    if (matchFigureCaptions(text)) return false;
    const name = p.styleId === null ? '' : (this.model.styles.get(p.styleId)?.name ?? '');
    if (/^(?:caption|题注)$/i.test(name)) return true;
    return (
      p.alignment === 'center' &&
      isShortLine(text) &&
      !/[。！？]$/.test(text) &&
      !matchHeadingNumber(text) &&
      !matchCaseLabel(text) &&
      !matchTableCaption(text)
    );
  }

  /**
   * A frame (a table of one cell, or one column opening with a case label: how Word users box a
   * case) is read for what it holds, and a case in it ends with it. Photos laid out in a table
   * (one row of photos, captions in the same or the next row) are a figure row. Any other table
   * stays a table, and photos among its text follow it.
   */
  private table(table: DocxTable): void {
    const frame = this.frameOf(table);
    if (frame) {
      this.closeCaseBox();
      if (frame === 'case') this.out.push({ kind: 'case-box', edge: 'start' });
      for (const row of table.rows) for (const cell of row.cells) this.blocks(cell.blocks);
      if (frame === 'case') this.out.push({ kind: 'case-box', edge: 'end' });
      return;
    }
    const rows = mergedRows(table);
    const cells = rows.map((row) =>
      row.cells.map((c) => ({ ...this.cellContent(c.cell.blocks), colSpan: c.colSpan, rowSpan: c.rowSpan })),
    );
    const photoRows = cells.every((row) => row.every((c) => c.texts.every((t) => isShortLine(runsText(t)))))
      ? figureRows(cells)
      : null;
    if (!photoRows) {
      // A caption typed in a first row merged across the table ("表1 各校招生情况") is the table's caption.
      const title = cells.length > 1 && cells[0]!.length === 1 && cells[1]!.length > 1 ? cells[0]![0]!.texts : [];
      const captioned = title.length === 1 && matchTableCaption(runsText(title[0]!)) !== null;
      if (captioned) this.out.push(para(title[0]!));
      const body = captioned ? cells.slice(1) : cells;
      const header = rows[captioned ? 1 : 0]?.header ?? false;
      // Bold and italic in cells are kept, and merged cells stay merged.
      this.out.push({
        kind: 'table',
        rows: body.map((row) => row.map((c) => ({ paragraphs: c.texts, colSpan: c.colSpan, rowSpan: c.rowSpan }))),
        header,
      });
      const pictures = cells.flatMap((row) => row.flatMap((c) => c.images)).filter((image) => image !== 'missing');
      const images = pictures.filter((picture) => !isSignature(picture));
      this.signatures += pictures.length - images.length;
      if (images.length > 0) this.out.push(this.pictures.block(images, { fromTable: true }));
      return;
    }
    for (const { images, captions } of photoRows) this.out.push(this.pictures.block(images, { captions }));
  }

  /**
   * A box drawn around content rather than a table: one cell, or one column whose first cell
   * opens with 【案例N】. 'case' when the box holds a case, which then ends with it.
   */
  private frameOf(table: DocxTable): 'case' | 'box' | null {
    const { rows } = table;
    if (rows.length === 0 || rows.some((row) => row.cells.length !== 1)) return null;
    const first = this.cellContent(rows[0]!.cells[0]!.blocks).texts[0];
    if (first !== undefined && matchCaseLabel(runsText(first)) !== null) return 'case';
    return rows.length === 1 ? 'box' : null;
  }

  /**
   * A cell's photos (and ［照片待补］ places) and its other paragraphs, those of its text boxes and inner tables included.
   */
  private cellContent(blocks: readonly DocxBlock[]): { images: (DocxPicture | 'missing')[]; texts: Runs[] } {
    const images: (DocxPicture | 'missing')[] = [];
    const texts: Runs[] = [];
    for (const paragraph of allParagraphs(blocks)) {
      const { runs: own, pictures } = paragraphContent(paragraph, this.notes);
      images.push(...pictures);
      const runs = trimRuns(own);
      if (isMissingPhotoMark(runsText(runs))) images.push('missing');
      else if (runs.length) texts.push(runs);
    }
    return { images, texts };
  }
}

/**
 * A table's rows with each cell's spans: a cell merged with those below it (w:vMerge) spans their
 * rows, and the cells its merge covers are left out.
 */
function mergedRows(
  table: DocxTable,
): { header: boolean; cells: { cell: DocxCell; colSpan: number; rowSpan: number }[] }[] {
  const rows: { header: boolean; cells: { cell: DocxCell; colSpan: number; rowSpan: number }[] }[] = [];
  /** The cell a vertical merge started in, by the grid column it starts at. */
  const opened = new Map<number, { rowSpan: number }>();
  for (const row of table.rows) {
    const cells: { cell: DocxCell; colSpan: number; rowSpan: number }[] = [];
    let column = 0;
    for (const cell of row.cells) {
      const above = cell.verticalMerge === 'continue' ? opened.get(column) : undefined;
      if (above) above.rowSpan += 1;
      else {
        const out = { cell, colSpan: cell.colSpan, rowSpan: 1 };
        cells.push(out);
        if (cell.verticalMerge === 'restart') opened.set(column, out);
        else opened.delete(column);
      }
      column += cell.colSpan;
    }
    rows.push({ header: row.header, cells });
  }
  return rows;
}

/**
 * A table's rows as figures: each row of photos with the captions in it or, when it has none, in
 * the next row. Null when the table holds no photo, or a row of text that is no photo's caption
 * (a form holding a signature picture: its text would be lost as the pictures were kept).
 */
function figureRows<Image>(
  cells: readonly (readonly { images: Image[]; texts: Runs[] }[])[],
): { images: Image[]; captions: Runs[] }[] | null {
  const rows: { images: Image[]; captions: Runs[] }[] = [];
  for (let r = 0; r < cells.length; r += 1) {
    const images = cells[r]!.flatMap((c) => c.images);
    let captions = cells[r]!.flatMap((c) => cellCaptions(c.texts));
    if (images.length === 0) {
      if (captions.length > 0) return null;
      continue;
    }
    const next = cells[r + 1];
    if (captions.length === 0 && next && next.every((c) => c.images.length === 0)) {
      captions = next.flatMap((c) => cellCaptions(c.texts));
      r += 1;
    }
    rows.push({ images, captions });
  }
  return rows.length > 0 ? rows : null;
}

/**
 * A caption cell's captions: a caption wrapped onto a second paragraph in its cell (图42 …“百园百校 ⏎
 * 万企”…现场) goes on in it; only a line opening with 图N starts another. Taken for captions of
 * their own, the lines of two side-by-side captions were paired with the photos out of step.
 */
function cellCaptions(texts: readonly Runs[]): Runs[] {
  const captions: Runs[] = [];
  for (const text of texts) {
    const last = captions.at(-1);
    if (last && !matchFigureCaptions(runsText(text))) appendLine(last, text, runsText(last).slice(-1));
    else captions.push(text.map((run) => ({ ...run })));
  }
  return captions;
}

/** Larger than a signature or a seal on the page (cm): a form's photo (a portrait, a site) is. */
const SIGNATURE_MAX = { width: 6, height: 4 };

/** A picture set small in a table of text: a signature or seal in a form, which is no figure of the report. */
function isSignature(picture: DocxPicture): boolean {
  return (
    picture.widthCm !== null &&
    picture.heightCm !== null &&
    picture.widthCm <= SIGNATURE_MAX.width &&
    picture.heightCm <= SIGNATURE_MAX.height
  );
}

function isTocTitle(text: string): boolean {
  return /^(?:目\s*录|contents)$/i.test(text.trim());
}

/** In a table of photos, every text is a caption: short, one sentence at most. */
function isShortLine(text: string): boolean {
  return text.length <= 60 && !/[。！？]./.test(text);
}
