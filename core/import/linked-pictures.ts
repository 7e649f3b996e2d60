import { markedCaption } from './caption-marks';
import { matchFigureCaptions } from './caption-patterns';
import { type ImportNote, note } from './import-notes';
import { runsText } from './inline-runs';
import { type SourceBlock, plainLine } from './source-blocks';

/** A picture the source only links to (a Markdown path or URL, a Word picture 链接到文件) and that could not be read in. */
export interface UnreadLink {
  /** Where in `blocks` its figure stands, and which picture of the row it is. */
  block: number;
  slot: number;
  link: string;
}

/**
 * The note on a picture only linked: it quotes the link, and the figure's caption where the
 * source gives one (beside the picture, or the caption line after it), so that the note can
 * be found at the figure (体检, the import report) rather than only read.
 */
export function linkedPictureNote(
  kind: 'image-linked' | 'image-file-missing',
  blocks: readonly SourceBlock[],
  { block, slot, link }: UnreadLink,
): ImportNote {
  const caption = captionOf(blocks, block, slot);
  return note(kind, caption ? `${link}｜${caption}` : link);
}

function captionOf(blocks: readonly SourceBlock[], at: number, slot: number): string | null {
  const images = blocks[at];
  if (images?.kind !== 'images') return null;
  const beside = images.captions[slot];
  if (beside) return runsText(beside).trim() || null;
  const next = plainLine(blocks[at + 1]);
  if (next === null) return null;
  return matchFigureCaptions(next)?.[slot]?.text || markedCaption(next, slot) || null;
}
