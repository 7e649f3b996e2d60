import type { SerializedNodeJSON } from '../document/editor-json';
import { NODE } from '../document/nodes';
import { type ErrorCode, ReportError } from '../errors';
import { MAX_REPORT_BLOCKS, MAX_REPORT_CHARS, MAX_REPORT_PHOTOS } from '../limits';
import { countChars } from '../text-count';

/** What a report holds, as its limits (core/limits.ts) count it. */
export interface ReportSize {
  chars: number;
  /** Elements that hold no element: paragraphs, headings, list items, captions, a table's cells' paragraphs. */
  blocks: number;
  /** The photos shown, each once however often. */
  photos: ReadonlySet<string>;
}

/** The size of document blocks (a whole document's root children, or blocks to insert into one). */
export function documentSize(nodes: readonly SerializedNodeJSON[]): ReportSize {
  let [chars, blocks] = [0, 0];
  const photos = new Set<string>();
  const walk = (node: SerializedNodeJSON): void => {
    if (typeof node.text === 'string') chars += countChars(node.text);
    const sha256 = (node as { sha256?: unknown }).sha256;
    if (node.type === NODE.figureImage && typeof sha256 === 'string') photos.add(sha256);
    if (!node.children) return;
    if (!node.children.some((child) => child.children)) blocks += 1;
    node.children.forEach(walk);
  };
  nodes.forEach(walk);
  return { chars, blocks, photos };
}

/** A report of `size` and the blocks `added` to it, counted together. */
export function sizeWith(size: ReportSize, added: ReportSize): ReportSize {
  const photos = new Set([...size.photos, ...added.photos]);
  return { chars: size.chars + added.chars, blocks: size.blocks + added.blocks, photos };
}

/** Refuses what a report may not hold, naming the limit passed. */
export function checkReportSize(size: ReportSize): void {
  checkChars(size.chars);
  checkBlocks(size.blocks);
  checkPhotos(size.photos.size);
}

/*
 * Each check below is also made early, on what an import has read so far, to stop reading there:
 * the characters of a text file or of a .docx's text before anything is built from them, its
 * lines as they are read, the photos a .docx refers to before any is read.
 */

export const checkChars = (chars: number) => check(chars, MAX_REPORT_CHARS, 'REPORT_TOO_MANY_CHARS', 'characters');
export const checkBlocks = (blocks: number) => check(blocks, MAX_REPORT_BLOCKS, 'REPORT_TOO_MANY_BLOCKS', 'blocks');
export const checkPhotos = (photos: number) => check(photos, MAX_REPORT_PHOTOS, 'REPORT_TOO_MANY_PHOTOS', 'photos');

function check(count: number, limit: number, code: ErrorCode, what: string): void {
  if (count > limit) throw new ReportError(code, `${count} > ${limit} ${what}`);
}
