import mammothXml, { type XmlElement } from 'mammoth/lib/xml';
import { ReportError } from '../../core/errors';
import { MAX_XML_DEPTH } from '../../core/limits';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class XmlSyntaxError extends Error {
  constructor(message: string, at: number) {
    super(`XML not well-formed at ${at}: ${message}`);
  }
}

/** What one element's namespace declarations replaced: each prefix with the URI it had before (undefined: none). */
type Shadowed = [prefix: string, before: string | undefined][];

/**
 * The namespace prefixes in scope ('' is the default namespace): one map, changed only where an
 * element declares a namespace and put back at its end. A prefix is found in one look-up however
 * deep the element stands; a chain of scopes, one per declaring ancestor, was walked to the root
 * for every `xmlns:` attribute, which made a file of nested declarations take minutes.
 */
class NamespaceScope {
  private readonly uris = new Map<string, string>([
    ['xml', XML_NS],
    ['xmlns', XMLNS_NS],
  ]);

  uri(prefix: string): string | undefined {
    return this.uris.get(prefix);
  }

  /** Brings a start tag's declarations into scope; returns what they replaced, for `end`. */
  declare(attributes: readonly [string, string][]): Shadowed | null {
    let shadowed: Shadowed | null = null;
    for (const [qname, value] of attributes) {
      if (qname !== 'xmlns' && !qname.startsWith('xmlns:')) continue;
      const prefix = qname === 'xmlns' ? '' : qname.slice(6);
      (shadowed ??= []).push([prefix, this.uris.get(prefix)]);
      this.uris.set(prefix, value);
    }
    return shadowed;
  }

  /** Puts back what an element's declarations replaced, at its end. */
  end(shadowed: Shadowed | null): void {
    if (!shadowed) return;
    for (let i = shadowed.length - 1; i >= 0; i -= 1) {
      const [prefix, before] = shadowed[i]!;
      if (before === undefined) this.uris.delete(prefix);
      else this.uris.set(prefix, before);
    }
  }
}

/**
 * Parses a part of a .docx straight into mammoth's elements, as mammoth's own reader does
 * through @xmldom/xmldom and a copy of its DOM: names resolved by `namespaceMap` the same way,
 * text and attribute values decoded, comments, processing instructions and CDATA left out, and
 * anything not well-formed refused. It reads a report's XML three to six times as fast; xmldom's
 * reading was a quarter of a .docx import's time. A part nested deeper than MAX_XML_DEPTH is
 * refused as such (IMPORT_DOCX_TOO_DEEP): mammoth reads the tree by recursion.
 */
export function parseOfficeXml(xml: string, namespaceMap: Readonly<Record<string, string>>): XmlElement {
  const scope = new NamespaceScope();
  const name = (qname: string, isAttribute: boolean): string => {
    const colon = qname.indexOf(':');
    if (colon < 0 && (isAttribute || scope.uri('') === undefined)) {
      return qname === 'xmlns' && isAttribute ? `{${XMLNS_NS}}xmlns` : qname;
    }
    const uri = scope.uri(colon < 0 ? '' : qname.slice(0, colon));
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    // A prefix never declared names no namespace: the local name alone, as xmldom gives it.
    if (uri === undefined || uri === '') return local;
    const mapped = namespaceMap[uri];
    return mapped ? `${mapped}:${local}` : `{${uri}}${local}`;
  };

  const stack: { qname: string; element: XmlElement; shadowed: Shadowed | null }[] = [];
  let root: XmlElement | null = null;
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at) {
      const text = xml.slice(at, textEnd);
      const top = stack.at(-1);
      // Text outside the root element is left out, as xmldom leaves it.
      if (top) top.element.children.push(mammothXml.text(decode(normaliseLines(text), at)));
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x2f /* / */) {
      const end = xml.indexOf('>', lt);
      if (end < 0) throw new XmlSyntaxError('unclosed end tag', lt);
      const qname = xml.slice(lt + 2, end).trimEnd();
      const top = stack.pop();
      if (!top || top.qname !== qname) throw new XmlSyntaxError(`end tag ${qname} does not match ${top?.qname ?? 'nothing'}`, lt);
      scope.end(top.shadowed);
      at = end + 1;
    } else if (next === 0x3f /* ? */) {
      at = skipPast(xml, '?>', lt);
    } else if (next === 0x21 /* ! */) {
      // Comments and CDATA (mammoth keeps no CDATA text); a DOCTYPE has no internal subset in a .docx.
      if (xml.startsWith('<!--', lt)) at = skipPast(xml, '-->', lt);
      else if (xml.startsWith('<![CDATA[', lt)) at = skipPast(xml, ']]>', lt);
      else at = skipPast(xml, '>', lt);
    } else {
      const parent = stack.at(-1);
      if (!parent && root) throw new XmlSyntaxError('a second root element', lt);
      if (stack.length >= MAX_XML_DEPTH) {
        throw new ReportError('IMPORT_DOCX_TOO_DEEP', `elements nested deeper than ${MAX_XML_DEPTH} at ${lt}`);
      }
      const tag = readStartTag(xml, lt);
      const shadowed = scope.declare(tag.attributes);
      const attributes = Object.create(null) as Record<string, string>;
      for (const [qname, value] of tag.attributes) {
        const named = name(qname, true);
        if (named in attributes) throw new XmlSyntaxError(`attribute ${qname} given twice`, lt);
        attributes[named] = value;
      }
      const element = new mammothXml.Element(name(tag.qname, false), attributes, []);
      if (parent) parent.element.children.push(element);
      else root = element;
      if (tag.selfClosing) scope.end(shadowed);
      else stack.push({ qname: tag.qname, element, shadowed });
      at = tag.end;
    }
  }
  if (stack.length) throw new XmlSyntaxError(`${stack.at(-1)!.qname} is not closed`, xml.length);
  if (!root) throw new XmlSyntaxError('no root element', 0);
  return root;
}

interface StartTag {
  qname: string;
  /** Raw names, decoded values. */
  attributes: [string, string][];
  selfClosing: boolean;
  /** Just past its ">". */
  end: number;
}

/** The tag opening at `lt`. */
function readStartTag(xml: string, lt: number): StartTag {
  let at = lt + 1;
  while (at < xml.length && !isNameEnd(xml.charCodeAt(at))) at += 1;
  const qname = xml.slice(lt + 1, at);
  if (!qname) throw new XmlSyntaxError('a tag without a name', lt);
  const attributes: [string, string][] = [];
  for (;;) {
    const spaced = at;
    while (isSpace(xml.charCodeAt(at))) at += 1;
    const c = xml.charCodeAt(at);
    if (c === 0x3e /* > */) return { qname, attributes, selfClosing: false, end: at + 1 };
    if (c === 0x2f /* / */ && xml.charCodeAt(at + 1) === 0x3e) {
      return { qname, attributes, selfClosing: true, end: at + 2 };
    }
    if (Number.isNaN(c)) throw new XmlSyntaxError(`unclosed tag ${qname}`, lt);
    if (at === spaced) throw new XmlSyntaxError(`no space before an attribute of ${qname}`, at);
    const nameStart = at;
    while (at < xml.length && !isNameEnd(xml.charCodeAt(at)) && xml.charCodeAt(at) !== 0x3d) at += 1;
    const attribute = xml.slice(nameStart, at);
    while (isSpace(xml.charCodeAt(at))) at += 1;
    if (!attribute || xml.charCodeAt(at) !== 0x3d /* = */) throw new XmlSyntaxError(`attribute ${attribute} of ${qname} has no value`, at);
    at += 1;
    while (isSpace(xml.charCodeAt(at))) at += 1;
    const quote = xml[at];
    if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(`attribute ${attribute} of ${qname} is not quoted`, at);
    const close = xml.indexOf(quote, at + 1);
    if (close < 0) throw new XmlSyntaxError(`attribute ${attribute} of ${qname} is not closed`, at);
    // Attribute values have their white space characters read as spaces (XML 1.0, 3.3.3).
    const value = decode(xml.slice(at + 1, close).replace(/\r\n|[\t\n\r]/g, ' '), at);
    attributes.push([attribute, value]);
    at = close + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** White space, ">" or "/" end a tag's or an attribute's name. */
function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 0x3e || c === 0x2f;
}

function skipPast(xml: string, end: string, from: number): number {
  const found = xml.indexOf(end, from);
  if (found < 0) throw new XmlSyntaxError(`${xml.slice(from, from + 4)}… is not closed`, from);
  return found + end.length;
}

/** Line ends read as XML reads them (XML 1.0, 2.11): "\r\n" and a lone "\r" are "\n". */
function normaliseLines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * `text` with its character and entity references replaced. An unknown entity is refused; an
 * "&" that starts no reference is kept as it is, as xmldom keeps it.
 */
function decode(text: string, at: number): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g, (ref: string, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (code > 0x10ffff) throw new XmlSyntaxError(`bad character reference ${ref}`, at);
      return String.fromCodePoint(code);
    }
    const entity = ENTITIES[body];
    if (entity === undefined) throw new XmlSyntaxError(`unknown entity ${ref}`, at);
    return entity;
  });
}

let installed = false;

/** Makes mammoth read every part through parseOfficeXml rather than through xmldom. Once is enough. */
export function useOfficeXmlInMammoth(): void {
  if (installed) return;
  installed = true;
  mammothXml.readString = (xml, namespaceMap = {}) => {
    try {
      return Promise.resolve(parseOfficeXml(xml, namespaceMap));
    } catch (err) {
      return Promise.reject(err as Error);
    }
  };
}
