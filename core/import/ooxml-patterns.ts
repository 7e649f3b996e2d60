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
