/**
 * Figure and table captions as typed: "图1 …", "图 3: …", "图29…", "图2-3 …", "表1 …".
 * One line can hold a row of captions ("图1 … 图2 …") where photos stood side by side.
 */
export interface CaptionMatch {
  /** The sequence number as typed (the last part of "2-3"), or null. */
  number: number | null;
  /** The chapter of a number typed per chapter (the 2 of "2-3"), else null. */
  chapter: number | null;
  /** The label as typed ("图 3"). */
  typed: string;
  text: string;
}

/** Longer lines, or lines holding a full stop, are body sentences that happen to start with 图N. */
export const MAX_CAPTION_LINE = 100;

const LABEL = /^([图表])[\s\u3000]*(\d{1,3}(?:[-－—.．]\d{1,3})?)(?![\d%％])[\s\u3000]*[:：.．、]?[\s\u3000]*/;
/**
 * The spaces and marks after a label's number. The look-behind lets a try start only where such a
 * run starts: else each character of a long run of spaces inside the label starts a scan to its end.
 */
const LABEL_END = /(?<![\s:：.．、])[\s:：.．、]+$/;
/** A further caption on the same line starts after white space with 图 and a number. */
const NEXT_FIGURE = /[\s\u3000]+(?=图[\s\u3000]*\d{1,3}(?![\d%％]))/g;

function labelAt(text: string, kind: '图' | '表'): (Omit<CaptionMatch, 'text'> & { length: number }) | null {
  const m = LABEL.exec(text);
  if (!m || m[1] !== kind) return null;
  const parts = m[2]!.split(/[-－—.．]/).map(Number);
  const typed = `${m[1]}${text.slice(1, m[0].length).replace(LABEL_END, '')}`;
  return { number: parts.at(-1)!, chapter: parts.length > 1 ? parts[0]! : null, typed, length: m[0].length };
}

function plausible(text: string): boolean {
  return text.length <= MAX_CAPTION_LINE && !/[。！？]/.test(text.replace(/[。！？]$/, '')) && !/[。]$/.test(text);
}

/** The figure captions of a line, in order, or null when the line is not a caption line. */
export function matchFigureCaptions(text: string): CaptionMatch[] | null {
  if (!plausible(text) || !labelAt(text, '图')) return null;
  const starts = [0];
  for (const m of text.matchAll(NEXT_FIGURE)) starts.push(m.index + m[0].length);
  const captions: CaptionMatch[] = [];
  for (let i = 0; i < starts.length; i += 1) {
    const chunk = text.slice(starts[i], starts[i + 1]).trim();
    const { length, ...label } = labelAt(chunk, '图')!;
    captions.push({ ...label, text: chunk.slice(length).trim() });
  }
  // "图1 … 图1 …" or a later number that is smaller is a mention inside one caption, not a row.
  for (let i = 1; i < captions.length; i += 1) {
    const prev = captions[i - 1]!.number;
    const cur = captions[i]!.number;
    if (prev !== null && cur !== null && cur <= prev)
      return [{ ...captions[0]!, text: text.slice(labelAt(text, '图')!.length).trim() }];
  }
  return captions;
}

export function matchTableCaption(text: string): CaptionMatch | null {
  if (!plausible(text)) return null;
  const found = labelAt(text, '表');
  if (!found || found.length === text.length) return null;
  const { length, ...label } = found;
  return { ...label, text: text.slice(length).trim() };
}
