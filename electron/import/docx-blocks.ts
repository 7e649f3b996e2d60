import mammoth from 'mammoth';
import { ReportError } from '../../core/errors';
import type { FigureImageRef } from '../../core/document/nodes';
import { matchFigureCaptions } from '../../core/import/caption-patterns';
import { type Runs, runsText, sliceRuns, trimRuns } from '../../core/import/inline-runs';
import { type SourceBlock, para } from '../../core/import/source-blocks';

/** The parts of mammoth's document tree that import reads (mammoth ships no types for it). */
interface MNode {
  type: string;
  children?: MNode[];
}
interface MParagraph extends MNode {
  styleName: string | null;
  styleId: string | null;
  numbering: { isOrdered: boolean } | null;
}
interface MRun extends MNode {
  isBold: boolean;
  isItalic: boolean;
  isUnderline: boolean;
}
interface MImage extends MNode {
  contentType?: string;
  altText?: string;
  readAsBuffer(): Promise<Buffer>;
}
interface MRow extends MNode {
  isHeader?: boolean;
}

/** Stores one photo of the document and says how the figure refers to it. */
export type ImageSink = (bytes: Buffer, name: string) => Promise<FigureImageRef | null>;

/**
 * A .docx read through mammoth's document tree (not its HTML): paragraphs with their Word
 * heading style, list numbering and bold/italic/underline (fonts, colours and sizes are not
 * read, so they are dropped); photos handed to `sink`; tables of photos and captions become
 * photo rows, other tables plain tables.
 */
export async function docxBlocks(bytes: Buffer, sink: ImageSink): Promise<SourceBlock[]> {
  let root: MNode | null = null;
  try {
    await mammoth.convertToHtml(
      { buffer: bytes },
      {
        // Photos are read from the tree below; mammoth's own image output is not wanted.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (doc: MNode) => {
          root = doc;
          return doc;
        },
      },
    );
  } catch (err) {
    throw new ReportError('IMPORT_BAD_DOCX', (err as Error).message);
  }
  if (!root) throw new ReportError('IMPORT_BAD_DOCX', 'no document body');
  const reader = new DocxReader(sink);
  await reader.blocks((root as MNode).children ?? []);
  return reader.out;
}

class DocxReader {
  readonly out: SourceBlock[] = [];
  private imageCount = 0;
  constructor(private readonly sink: ImageSink) {}

  async blocks(nodes: readonly MNode[]): Promise<void> {
    for (const node of nodes) {
      if (node.type === 'paragraph') await this.paragraph(node as MParagraph);
      else if (node.type === 'table') await this.table(node);
      else if (node.children) await this.blocks(node.children);
    }
  }

  private async paragraph(p: MParagraph): Promise<void> {
    const { runs, images } = inline(p);
    if (images.length) this.out.push({ kind: 'images', images: await this.store(images), captions: [] });
    if (runsText(runs).trim() === '') return;
    const level = headingLevel(p);
    if (level) this.out.push(para(runs, { styleLevel: level }));
    else this.out.push(para(runs, p.numbering ? { list: { ordered: p.numbering.isOrdered } } : {}));
  }

  /** Photos laid out in a table (one row of photos, captions in the same or the next row) are a figure row. */
  private async table(table: MNode): Promise<void> {
    const rows = (table.children ?? []).filter((r) => r.type === 'tableRow') as MRow[];
    const cells = rows.map((row) => (row.children ?? []).map((cell) => cellContent(cell.children ?? [])));
    const photoTable = cells.some((row) => row.some((c) => c.images.length > 0)) && cells.every((row) => row.every((c) => c.texts.every(isShortLine)));
    if (!photoTable) {
      this.out.push({ kind: 'table', rows: cells.map((row) => row.map((c) => c.texts.map(runsText).join('\n'))), header: rows[0]?.isHeader ?? false });
      return;
    }
    for (let r = 0; r < cells.length; r += 1) {
      const images = cells[r]!.flatMap((c) => c.images);
      let captions = cells[r]!.flatMap((c) => c.texts);
      if (images.length === 0) continue;
      const next = cells[r + 1];
      if (captions.length === 0 && next && next.every((c) => c.images.length === 0)) {
        captions = next.flatMap((c) => c.texts);
        r += 1;
      }
      this.out.push({ kind: 'images', images: await this.store(images), captions: captions.map(captionText) });
    }
  }

  private async store(images: MImage[]): Promise<(FigureImageRef | null)[]> {
    const refs: (FigureImageRef | null)[] = [];
    for (const image of images) {
      this.imageCount += 1;
      const ext = (image.contentType ?? 'image/png').split('/')[1] ?? 'png';
      refs.push(await this.sink(await image.readAsBuffer(), image.altText?.trim() || `image${this.imageCount}.${ext}`));
    }
    return refs;
  }
}

function headingLevel(p: MParagraph): 1 | 2 | 3 | 4 | undefined {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(p.styleName ?? '') ?? /^heading([1-9])$/i.exec(p.styleId ?? '');
  return m ? (Math.min(4, Number(m[1])) as 1 | 2 | 3 | 4) : undefined;
}

function inline(node: MNode, format: { bold?: boolean; italic?: boolean; underline?: boolean } = {}): { runs: Runs; images: MImage[] } {
  const runs: Runs = [];
  const images: MImage[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'run') {
      const r = child as MRun;
      const sub = inline(r, { bold: r.isBold, italic: r.isItalic, underline: r.isUnderline });
      runs.push(...sub.runs);
      images.push(...sub.images);
    } else if (child.type === 'text') runs.push({ text: (child as MNode & { value: string }).value, ...format });
    else if (child.type === 'tab' || child.type === 'break') runs.push({ text: ' ', ...format });
    else if (child.type === 'image') images.push(child as MImage);
    else if (child.children) {
      const sub = inline(child, format);
      runs.push(...sub.runs);
      images.push(...sub.images);
    }
  }
  return { runs: runs.filter((r) => r.text.length > 0), images };
}

function cellContent(nodes: readonly MNode[]): { images: MImage[]; texts: Runs[] } {
  const images: MImage[] = [];
  const texts: Runs[] = [];
  for (const node of nodes) {
    const sub = inline(node);
    images.push(...sub.images);
    const runs = trimRuns(sub.runs);
    if (runs.length) texts.push(runs);
  }
  return { images, texts };
}

/** In a table of photos, every text is a caption: short, one sentence at most. */
function isShortLine(runs: Runs): boolean {
  const text = runsText(runs);
  return text.length <= 60 && !/[。！？]./.test(text);
}

/** A caption paragraph without its typed "图N" (numbers are regenerated). */
function captionText(runs: Runs): Runs {
  const text = runsText(runs);
  const match = matchFigureCaptions(text)?.[0];
  if (!match) return runs;
  return trimRuns(sliceRuns(runs, match.text ? text.indexOf(match.text) : text.length));
}
