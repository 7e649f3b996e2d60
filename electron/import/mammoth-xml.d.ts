/** mammoth's XML layer (lib/xml), which it reads every part of a .docx through: untyped in the package. */
declare module 'mammoth/lib/xml' {
  export interface XmlText {
    type: 'text';
    value: string;
  }
  export interface XmlElement {
    type: 'element';
    name: string;
    attributes: Record<string, string>;
    children: XmlNode[];
  }
  export type XmlNode = XmlElement | XmlText;
  const xml: {
    /** Parses `xml`, naming each element and attribute by `namespaceMap`'s prefix for its namespace ("w:p"), or "{uri}local". */
    readString(xml: string, namespaceMap?: Readonly<Record<string, string>>): Promise<XmlElement>;
    Element: new (name: string, attributes: Record<string, string>, children: XmlNode[]) => XmlElement;
    text(value: string): XmlText;
  };
  export default xml;
}
