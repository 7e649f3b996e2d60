import { SaxesParser } from 'saxes';
import { ReportError } from '../../errors';
import { MAX_XML_DEPTH } from '../../limits';

/**
 * An element of an OOXML part, its name and its attributes' names written with the prefixes of
 * PREFIXES whatever prefixes the file declared ("w:p", "r:embed"): Word, WPS, LibreOffice and
 * Pages declare the same namespaces under prefixes of their own choosing at times. A namespace
 * not listed keeps its URI in braces ("{urn:x}local").
 */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** The namespaces a .docx reader looks at, by the prefix Word writes for each. */
const PREFIXES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas': 'wpc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};

function qualified(uri: string, local: string): string {
  if (!uri) return local;
  const prefix = PREFIXES[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

/**
 * Parses one part of a .docx into its element tree, through saxes (a maintained, strict,
 * namespace-aware streaming parser: jsdom's). Comments and processing instructions are left
 * out, and anything not well-formed is refused with its place, as IMPORT_BAD_DOCX; a part
 * nested deeper than MAX_XML_DEPTH is refused as IMPORT_DOCX_TOO_DEEP (the readers walk the
 * tree by recursion).
 */
export function parseXml(xml: string, part = 'XML'): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: Error | null = null;
  parser.on('error', (err) => {
    failure ??= err;
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_XML_DEPTH)
      throw new ReportError(
        'IMPORT_DOCX_TOO_DEEP',
        `${part}: elements nested deeper than ${MAX_XML_DEPTH} at line ${parser.line}`,
      );
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[qualified(attribute.uri, attribute.local)] = attribute.value;
    }
    const element: XmlElement = { name: qualified(tag.uri, tag.local), attributes, children: [] };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => {
    const parent = stack.at(-1);
    if (parent) parent.children.push(text);
  });
  try {
    // A byte order mark is no part of the XML.
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (err) {
    if (err instanceof ReportError) throw err;
    failure ??= err as Error;
  }
  if (failure || !root)
    throw new ReportError('IMPORT_BAD_DOCX', `${part} is not well-formed: ${failure?.message ?? 'no root element'}`);
  return root;
}

/** The element's children that are elements. */
export function elements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** The element's first child named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The w:val of the element's child `name` ("w:pStyle" → its style id). */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return child(element, name)?.attributes['w:val'];
}

/** The element's text, its descendants' included. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** Whether an on/off property (w:b, w:vanish, w:isLgl) is on: present, and not w:val="false", "0" or "off". */
export function isOn(element: XmlElement | undefined): boolean {
  if (!element) return false;
  const value = element.attributes['w:val'];
  return value === undefined || !/^(?:false|0|off)$/i.test(value);
}
