/**
 * Whether every start tag of an XML part is closed by its own end tag, in order (comments,
 * declarations, processing instructions and CDATA passed over; quoted attribute values may hold
 * ">"). One pass, no tree built. The regular expressions that prepare a .docx's parts for mammoth
 * scan from an element's start to its end tag: over a part holding thousands of unclosed tags
 * they took minutes, for a part mammoth refuses in any case.
 */
export function tagsBalanced(xml: string): boolean {
  const open: string[] = [];
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at)) {
    const next = xml.charCodeAt(at + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      const cdata = xml.startsWith('<![CDATA[', at);
      const end = xml.startsWith('<!--', at) ? '-->' : cdata ? ']]>' : next === 0x3f ? '?>' : '>';
      const found = xml.indexOf(end, at + 2);
      if (found < 0) return false;
      at = found + end.length;
    } else if (next === 0x2f /* / */) {
      const close = xml.indexOf('>', at);
      if (close < 0 || open.pop() !== xml.slice(at + 2, close).trimEnd()) return false;
      at = close + 1;
    } else {
      const close = tagEnd(xml, at);
      if (close < 0) return false;
      if (xml.charCodeAt(close - 1) !== 0x2f /* / */) open.push(xml.slice(at + 1, nameEnd(xml, at + 1, close)));
      at = close + 1;
    }
  }
  return open.length === 0;
}

/** Where the start tag opening at `lt` ends (its ">"), passing over quoted values; -1 if it does not. */
function tagEnd(xml: string, lt: number): number {
  for (let at = lt + 1; at < xml.length; at += 1) {
    const c = xml.charCodeAt(at);
    if (c === 0x3e /* > */) return at;
    if (c === 0x3c /* < */) return -1;
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      at = xml.indexOf(xml[at]!, at + 1);
      if (at < 0) return -1;
    }
  }
  return -1;
}

/** Where a tag's name starting at `from` ends: at white space, "/" or its ">". */
function nameEnd(xml: string, from: number, close: number): number {
  let at = from;
  for (let c = xml.charCodeAt(at); at < close && c > 0x20 && c !== 0x2f; c = xml.charCodeAt(at)) at += 1;
  return at;
}
