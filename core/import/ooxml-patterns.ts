/** Patterns over a .docx's XML parts that more than one reader needs (the parts are read as text, not parsed). */

/** A style in styles.xml: its attributes (type, id) and its body. */
export const STYLE = /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g;
export const STYLE_ID = /\bw:styleId="([^"]*)"/;
/** A paragraph's properties, its inside captured. */
export const PARAGRAPH_PROPERTIES = /<w:pPr>([\s\S]*?)<\/w:pPr>/g;
