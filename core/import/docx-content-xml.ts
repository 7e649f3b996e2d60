import { PARAGRAPH_PROPERTIES, RUN_PROPERTIES } from './ooxml-patterns';
import { inheritedStyleProperty } from './style-outline';
import { MISSING_PHOTO_MARK } from './source-blocks';
import { countChars } from '../text-count';

/**
 * A drawing in a run: a picture, or a chart or SmartArt graphic (drawings do not nest). Its start
 * tag is no empty one (<w:drawing/>), which would otherwise run on to the next drawing's end,
 * as the other elements' patterns below take none either.
 */
const DRAWING = /<w:drawing\b[^<>]*(?<!\/)>[\s\S]*?<\/w:drawing>/g;
/** The graphic data of a chart (classic or chartex) or of a SmartArt diagram. */
const CHART_URI = /<a:graphicData\b[^>]*uri="[^"]*\/(?:chart|chartex|diagram)"/;
/** An innermost mc:AlternateContent: what newer Word features (chartex charts) are wrapped in, with a fallback for older readers. */
const ALTERNATE = /<mc:AlternateContent\b(?:(?!<mc:AlternateContent\b)[\s\S])*?<\/mc:AlternateContent>/g;
const CHOICE = /<mc:Choice\b[\s\S]*?<\/mc:Choice>/;
const FALLBACK = /<mc:Fallback\b[^>]*>([\s\S]*?)<\/mc:Fallback>/;
const PICTURE = /<a:blip\b|<v:imagedata\b/;
/** The relationship a picture's bytes (r:embed, VML's r:id) or its outside file (r:link) are found by. */
const PICTURE_RELATIONSHIP = /<(?:a:blip|v:imagedata)\b[^>]*?\br:(?:embed|link|id)="([^"]*)"/g;
const VML_PICTURE = /<w:pict\b[^<>]*(?<!\/)>[\s\S]*?<\/w:pict>/g;
/** A part's relationships file (word/_rels/document.xml.rels), and the part it belongs to. */
const RELATIONSHIPS_PART = /^(.*?)_rels\/([^/]+)\.rels$/;
/** A group of shapes (组合), a shape or a drawing canvas: mammoth looks for no photo inside one. */
const GROUP_URI = /<a:graphicData\b[^>]*uri="[^"]*\/(?:wordprocessingGroup|wordprocessingShape|wordprocessingCanvas)"/;
const PIC = /<pic:pic\b[\s\S]*?<\/pic:pic>/g;
const TEXT_BOX = /<w:txbxContent\b[\s\S]*?<\/w:txbxContent>/g;
const TEXT_BOX_START = /<w:txbxContent\b/;
/**
 * A run of hidden text (隐藏文字: a template's instructions, say), which Word neither shows nor prints.
 * No run inside it: a run anchoring a text box holds the box's runs, and the match must not start
 * at the anchor and end at a run inside the box (that left the box's XML broken).
 */
const HIDDEN_RUN = /<w:r\b[^<>]*(?<!\/)>(?:(?!<\/w:r>|<w:r[\s>])[\s\S])*?<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>(?:(?!<\/w:r>|<w:r[\s>])[\s\S])*?<\/w:r>/g;
/** A tracked insertion, deletion or move (修订). */
const REVISION = /<w:(?:ins|del|moveFrom|moveTo)\b/g;
const COMMENT = /<w:commentReference\b/g;
/** A simple field (w:fldSimple) and its result. */
const SIMPLE_FIELD = /<w:fldSimple\b[^<>]*?(?:\/>|>([\s\S]*?)<\/w:fldSimple>)/g;
/** An equation (Office Math), which mammoth does not read. */
const EQUATION = /<m:oMath\b/g;
const PARAGRAPH_STYLE = /<w:pStyle\s+w:val="[^"]*"\s*\/>/;
/** Word's text: a w:t element's (not w:tab's or w:tbl's). Nothing in it reads past a "<": no rescans. */
const TEXT = /<w:t(?:\s[^<>]*)?>([^<]*)<\/w:t>/g;
/** Outline levels 0–8; 9 is body text. */
const DIRECT_OUTLINE = /<w:outlineLvl\s+w:val="([0-8])"\s*\/>/;
/** The style id markParagraphs gives a paragraph with its own outline level, and the heading level it means. */
export const OUTLINE_STYLE = 'nianbao-outline-';

/** What a content part held that mammoth would read wrongly, or not at all: counted for the notes. */
export interface ContentCounts {
  /** Word charts and SmartArt graphics, each left as a figure whose picture is still to come. */
  charts: number;
  /** Tracked changes (修订): read as if all were accepted, as mammoth reads them. */
  revisions: number;
  /** Comments (批注): left out. */
  comments: number;
  /** Runs of hidden text, left out as Word leaves them out of print. */
  hiddenRuns: number;
  /** Equations (Office Math): left out. */
  equations: number;
  /** Pictures whose relationship the part's relationships lack (the index of its pictures lost): each left a place. */
  picturesNotFound: number;
}

/**
 * A content part's XML (document.xml, the footnotes) made ready for mammoth, with what it held
 * added to `counts`: hidden runs go; Word charts and SmartArt graphics (which mammoth would drop
 * without a trace) become places for a picture still to come; the photos and text boxes of a
 * group mammoth would not look into are laid out for it (groupContent); paragraphs with their
 * own outline level, set in a box or ending a page are marked (markParagraphs).
 */
export function prepareContentXml(xml: string, counts: ContentCounts, relationships: ReadonlySet<string>): string {
  counts.revisions += xml.match(REVISION)?.length ?? 0;
  counts.comments += xml.match(COMMENT)?.length ?? 0;
  counts.equations += xml.match(EQUATION)?.length ?? 0;
  const missingChart = () => {
    counts.charts += 1;
    return `<w:t>${MISSING_PHOTO_MARK}</w:t>`;
  };
  const shown = xml
    .replace(HIDDEN_RUN, () => {
      counts.hiddenRuns += 1;
      return '';
    })
    // A simple field's result is what Word shows (a caption's number from SEQ 图): mammoth skips the field whole.
    .replace(SIMPLE_FIELD, '$1');
  // mammoth reads an mc:AlternateContent's fallback only: for a chart that is the picture Word
  // drew of it (kept), or a box saying the chart is not available (replaced by the place for one);
  // for a group, a shape or a text box without a fallback that shows its photos or its text (WPS
  // writes none), the choice's own content. Innermost first: a text box may hold a photo.
  let alternates = shown;
  for (let before = ''; before !== alternates; ) {
    before = alternates;
    alternates = alternates.replace(ALTERNATE, (alternate) => {
      const choice = CHOICE.exec(alternate)?.[0] ?? '';
      const fallback = FALLBACK.exec(alternate)?.[1] ?? '';
      if (CHART_URI.test(choice)) return PICTURE.test(fallback) ? fallback : missingChart();
      const unshown = (content: RegExp) => content.test(choice) && !content.test(fallback);
      return unshown(PICTURE) || unshown(TEXT_BOX_START) ? groupContent(choice) : fallback || '';
    });
  }
  const drawn = alternates.replace(DRAWING, (drawing) => (CHART_URI.test(drawing) ? missingChart() : GROUP_URI.test(drawing) ? groupContent(drawing) : drawing));
  return markParagraphs(withoutUnresolvedPictures(drawn, relationships, counts));
}

/** The characters of a content part's text, as countChars counts them; counted only until they pass `limit`. */
export function textChars(xml: string, limit: number): number {
  let chars = 0;
  for (const text of xml.matchAll(TEXT)) {
    chars += countChars(text[1]!);
    if (chars > limit) break;
  }
  return chars;
}

/**
 * The part a relationships file belongs to ('word/document.xml' for
 * 'word/_rels/document.xml.rels') and the ids it holds; null for any other part.
 */
export function partRelationships(xml: string, name: string): { part: string; ids: Set<string> } | null {
  const at = RELATIONSHIPS_PART.exec(name);
  return at ? { part: `${at[1]}${at[2]}`, ids: new Set([...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]!)) } : null;
}

/**
 * A picture whose relationship the part's relationships do not hold (they were lost to damage,
 * or a tool slipped) becomes a place for a photo still to come, counted: mammoth fails on it.
 */
function withoutUnresolvedPictures(xml: string, relationships: ReadonlySet<string>, counts: ContentCounts): string {
  const place = (picture: string) => {
    if ([...picture.matchAll(PICTURE_RELATIONSHIP)].every((m) => relationships.has(m[1]!))) return picture;
    counts.picturesNotFound += 1;
    return `<w:t>${MISSING_PHOTO_MARK}</w:t>`;
  };
  return xml.replace(DRAWING, place).replace(VML_PICTURE, place);
}

/**
 * A drawing group's photos and text boxes as mammoth reads them: the photos as one inline
 * drawing, each text box (a caption, often) as a VML box, whose paragraphs come after.
 */
function groupContent(xml: string): string {
  // A photo inside a text box comes with the box's paragraphs.
  const pictures = xml.replace(TEXT_BOX, '').match(PIC) ?? [];
  const drawing = pictures.length
    ? `<w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">${pictures.join('')}</a:graphicData></a:graphic></wp:inline></w:drawing>`
    : '';
  const boxes = (xml.match(TEXT_BOX) ?? []).map((box) => `<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box}</v:textbox></v:shape></w:pict>`);
  return drawing + boxes.join('');
}

/** A side of a paragraph's border that is drawn (not "nil" or "none"). */
const DRAWN_BORDER = /<w:pBdr>[\s\S]*?<w:(?:top|left|bottom|right)\b[^>]*w:val="(?!nil"|none")[^"]+"[\s\S]*?<\/w:pBdr>/;
/** A shading fill other than none or white. */
const SHADED = /<w:shd\b[^>]*w:fill="(?!auto"|FFFFFF"|ffffff")[0-9A-Fa-f]{6}"/;
/**
 * What a paragraph set in a box (边框和底纹: a border or a shading, as many box their cases)
 * begins with once prepared: mammoth reports neither, so the box's paragraphs carry this mark,
 * which the reader takes off again.
 */
export const BOX_MARK = '\ue0b0';
/**
 * What a paragraph that ends its page with a section break (分节符: a .docx converted from a
 * PDF has one after every page) holds once prepared, likewise: mammoth reports no sections.
 */
export const PAGE_END_MARK = '\ue0b1';
const SECTION_BREAK = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/;
const CONTINUOUS = /<w:type\s+w:val="continuous"\s*\/>/;

/**
 * What mammoth does not report of a paragraph, in its place. A paragraph given its own outline
 * level (大纲级别, set on the paragraph rather than its style, as many do for the navigation
 * pane) gets a style id naming that level instead of its style; one set in a box, or ending its
 * page with a section break, opens with BOX_MARK or PAGE_END_MARK.
 */
function markParagraphs(xml: string): string {
  return xml.replace(PARAGRAPH_PROPERTIES, (properties, inner: string) => {
    const level = DIRECT_OUTLINE.exec(inner.replace(RUN_PROPERTIES, ''))?.[1];
    const restyled = level === undefined ? properties : `<w:pPr><w:pStyle w:val="${OUTLINE_STYLE}${Number(level) + 1}"/>${inner.replace(PARAGRAPH_STYLE, '')}</w:pPr>`;
    const sectionBreak = SECTION_BREAK.exec(inner)?.[0];
    // The next section starts on a new page unless the break is 连续 (continuous).
    const marks = [boxedBy(inner) && BOX_MARK, sectionBreak && !CONTINUOUS.test(sectionBreak) && PAGE_END_MARK].filter(Boolean);
    return restyled + marks.map((mark) => `<w:r><w:t>${mark}</w:t></w:r>`).join('');
  });
}

/** Whether paragraph properties set the paragraph in a box: true, false (borders taken off), or undefined (they do not say). */
function boxedBy(paragraphProperties: string): boolean | undefined {
  const own = paragraphProperties.replace(RUN_PROPERTIES, '');
  if (own.includes('<w:pBdr>')) return DRAWN_BORDER.test(own);
  return SHADED.test(own) || undefined;
}

/** The paragraph styles (in styles.xml) that set their paragraphs in a box, themselves or through the style they are based on. */
export function boxedStyles(stylesXml: string): Set<string> {
  const boxed = inheritedStyleProperty(stylesXml, (body) => {
    const properties = body.matchAll(PARAGRAPH_PROPERTIES).next().value?.[1];
    return properties === undefined ? undefined : boxedBy(properties);
  });
  return new Set([...boxed].flatMap(([id, yes]) => (yes ? [id] : [])));
}
