/** Patterns over a .docx's XML parts that more than one reader needs (the parts are read as text, not parsed). */

/** A style in styles.xml: its attributes (type, id) and its body; not an empty one (<w:style …/>). */
export const STYLE = /<w:style\b([^<>]*)(?<!\/)>([\s\S]*?)<\/w:style>/g;
export const STYLE_ID = /\bw:styleId="([^"]*)"/;
/** A paragraph's properties, its inside captured. */
export const PARAGRAPH_PROPERTIES = /<w:pPr>([\s\S]*?)<\/w:pPr>/g;
/** A paragraph's run properties (within its properties: the paragraph mark's), to be set aside when reading the paragraph's own. */
export const RUN_PROPERTIES = /<w:rPr>[\s\S]*?<\/w:rPr>/g;
/** A paragraph's style id, captured. */
export const PARAGRAPH_STYLE_ID = /<w:pStyle\s+w:val="([^"]*)"/;
/** A list reference's list id and level (in w:numPr). */
export const NUM_ID = /<w:numId\s+w:val="(\d+)"/;
export const ILVL = /<w:ilvl\s+w:val="(\d+)"/;
/**
 * A tracked formatting change (修订 of a paragraph's, run's, table's or section's properties):
 * what the properties were before, kept inside the properties now. Read as properties of the
 * element, its old outline level or style made a heading of a paragraph that is none.
 */
const FORMAT_CHANGE = /<w:(pPr|rPr|sectPr|tblPr|tblPrEx|trPr|tcPr|tblGrid|numbering)Change\b[^<>]*?(?:\/>|>[\s\S]*?<\/w:\1Change>)/g;

/** A part without its tracked formatting changes: the properties as they are now (as if all were accepted). */
export function withoutFormatChanges(xml: string): string {
  return xml.includes('Change') ? xml.replace(FORMAT_CHANGE, '') : xml;
}

const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * An attribute's value as captured from the XML, its references decoded: Apple Pages writes the
 * ids and names of styles as character references (&#x5927;&#x6807;&#x9898;, 大标题), which
 * mammoth decodes; compared undecoded, no style matched its paragraphs.
 */
export function attributeValue(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (ref, hex: string | undefined, dec: string | undefined, named: string | undefined) => {
    if (named) return NAMED[named]!;
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : ref;
  });
}
