import { Document, ImageRun, Packer, Paragraph } from 'docx';
import { syntheticReport } from '../fixtures/synthetic-report';
import { editDocx, wpsTextBox } from './edit-docx';
import { printedLines } from './printed-lines';

/** What a PDF converter keeps of a report's printed pages: their running header, and their numbers. */
export const RUNNING_HEADER = `${syntheticReport().coverInfo.title}（2025年）`;
const pageNumber = (n: number) => `- ${n} -`;

/**
 * Where a page end may not cut a line: after punctuation, or before it (no printed line starts with it), or before what
 * would read as a number, a caption or a label; nor after a space, which the converter drops with the line's end.
 */
const NO_CUT_AFTER = /[。！？；：:;!?，、（“\s]/;
const NO_CUT_BEFORE = /[\s\d（(【图”）。，、；：！？]/;
/** A cut leaves at least this much on each side: a PDF's lines are longer. */
const MIN_PIECE = 20;
/** The text a photo takes the room of on a page. */
const PHOTO_CHARS = 300;

/** A paragraph of the converted file: a line of text, or a row of photos. */
type ConvertedLine = string | { photos: number };

/**
 * A report's text as a PDF converter gives it in Word (pdf2docx, WPS PDF转Word): a section per printed
 * page of about `pageChars` characters (convertedPages). A line running over a page end is cut
 * there into two paragraphs. With `photo`, each caption line has as many photos above it as it
 * has captions, and a page past half full ends between the photos and their caption. Returns
 * the file and its cuts.
 */
export async function pdfConvertedDocx(
  text: string,
  { pageChars = 900, photo, pasted = false }: { pageChars?: number; photo?: Buffer; pasted?: boolean } = {},
): Promise<{ bytes: Buffer; cuts: number }> {
  const pages: ConvertedLine[][] = [];
  let page: ConvertedLine[] = [];
  let used = 0;
  let cuts = 0;
  const endPage = () => {
    pages.push(page);
    [page, used] = [[], 0];
  };
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (!line) continue;
    const captions = photo && /^图\s*\d/.test(line) ? (line.match(/(?:^|\s)图\s*\d+/g)?.length ?? 0) : 0;
    if (captions) {
      if (used + PHOTO_CHARS > pageChars) endPage();
      page.push({ photos: captions });
      used += PHOTO_CHARS;
      if (used > pageChars / 2) endPage();
    }
    while (used + line.length > pageChars) {
      const cut = cutAt(line, Math.max(MIN_PIECE, pageChars - used));
      if (cut === null) break;
      page.push(line.slice(0, cut));
      cuts += 1;
      endPage();
      line = line.slice(cut);
    }
    if (used + line.length > pageChars && page.length) endPage();
    page.push(line);
    used += line.length;
  }
  endPage();
  return { bytes: await convertedPages(pages, photo, pasted), cuts };
}

/**
 * The text as a converter gives it that keeps every printed line (`width` half-width units) a
 * paragraph of its own, `pageLines` of them a page.
 */
export async function pdfConvertedLinesDocx(text: string, width: number, pageLines = 30): Promise<Buffer> {
  const lines = text.split('\n').flatMap((line) => (line.trim() ? printedLines(line.trim(), width) : []));
  return convertedPages(
    Array.from({ length: Math.ceil(lines.length / pageLines) }, (_, i) =>
      lines.slice(i * pageLines, (i + 1) * pageLines),
    ),
  );
}

/**
 * The same set as a converter's 版式优先 (layout first) mode sets it: each printed line a text
 * box of its own, a page's boxes anchored in one empty paragraph, each page a section.
 */
export async function pdfConvertedBoxesDocx(text: string, width: number, pageLines = 30): Promise<Buffer> {
  return editDocx(await pdfConvertedLinesDocx(text, width, pageLines), {
    'word/document.xml': (xml) =>
      xml.replace(/<w:body>([\s\S]*)<\/w:body>/, (_, body: string) => {
        // Paragraphs (one holding a section break among them), and the body's own last section.
        const parts = body.match(/<w:p\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>|<w:sectPr[\s\S]*?<\/w:sectPr>/g) ?? [];
        const pages: string[] = [];
        let page: string[] = [];
        for (const part of parts) {
          if (!part.includes('<w:sectPr')) {
            page.push(part);
            continue;
          }
          if (page.length) pages.push(`<w:p><w:r>${page.map(wpsTextBox).join('')}</w:r></w:p>`);
          pages.push(part);
          page = [];
        }
        return `<w:body>${pages.join('')}</w:body>`;
      }),
  });
}

/**
 * Each page a section: the running header (from the second), the page's text, its number, then
 * an empty paragraph holding the section break. `pasted`: the same lines in one section, as a PDF
 * reader's 全选 and 复制 give them (headers and numbers among the text) pasted into Word.
 */
async function convertedPages(pages: readonly ConvertedLine[][], photo?: Buffer, pasted = false): Promise<Buffer> {
  const paragraph = (line: ConvertedLine) =>
    typeof line === 'string'
      ? new Paragraph(line)
      : new Paragraph({
          children: Array.from(
            { length: line.photos },
            () => new ImageRun({ type: 'jpg', data: photo!, transformation: { width: 200, height: 150 } }),
          ),
        });
  const pageLines = pages.map((page, i) => [...(i ? [RUNNING_HEADER] : []), ...page, pageNumber(i + 1)].map(paragraph));
  const sections = pasted
    ? [{ children: pageLines.flat() }]
    : pageLines.map((children) => ({ children: children.concat(new Paragraph({})) }));
  return Packer.toBuffer(new Document({ sections }));
}

function cutAt(line: string, from: number): number | null {
  for (let at = from; at <= line.length - MIN_PIECE; at += 1) {
    if (!NO_CUT_AFTER.test(line[at - 1]!) && !NO_CUT_BEFORE.test(line[at]!)) return at;
  }
  return null;
}
