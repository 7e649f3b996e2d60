import type {
  DocxBlock,
  DocxCell,
  DocxInline,
  DocxModelCounts,
  DocxParagraph,
  DocxPicture,
  DocxRow,
  DocxTable,
  DocxText,
} from './model';
import { boxedBy, listReference, outlineLevel } from './read-styles';
import { isSymbolFont, symbolChar } from './symbol-fonts';
import { type XmlElement, child, childValue, elements, isOn } from './xml-tree';

/** English Metric Units in a centimetre (DrawingML sizes). */
const EMU_PER_CM = 360000;
const CM_PER_PT = 2.54 / 72;
/** Graphic data that is a chart or SmartArt graphic, not a picture. */
const CHART_URI = /\/(?:chart|chartex|diagram)$/;
/**
 * Containers whose content is read as if they were not there: content controls, custom XML, smart tags, hyperlinks,
 * fields, insertions.
 */
const TRANSPARENT = new Set([
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:hyperlink',
  'w:fldSimple',
  'w:ins',
  'w:moveTo',
  'w:dir',
  'w:bdo',
]);
const REVISIONS = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);

interface Format {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  vertical: DocxText['vertical'];
}

/** Reads w:body (or a text box's w:txbxContent, a cell's w:tc) into blocks, adding what it leaves out to `counts`. */
export class BodyReader {
  constructor(readonly counts: DocxModelCounts) {}

  blocks(parent: XmlElement): DocxBlock[] {
    const out: DocxBlock[] = [];
    for (const element of elements(parent)) {
      if (REVISIONS.has(element.name)) this.counts.revisions += 1;
      if (element.name === 'w:p') out.push(this.paragraph(element));
      else if (element.name === 'w:tbl') out.push(this.table(element));
      else if (element.name === 'w:sdt') out.push(...this.blocks(child(element, 'w:sdtContent') ?? element));
      else if (element.name === 'mc:AlternateContent') out.push(...this.blocks(chosen(element)));
      else if (TRANSPARENT.has(element.name)) out.push(...this.blocks(element));
    }
    return out;
  }

  private paragraph(p: XmlElement): DocxParagraph {
    const properties = child(p, 'w:pPr');
    const section = child(properties, 'w:sectPr');
    const paragraph: DocxParagraph = {
      kind: 'paragraph',
      styleId: childValue(properties, 'w:pStyle') ?? null,
      outlineLevel: outlineLevel(properties),
      numbering: listReference(child(properties, 'w:numPr')),
      alignment: childValue(properties, 'w:jc') ?? null,
      inlines: [],
      boxes: [],
      framed: child(properties, 'w:framePr') !== undefined,
      boxed: boxedBy(properties),
      sectionBreak: section ? (childValue(section, 'w:type') === 'continuous' ? 'continuous' : 'page') : null,
    };
    this.content(p, paragraph);
    return paragraph;
  }

  /** A paragraph's runs and what stands among them. */
  private content(parent: XmlElement, paragraph: DocxParagraph): void {
    for (const element of elements(parent)) {
      if (REVISIONS.has(element.name)) this.counts.revisions += 1;
      if (element.name === 'w:r') this.run(element, paragraph);
      else if (element.name === 'w:sdt') this.content(child(element, 'w:sdtContent') ?? element, paragraph);
      else if (element.name === 'mc:AlternateContent') this.content(chosen(element), paragraph);
      else if (element.name === 'm:oMath' || element.name === 'm:oMathPara') this.counts.equations += 1;
      else if (TRANSPARENT.has(element.name)) this.content(element, paragraph);
    }
  }

  private run(r: XmlElement, paragraph: DocxParagraph): void {
    const properties = child(r, 'w:rPr');
    if (isOn(child(properties, 'w:vanish'))) {
      this.counts.hiddenRuns += 1;
      return;
    }
    const underline = childValue(properties, 'w:u');
    const vertical = childValue(properties, 'w:vertAlign');
    const format: Format = {
      bold: isOn(child(properties, 'w:b')),
      italic: isOn(child(properties, 'w:i')),
      underline: child(properties, 'w:u') !== undefined && underline !== 'none',
      vertical: vertical === 'superscript' || vertical === 'subscript' ? vertical : 'baseline',
    };
    // Text typed in a symbol font ("ü" set in Wingdings prints ✓); its Chinese is set in the East Asian font.
    const fonts = child(properties, 'w:rFonts')?.attributes;
    const symbolFont = [fonts?.['w:ascii'], fonts?.['w:hAnsi']].find(isSymbolFont);
    const inlines = paragraph.inlines;
    for (const element of elements(r)) {
      switch (element.name) {
        case 'w:t': {
          const text = element.children.filter((c) => typeof c === 'string').join('');
          inlines.push({ kind: 'text', text: symbolFont ? this.symbols(symbolFont, text) : text, ...format });
          break;
        }
        case 'w:sym': {
          // A symbol font's code (F0FC in Wingdings: ✓) as Unicode; one not known is left out and counted for a note.
          const code = Number.parseInt(element.attributes['w:char'] ?? '', 16);
          const text = Number.isInteger(code) ? symbolChar(element.attributes['w:font'], code) : null;
          if (text) inlines.push({ kind: 'text', text, ...format });
          else this.counts.symbols += 1;
          break;
        }
        case 'w:noBreakHyphen':
          inlines.push({ kind: 'text', text: '-', ...format });
          break;
        case 'w:tab':
        case 'w:ptab':
          inlines.push({ kind: 'tab' });
          break;
        case 'w:br':
        case 'w:cr':
          inlines.push({ kind: 'break', page: element.attributes['w:type'] === 'page' });
          break;
        case 'w:footnoteReference':
        case 'w:endnoteReference':
          inlines.push({
            kind: 'note',
            type: element.name === 'w:footnoteReference' ? 'footnote' : 'endnote',
            id: element.attributes['w:id'] ?? '',
          });
          break;
        case 'w:commentReference':
          this.counts.comments += 1;
          break;
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
        case 'mc:AlternateContent':
          this.graphic(element.name === 'mc:AlternateContent' ? chosen(element) : element, paragraph);
          break;
        default:
      }
    }
  }

  /**
   * Text of a run set in a symbol font: its Latin-1 and private-use characters as Unicode, those not known left out and
   * counted.
   */
  private symbols(font: string, text: string): string {
    let out = '';
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      const symbolic = code < 0x100 || (code >= 0xf000 && code <= 0xf0ff);
      const mapped = symbolic ? symbolChar(font, code) : ch;
      if (mapped === null) this.counts.symbols += 1;
      else out += mapped;
    }
    return out;
  }

  /** The pictures and text boxes of a drawing, a VML shape or a group of them, anywhere inside it. */
  private graphic(element: XmlElement, paragraph: DocxParagraph, frame: PictureFrame = unsized): void {
    if (element.name === 'w:txbxContent') return void paragraph.boxes.push(this.blocks(element));
    if (element.name === 'mc:AlternateContent') {
      this.graphic(chosen(element), paragraph, frame);
      return;
    }
    let here = frame;
    if (element.name === 'wp:inline' || element.name === 'wp:anchor') {
      const extent = child(element, 'wp:extent');
      const docPr = child(element, 'wp:docPr');
      here = {
        widthCm: emuToCm(extent?.attributes.cx),
        heightCm: emuToCm(extent?.attributes.cy),
        floating: element.name === 'wp:anchor',
        description: docPr?.attributes.descr || docPr?.attributes.title || '',
      };
    } else if (element.name.startsWith('v:') && element.attributes.style) {
      here = {
        ...vmlSize(element.attributes.style),
        floating: /position:\s*absolute/.test(element.attributes.style),
        description: element.attributes.alt ?? frame.description,
      };
    }
    if (element.name === 'a:graphicData' && CHART_URI.test(element.attributes.uri ?? '')) {
      this.counts.charts += 1;
      return void paragraph.inlines.push({ kind: 'picture', relationship: '', linked: false, ...here, chart: true });
    }
    const picture = pictureOf(element, here);
    if (picture) return void paragraph.inlines.push(picture);
    for (const inner of elements(element)) this.graphic(inner, paragraph, here);
  }

  private table(tbl: XmlElement): DocxTable {
    return { kind: 'table', rows: this.rows(tbl) };
  }

  private rows(parent: XmlElement): DocxRow[] {
    const rows: DocxRow[] = [];
    for (const element of elements(parent)) {
      if (element.name === 'w:tr')
        rows.push({ header: isOn(child(child(element, 'w:trPr'), 'w:tblHeader')), cells: this.cells(element) });
      else if (element.name === 'w:sdt') rows.push(...this.rows(child(element, 'w:sdtContent') ?? element));
      else if (element.name === 'w:customXml' || element.name === 'w:ins' || element.name === 'w:moveTo')
        rows.push(...this.rows(element));
    }
    return rows;
  }

  private cells(parent: XmlElement): DocxCell[] {
    const cells: DocxCell[] = [];
    for (const element of elements(parent)) {
      if (element.name === 'w:tc') {
        const properties = child(element, 'w:tcPr');
        const merge = child(properties, 'w:vMerge');
        cells.push({
          colSpan: Math.max(1, Number(childValue(properties, 'w:gridSpan') ?? 1) || 1),
          verticalMerge: merge ? (merge.attributes['w:val'] === 'restart' ? 'restart' : 'continue') : null,
          blocks: this.blocks(element),
        });
      } else if (element.name === 'w:sdt') cells.push(...this.cells(child(element, 'w:sdtContent') ?? element));
      else if (element.name === 'w:customXml') cells.push(...this.cells(element));
    }
    return cells;
  }
}

/** What the drawing around a picture says of it: its size, whether it floats, its alt text. */
type PictureFrame = Pick<DocxPicture, 'widthCm' | 'heightCm' | 'floating' | 'description'>;
const unsized: PictureFrame = { widthCm: null, heightCm: null, floating: false, description: '' };

/** A picture element (pic:pic's blip, VML's imagedata) read as one. */
function pictureOf(element: XmlElement, frame: PictureFrame): DocxPicture | null {
  if (
    element.name === 'a:blip' &&
    element.attributes['r:embed'] === undefined &&
    element.attributes['r:link'] === undefined
  )
    return null;
  if (element.name !== 'a:blip' && element.name !== 'v:imagedata') return null;
  const embedded = element.attributes['r:embed'] ?? element.attributes['r:id'];
  const link = element.attributes['r:link'];
  return {
    kind: 'picture',
    relationship: embedded ?? link ?? '',
    linked: embedded === undefined,
    ...frame,
    chart: false,
  };
}

/**
 * What an mc:AlternateContent stands for: its fallback, what Word writes for older readers (the
 * picture it drew of a newer chart; a VML copy of a group or text box), unless the choice shows
 * what the fallback does not: a chart whose fallback holds no picture (only a message) stays a
 * chart; a group, shape or text box WPS writes with no fallback, or one showing fewer of its
 * pictures or boxes, is read from the choice.
 */
function chosen(alternate: XmlElement): XmlElement {
  const choice = child(alternate, 'mc:Choice');
  const fallback = child(alternate, 'mc:Fallback');
  if (!choice) return fallback ?? alternate;
  if (!fallback) return choice;
  const picture = (e: XmlElement) => e.name === 'a:blip' || e.name === 'v:imagedata';
  const box = (e: XmlElement) => e.name === 'w:txbxContent';
  if (holds(choice, (e) => e.name === 'a:graphicData' && CHART_URI.test(e.attributes.uri ?? '')))
    return holds(fallback, picture) ? fallback : choice;
  const unshown = (what: (e: XmlElement) => boolean) => holds(choice, what) && !holds(fallback, what);
  return unshown(picture) || unshown(box) ? choice : fallback;
}

/** Whether `element` or an element inside it is one `what` finds. */
function holds(element: XmlElement, what: (e: XmlElement) => boolean): boolean {
  return what(element) || elements(element).some((inner) => holds(inner, what));
}

function emuToCm(value: string | undefined): number | null {
  const emu = Number(value);
  return value !== undefined && Number.isFinite(emu) && emu > 0 ? emu / EMU_PER_CM : null;
}

/** A VML shape's size from its style ("width:200pt;height:150pt"). */
function vmlSize(style: string): { widthCm: number | null; heightCm: number | null } {
  const size = (name: string) => {
    const m = new RegExp(`(?:^|;)\\s*${name}:\\s*([\\d.]+)(pt|in|cm|mm|px)?`).exec(style);
    if (!m) return null;
    const value = Number(m[1]);
    const unit = m[2] ?? 'px';
    return unit === 'pt'
      ? value * CM_PER_PT
      : unit === 'in'
        ? value * 2.54
        : unit === 'mm'
          ? value / 10
          : unit === 'cm'
            ? value
            : value * (2.54 / 96);
  };
  return { widthCm: size('width'), heightCm: size('height') };
}

/** A paragraph's text as shown: its text runs, a tab as a space, a break as a line break. */
export function paragraphText(paragraph: DocxParagraph): string {
  return paragraph.inlines
    .map((inline: DocxInline) =>
      inline.kind === 'text' ? inline.text : inline.kind === 'tab' ? ' ' : inline.kind === 'break' ? '\n' : '',
    )
    .join('');
}
