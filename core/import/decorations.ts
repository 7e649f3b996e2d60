import type { FigureImageRef } from '../document/nodes';
import type { SourceBlock } from './source-blocks';

/** No photo is this small (pixels on its longer side): an icon, a bullet drawn as a picture. */
const MAX_ICON = 64;
/** Nor this thin: a rule drawn as a picture between sections. */
const MAX_RULE = 8;

/** Whether a picture is an ornament (an icon, a rule) rather than a photo. */
export function isDecoration(image: FigureImageRef): boolean {
  return Math.max(image.width, image.height) <= MAX_ICON || Math.min(image.width, image.height) <= MAX_RULE;
}

/**
 * Templates draw icons, bullets and rules as pictures; as figures they would be numbered and
 * reported as photos without captions. Pictures that small are left out (counted for a note),
 * unless they are all a row holds and it captions them.
 */
export function leaveOutDecorations(blocks: readonly SourceBlock[]): { blocks: SourceBlock[]; left: number } {
  let left = 0;
  const out = blocks.flatMap((block): SourceBlock[] => {
    if (block.kind !== 'images') return [block];
    const images = block.images.filter((image) => image === null || image === 'missing' || !isDecoration(image));
    // Captioned in its own row, a small picture is a figure all the same.
    if (images.length === block.images.length || (images.length === 0 && block.captions.length > 0)) return [block];
    left += block.images.length - images.length;
    return images.length > 0 ? [{ ...block, images, captions: block.captions.slice(0, images.length) }] : [];
  });
  return { blocks: out, left };
}
