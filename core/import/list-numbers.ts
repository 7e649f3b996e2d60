import { chineseNumeral } from '../numbering';
import { ILVL, NUM_ID, PARAGRAPH_PROPERTIES, PARAGRAPH_STYLE_ID, RUN_PROPERTIES, attributeValue } from './ooxml-patterns';
import { CHINESE_FORMATS, type ListDefinition } from './style-numbering';
import { inheritedStyleProperty } from './style-outline';

const NUM_PR = /<w:numPr>[\s\S]*?<\/w:numPr>/;
/** Where each paragraph of a part begins (not <w:pPr>, <w:proofErr>). */
const PARAGRAPH_START = /<w:p(?=[\s>])/g;
/** A list level Word leaves without numbers (numId 0): what a typed number's paragraph is given. */
const NO_NUMBERING = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';

interface Numbered {
  /** The paragraph's place among the part's paragraphs. */
  ordinal: number;
  list: ListDefinition;
  numId: string;
  ilvl: number;
}

/**
 * Word's own list numbers (`lists`: listDefinitions of numbering.xml) typed into the text where they number headings (一、, （一）, 1.1):
 * writers number their chapters and sections with 编号 rather than heading styles, and mammoth
 * reads such a paragraph as a list item whose number is in no text, so every chapter became one.
 * Typed, the number is read as a typed one is (a heading, or a list item), and the paragraph's
 * list is taken off. Only levels used as headings are: their items stand apart, with text
 * between them; items side by side are a list, and stay one. Counters follow Word's: lists
 * sharing an abstract list continue each other, a deeper level starts again under each item
 * above it, and a list's start override restarts its level.
 */
export function typeHeadingListNumbers(documentXml: string, lists: ReadonlyMap<string, ListDefinition>, stylesXml: string): string {
  if (lists.size === 0) return documentXml;
  const styleNumbering = inheritedStyleProperty(stylesXml, (body) => {
    const numPr = NUM_PR.exec(body)?.[0];
    const numId = numPr && NUM_ID.exec(numPr)?.[1];
    return numId ? { numId, ilvl: Number(ILVL.exec(numPr)?.[1] ?? 0) } : undefined;
  });
  const starts = [...documentXml.matchAll(PARAGRAPH_START)].map((m) => m.index);
  const numbered: (Numbered | null)[] = [];
  for (const match of documentXml.matchAll(PARAGRAPH_PROPERTIES)) {
    const own = match[1]!.replace(RUN_PROPERTIES, '');
    const numPr = NUM_PR.exec(own)?.[0];
    const rawStyle = PARAGRAPH_STYLE_ID.exec(own)?.[1];
    const style = rawStyle === undefined ? undefined : attributeValue(rawStyle);
    const ref = numPr ? { numId: NUM_ID.exec(numPr)?.[1] ?? '0', ilvl: Number(ILVL.exec(numPr)?.[1] ?? 0) } : style ? styleNumbering.get(style) : undefined;
    const list = ref ? lists.get(ref.numId) : undefined;
    numbered.push(ref && list ? { ordinal: paragraphOrdinal(starts, match.index), list, numId: ref.numId, ilvl: ref.ilvl } : null);
  }
  const typed = headingLevels(numbered);
  if (typed.size === 0) return documentXml;
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  let at = 0;
  return documentXml.replace(PARAGRAPH_PROPERTIES, (properties: string) => {
    const item = numbered[at++];
    if (!item) return properties;
    const count = counters.get(item.list.abstractId) ?? [];
    counters.set(item.list.abstractId, count);
    const restart = item.list.restarts.get(item.ilvl);
    if (restart !== undefined && !restarted.has(`${item.numId}:${item.ilvl}`)) {
      restarted.add(`${item.numId}:${item.ilvl}`);
      count[item.ilvl] = restart - 1;
    }
    count[item.ilvl] = (count[item.ilvl] ?? (item.list.levels.get(item.ilvl)?.start ?? 1) - 1) + 1;
    count.length = item.ilvl + 1;
    if (!typed.has(levelKey(item))) return properties;
    const label = numberLabel(item, count);
    const withoutList = NUM_PR.test(properties) ? properties.replace(NUM_PR, NO_NUMBERING) : properties.replace('</w:pPr>', `${NO_NUMBERING}</w:pPr>`);
    return `${withoutList}<w:r><w:t xml:space="preserve">${label}</w:t></w:r>`;
  });
}

function paragraphOrdinal(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

const levelKey = (item: Numbered) => `${item.list.abstractId}:${item.ilvl}`;

/** Formats a heading's number takes: Chinese counting, and digits (1. 1.1 第1章). */
const HEADING_FORMAT = new RegExp(`${CHINESE_FORMATS.source}|^decimal$`);

/**
 * The list levels that are headings: numbered in Chinese or in digits, two items at least,
 * text between each and the next (a chapter's text stands between its number and the next;
 * between two items of a list stand at most list items, its own deeper ones or another list's).
 */
function headingLevels(numbered: readonly (Numbered | null)[]): Set<string> {
  const ordinals = new Map<string, number[]>();
  const listed = new Set<number>();
  for (const item of numbered) {
    if (!item) continue;
    listed.add(item.ordinal);
    if (!HEADING_FORMAT.test(item.list.levels.get(item.ilvl)?.format ?? '')) continue;
    const key = levelKey(item);
    ordinals.set(key, [...(ordinals.get(key) ?? []), item.ordinal]);
  }
  const apart = (from: number, to: number) => {
    for (let o = from + 1; o < to; o += 1) if (!listed.has(o)) return true;
    return false;
  };
  const headings = [...ordinals].filter(([, at]) => at.length >= 2 && at.every((o, i) => i === 0 || apart(at[i - 1]!, o)));
  return new Set(headings.map(([key]) => key));
}

/** The level's text ("%1、", "（%2）") with its counters, each written as its own level numbers. */
/** The number as Word draws it, with a space where Word sets a tab or a space after it (1 基本情况, not 1基本情况). */
function numberLabel(item: Numbered, count: readonly number[]): string {
  const level = item.list.levels.get(item.ilvl);
  const text = level?.text ?? '';
  const after = level === undefined || level.suffix === 'nothing' ? '' : ' ';
  return `${numbered(text, item, count)}${after}`;
}

function numbered(text: string, item: Numbered, count: readonly number[]): string {
  return text.replace(/%([1-9])/g, (_, k: string) => {
    const level = Number(k) - 1;
    const n = count[level] ?? 1;
    return CHINESE_FORMATS.test(item.list.levels.get(level)?.format ?? '') ? chineseNumeral(n) : String(n);
  });
}
