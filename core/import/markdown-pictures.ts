import { markedCaption } from './caption-marks';
import { matchFigureCaptions } from './caption-patterns';
import type { Runs } from './inline-runs';
import { inlineMarkdown } from './markdown-inline';
import { type SourceBlock, type SourceImages, para } from './source-blocks';

/**
 * Markdown's pictures: ![alt](path) and <img src>, each a figure whose photo the file import reads in from its link.
 */

/**
 * ![alt](path "title"), ![alt](<path with spaces>), and the <img src alt> HTML that editors export for sized pictures.
 */
const IMAGE = /!\[([^\]]*)\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|<img\b[^>]*>/gi;
const HTML_ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

/** The pictures of a line, in order, and the words around them. */
export function lineImages(line: string): { images: { alt: string; link: string }[]; text: string } {
  const images = [...line.matchAll(IMAGE)].flatMap((m) => {
    if (m[2] !== undefined) return [{ alt: m[1]!.trim(), link: m[2].replace(/^<|>$/g, '') }];
    const attribute = (name: string) =>
      HTML_ATTRIBUTE(name)
        .exec(m[0])
        ?.slice(1)
        .find((v) => v !== undefined) ?? '';
    const link = attribute('src');
    return link ? [{ alt: attribute('alt').trim(), link }] : [];
  });
  return {
    images,
    text: line
      .replace(IMAGE, ' ')
      .replace(/[\s\u3000]+/g, ' ')
      .trim(),
  };
}

/** Pictures, each a place for its photo until the file import reads its link in. */
export function imagesBlock(images: readonly { link: string }[], captions: Runs[]): SourceImages {
  return {
    kind: 'images',
    images: images.map(() => 'missing' as const),
    captions,
    links: images.map((image) => image.link),
  };
}

/** Longer text in a table's cells is a table of text, not photos with their captions. */
const MAX_CAPTION_CELL = 80;

/**
 * A table laying out photos (a row of pictures, their captions in the same row or the next),
 * as the docx import reads Word's: a row of figures for each row of pictures. Null for a table
 * of text: one with a row of words not under pictures (a header), or longer text. `cells`: the
 * table's rows, its rule line left out.
 */
export function photoTable(cells: readonly (readonly string[])[]): SourceBlock[] | null {
  const rows = cells.map((row) => row.map(lineImages));
  const pictured = rows.map((row) => row.some((c) => c.images.length > 0));
  const wordsAlone = rows.some((row, r) => !pictured[r] && row.some((c) => c.text) && !pictured[r - 1]);
  if (!pictured.includes(true) || wordsAlone || rows.some((row) => row.some((c) => c.text.length > MAX_CAPTION_CELL)))
    return null;
  const out: SourceBlock[] = [];
  for (let r = 0; r < rows.length; r += 1) {
    const images = rows[r]!.flatMap((c) => c.images);
    if (images.length === 0) continue;
    let captions = rows[r]!.map((c) => c.text).filter(Boolean);
    const next = rows[r + 1];
    if (captions.length === 0 && next?.every((c) => c.images.length === 0)) {
      captions = next.map((c) => c.text).filter(Boolean);
      r += 1;
    }
    out.push(imagesBlock(images, captions.map(inlineMarkdown)));
  }
  return out;
}

/** Alt text that can be a caption: words, not a file name or a bare "图片" / "image". */
function isCaptionLike(alt: string): boolean {
  return (
    /[\u4e00-\u9fff]/.test(alt) &&
    !/\.(?:png|jpe?g|gif|webp|bmp|svg|tiff?)$/i.test(alt) &&
    !/^(?:图片|照片|截图|插图|image|img|pic|photo)[\s_-]*\d*$/i.test(alt)
  );
}

/** Whether a line holds a picture. */
export function hasPictures(line: string): boolean {
  return line.search(IMAGE) >= 0;
}

/**
 * A line holding pictures: a figure or a row of them, their captions the alt texts unless a
 * caption line (`next`: 图N …, ▲ …) follows. Words before the pictures come first; words after them are
 * "beside" them (assemble places the pictures between them and a caption below).
 */
export function pictureLine(line: string, next: string): SourceBlock[] {
  const { images, text } = lineImages(line);
  const alts = images.map((image) => image.alt);
  // A caption line under the pictures (图N …, ▲ …) is theirs, whatever their alt texts say.
  const captionLine = matchFigureCaptions(next.trim()) !== null || markedCaption(next.trim()) !== null;
  const captions = !captionLine && alts.every(isCaptionLike) ? alts.map((alt) => inlineMarkdown(alt)) : [];
  const wordsFirst = line.slice(0, line.search(IMAGE)).trim() !== '';
  const words = text ? [para(inlineMarkdown(text))] : [];
  const pictures: SourceBlock = {
    ...imagesBlock(images, captions),
    ...(text && !wordsFirst && { besideText: true as const }),
  };
  return wordsFirst ? [...words, pictures] : [pictures, ...words];
}
