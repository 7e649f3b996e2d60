import { markedCaption } from '../../../core/import/caption-marks';
import { nextElement } from './html-siblings';

/** Containers whose shape must stay: a picture in one keeps its own handling. */
const KEEP = 'figure, td, th, li, blockquote';

const isBlank = (element: Element): boolean => (element.textContent ?? '').trim() === '';

/**
 * The outermost element around `img` that holds nothing else (no text, no other picture): the
 * centred paragraph, or the nested sections of a WeChat article. Null when the picture sits in a
 * line of text, beside other pictures, or in a figure, table or list (the editor's own handling).
 */
function pictureHolder(img: HTMLImageElement): Element | null {
  if (img.closest(KEEP)) return null;
  let holder: Element = img;
  for (let parent = img.parentElement; parent && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    if (!isBlank(parent) || parent.querySelectorAll('img').length > 1) break;
    holder = parent;
  }
  return holder === img && img.parentElement?.tagName !== 'BODY' ? null : holder;
}

/** Takes a ▲ or 图为 caption line out of `element` (or its first block, when it holds more), or null. */
function takeCaption(element: Element): string | null {
  const text = (element.textContent ?? '').trim();
  const caption = markedCaption(text);
  if (caption !== null) {
    element.remove();
    return caption;
  }
  const first = element.firstElementChild;
  return first && text.startsWith((first.textContent ?? '').trim()) && !isBlank(first) ? takeCaption(first) : null;
}

/**
 * Web pages and WeChat articles set each picture in a centred paragraph of its own and caption it
 * on the line below (▲ …, 图为 …), as the import reads them (core/import/caption-marks.ts). Each
 * such picture becomes a <figure> with that caption in place of its paragraph, so the paste makes
 * one figure and leaves no empty centred line or stray caption behind. True when one changed.
 */
export function wrapPictures(doc: Document): boolean {
  let changed = false;
  for (const img of doc.querySelectorAll('img')) {
    const holder = pictureHolder(img);
    if (!holder) continue;
    const figure = doc.createElement('figure');
    const below = nextElement(holder);
    const caption = below && takeCaption(below);
    holder.replaceWith(figure);
    figure.append(img);
    if (caption !== null) {
      const figcaption = doc.createElement('figcaption');
      figcaption.textContent = caption;
      figure.append(figcaption);
    }
    changed = true;
  }
  return changed;
}
