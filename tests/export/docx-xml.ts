import { JSDOM } from 'jsdom';
import { chineseNumeral } from '../../core/numbering';

/** Reading a .docx's WordprocessingML parts in tests: namespaced lookups and style inheritance. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const parser = new new JSDOM().window.DOMParser();

export function parseXmlPart(xml: string): Document {
  return parser.parseFromString(xml, 'application/xml');
}

export function wAttr(el: Element, name: string): string | null {
  return el.getAttributeNS(W, name);
}

export function wChildren(el: Element, name: string): Element[] {
  return Array.from(el.children).filter((c) => c.namespaceURI === W && c.localName === name);
}

export function wChild(el: Element, name: string): Element | undefined {
  return wChildren(el, name)[0];
}

/** Runs with text outside the TOC's cached entries (docx writes those as plain runs Word rewrites). */
export function textRuns(doc: Document): Element[] {
  const inToc = (r: Element) => {
    for (let e = r.parentElement; e; e = e.parentElement) if (e.localName === 'sdt') return true;
    return false;
  };
  return Array.from(doc.getElementsByTagNameNS(W, 'r')).filter(
    (r) => r.getElementsByTagNameNS(W, 't').length > 0 && !inToc(r),
  );
}

/** The value of a run property as Word resolves it: the run, its paragraph's style chain, then docDefaults. */
export function effectiveRunAttr(run: Element, styles: Document, prop: string, attr: string): string | null {
  const own = wChild(run, 'rPr');
  const direct = own && wChild(own, prop);
  if (direct && wAttr(direct, attr)) return wAttr(direct, attr);
  const byId = new Map(Array.from(styles.getElementsByTagNameNS(W, 'style')).map((s) => [wAttr(s, 'styleId'), s]));
  let paragraph: Element | null = run.parentElement;
  while (paragraph && paragraph.localName !== 'p') paragraph = paragraph.parentElement;
  const pPr = paragraph && wChild(paragraph, 'pPr');
  const pStyle = pPr && wChild(pPr, 'pStyle');
  let id: string | null = pStyle ? wAttr(pStyle, 'val') : 'Normal';
  for (let depth = 0; id && depth < 10; depth += 1) {
    const style = byId.get(id);
    if (!style) break;
    const rPr = wChild(style, 'rPr');
    const el = rPr && wChild(rPr, prop);
    if (el && wAttr(el, attr)) return wAttr(el, attr);
    const basedOn = wChild(style, 'basedOn');
    id = basedOn ? wAttr(basedOn, 'val') : null;
  }
  const defaults = styles.getElementsByTagNameNS(W, 'rPrDefault')[0];
  const rPr = defaults && wChild(defaults, 'rPr');
  const el = rPr && wChild(rPr, prop);
  return el ? wAttr(el, attr) : null;
}

/** Share of runs that carry a font (rFonts) or size (sz) of their own rather than from a style. */
export function directFormattingShare(runs: readonly Element[]): number {
  const direct = runs.filter((r) => {
    const rPr = wChild(r, 'rPr');
    return rPr !== undefined && (wChild(rPr, 'rFonts') !== undefined || wChild(rPr, 'sz') !== undefined);
  });
  return runs.length === 0 ? 0 : direct.length / runs.length;
}

export interface LevelText {
  format: string;
  text: string;
  legal?: boolean;
}

/** A list number as Word draws it from a level's text: %1…%9 replaced by the counters in their levels' formats. */
export function renderLevelText(levels: readonly LevelText[], counters: readonly number[], at: number): string {
  const legal = levels[at]?.legal === true;
  return levels[at]!.text.replace(/%(\d)/g, (_, d: string) => {
    const i = Number(d) - 1;
    const n = counters[i] ?? 0;
    const format = legal ? 'decimal' : levels[i]!.format;
    if (format === 'decimal') return String(n);
    if (format === 'chineseCounting') return chineseNumeral(n);
    throw new Error(`number format ${format} not simulated`);
  });
}

/** The numbers Word gives the paragraphs numbered through their styles' list, in document order. */
export function styleListNumbers(doc: Document, styles: Document, numbering: Document): Map<Element, string> {
  const byId = new Map(Array.from(styles.getElementsByTagNameNS(W, 'style')).map((s) => [wAttr(s, 'styleId'), s]));
  const nums = new Map(
    Array.from(numbering.getElementsByTagNameNS(W, 'num')).map((n) => [
      wAttr(n, 'numId'),
      wAttr(wChild(n, 'abstractNumId')!, 'val'),
    ]),
  );
  const abstracts = new Map(
    Array.from(numbering.getElementsByTagNameNS(W, 'abstractNum')).map((a) => [wAttr(a, 'abstractNumId'), a]),
  );
  const counters = new Map<string, number[]>();
  const out = new Map<Element, string>();
  for (const p of Array.from(doc.getElementsByTagNameNS(W, 'p'))) {
    const pPr = wChild(p, 'pPr');
    const styleId = pPr && wChild(pPr, 'pStyle') ? wAttr(wChild(pPr, 'pStyle')!, 'val') : null;
    const sPr = styleId ? wChild(byId.get(styleId) ?? p, 'pPr') : undefined;
    const numPr = sPr && wChild(sPr, 'numPr');
    if (!numPr) continue;
    const abstractId = nums.get(wAttr(wChild(numPr, 'numId')!, 'val'))!;
    const ilvl = Number(wAttr(wChild(numPr, 'ilvl') ?? numPr, 'val') ?? 0);
    const levels = wChildren(abstracts.get(abstractId)!, 'lvl').map((l) => ({
      format: wAttr(wChild(l, 'numFmt')!, 'val')!,
      text: wAttr(wChild(l, 'lvlText')!, 'val')!,
      legal: wChild(l, 'isLgl') !== undefined,
    }));
    const count = counters.get(abstractId) ?? [];
    count[ilvl] = (count[ilvl] ?? 0) + 1;
    count.length = ilvl + 1;
    counters.set(abstractId, count);
    out.set(p, renderLevelText(levels, count, ilvl));
  }
  return out;
}

/** A paragraph's text as shown: its w:t runs, without field instructions. */
export function shownText(p: Element): string {
  return Array.from(p.getElementsByTagNameNS(W, 't'))
    .map((t) => t.textContent ?? '')
    .join('');
}

/** Complex fields (begin, instruction, separate, result, end) in document order, with their paragraph. */
export function fields(doc: Document): { instruction: string; result: string; paragraph: Element }[] {
  type Open = { instruction: string; result: string; paragraph: Element; inResult: boolean };
  const out: { instruction: string; result: string; paragraph: Element }[] = [];
  // Fields nest (a TOC's entries hold PAGEREF fields): the innermost open one reads the text, and
  // an inner field's result is part of its outer one's.
  const open: Open[] = [];
  for (const el of Array.from(doc.getElementsByTagNameNS(W, '*'))) {
    const current = open.at(-1);
    if (el.localName === 'fldChar') {
      const type = wAttr(el, 'fldCharType');
      let paragraph: Element | null = el.parentElement;
      while (paragraph && paragraph.localName !== 'p') paragraph = paragraph.parentElement;
      if (type === 'begin') open.push({ instruction: '', result: '', paragraph: paragraph!, inResult: false });
      else if (type === 'separate' && current) current.inResult = true;
      else if (type === 'end' && current) {
        open.pop();
        const { inResult: _, ...field } = current;
        out.push({ ...field, instruction: field.instruction.trim().replace(/\s+/g, ' ') });
        const outer = open.at(-1);
        if (outer?.inResult) outer.result += field.result;
      }
    } else if (current && !current.inResult && el.localName === 'instrText')
      current.instruction += el.textContent ?? '';
    else if (current?.inResult && el.localName === 't') current.result += el.textContent ?? '';
  }
  return out;
}
