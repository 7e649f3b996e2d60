/** A start tag, an end tag or an empty element; declarations and comments are passed over. */
const TAG = /<(\/?)([A-Za-z_][\w:.-]*)(?:\s[^>]*?)?(\/?)>/g;
const PARAGRAPH_END = '</w:p>';

/**
 * The start of a WordprocessingML part that a file was cut in, made whole again: cut back to the
 * end of its last whole paragraph, with every element still open there closed, innermost first.
 * Null when not one paragraph ended before the cut.
 */
export function wholeParagraphs(xml: string): string | null {
  const end = xml.lastIndexOf(PARAGRAPH_END);
  if (end < 0) return null;
  const head = xml.slice(0, end + PARAGRAPH_END.length);
  const open: string[] = [];
  for (const [, closing, name, empty] of head.matchAll(TAG)) {
    if (empty) continue;
    if (!closing) open.push(name!);
    else if (open.pop() !== name) return null;
  }
  return head + open.reverse().map((name) => `</${name}>`).join('');
}
