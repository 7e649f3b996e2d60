import { type Runs, plainRuns, runsText } from './inline-runs';
import { type SourceBlock, type SourceImages, plainLine } from './source-blocks';

/**
 * "▲ 学生在实训基地", "图为学生在实训基地。": how web pages, WeChat articles and news copy
 * caption a photo on the line under it. ▲ may part a row's captions; 图为 ("pictured:") opens one.
 */
const CAPTION_MARK = /[▲△]/;
const MARKED = /^\s*(?:[▲△]|（?图为[：:]?)\s*/;
/** A caption is a line, not a paragraph: longer text after a photo is body text, whatever it starts with. */
const MAX_CAPTION = 60;

/**
 * Photos captioned the way web pages, WeChat articles and news caption them: the line right
 * after the photo (or a row of them, one ▲ part each) starts with ▲ or 图为. That line becomes
 * the photos' captions, without the mark; captions already found beside photos (a centred line
 * in Word) lose the mark too.
 */
export function takeMarkedCaptions(blocks: readonly SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    if (block.kind !== 'images') {
      out.push(block);
      continue;
    }
    if (block.captions.length > 0) {
      out.push({ ...block, captions: block.captions.map(withoutMark) });
      continue;
    }
    // A photo set in a paragraph of text has that text right after it, its caption after the text.
    const at = block.besideText ? i + 2 : i + 1;
    const captions = markedCaptions(blocks[at], block);
    if (!captions) {
      out.push(block);
      continue;
    }
    out.push({ ...block, captions }, ...blocks.slice(i + 1, at));
    i = at;
  }
  return out;
}

function markedCaptions(next: SourceBlock | undefined, images: SourceImages): Runs[] | null {
  const text = plainLine(next);
  if (text === null) return null;
  const captions = images.images.map((_, slot) => markedCaption(text, slot));
  return captions.every((caption) => caption !== null) ? captions.map((caption) => plainRuns(caption!)) : null;
}

/** The caption a marked line holds (of a row's ▲ line, the `slot`th part), or null for any other line. */
export function markedCaption(text: string, slot = 0): string | null {
  if (!MARKED.test(text) || text.length > MAX_CAPTION) return null;
  const parts = text
    .split(CAPTION_MARK)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > 1) return parts[slot] ?? null;
  if (slot > 0) return null;
  // A news caption is a sentence, at times in brackets: its full stop and brackets go.
  const unbracketed = /^\s*（/.test(text) ? text.replace(MARKED, '').replace(/[）)]$/, '') : text.replace(MARKED, '');
  return unbracketed.replace(/。$/, '').trim();
}

/** A caption found beside photos, without its mark (if it has one). */
function withoutMark(runs: Runs): Runs {
  const caption = markedCaption(runsText(runs).trim());
  return caption === null ? runs : plainRuns(caption);
}
