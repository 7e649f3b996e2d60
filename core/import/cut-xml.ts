/** A start tag, an end tag or an empty element; declarations and comments are passed over. No tag reads past a "<". */
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)(?:\s[^<>]*?)?(\/?)>/g;
const PARAGRAPH_END = '</w:p>';
/** What undecodable bytes become, and characters XML does not allow: damaged data, never a report's text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters XML does not allow are what it finds
const GARBLED = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** Elements that hold text only: an element inside one is damage. */
const TEXT_ONLY = new Set(['w:t', 'w:delText', 'w:instrText', 'w:delInstrText']);

/**
 * The start of a WordprocessingML part that a file was cut in, or whose data is damaged part
 * way, made whole again: cut back to the end of the last paragraph before the cut or the first
 * sign of damage (a tag closing what is not open, an element inside text, bytes that are no
 * text), with every element still open there closed, innermost first. Null when not one
 * paragraph ended before that.
 */
export function wholeParagraphs(xml: string): string | null {
  const garbled = GARBLED.exec(xml);
  const sound = garbled ? xml.slice(0, garbled.index) : xml;
  const open: string[] = [];
  let last: { end: number; open: string[] } | null = null;
  for (const match of sound.matchAll(TAG)) {
    const [tag, closing, name, empty] = match;
    if (!closing && TEXT_ONLY.has(open.at(-1) ?? '')) break;
    if (empty) continue;
    if (!closing) open.push(name!);
    else if (open.pop() !== name) break;
    else if (tag === PARAGRAPH_END) last = { end: match.index + tag.length, open: [...open] };
  }
  return (
    last &&
    sound.slice(0, last.end) +
      last.open
        .reverse()
        .map((name) => `</${name}>`)
        .join('')
  );
}
