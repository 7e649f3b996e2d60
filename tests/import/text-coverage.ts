import { SaxesParser } from 'saxes';
import type { ImportResult } from '../../core/import/recognise';
import { ZipArchive } from '../../electron/import/zip-archive';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * The text of each paragraph of a .docx's word/document.xml, read on its own (not through the
 * import under test): w:t and w:tab, tracked deletions and hidden runs left out; a paragraph inside
 * a text box or a table cell counts as one of its own; empty paragraphs are left out.
 */
export async function sourceParagraphs(docx: Buffer): Promise<string[]> {
  const xml = (await ZipArchive.open(docx).read('word/document.xml')).toString('utf8');
  const paragraphs: string[] = [];
  /** The paragraphs open around the point read (a text box's paragraph stands inside its anchor's). */
  const open: string[] = [];
  let [deleted, inText, hidden, inRunProps] = [0, false, false, false];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (tag.uri !== W) return;
    if (tag.local === 'p') open.push('');
    else if (tag.local === 'del' || tag.local === 'moveFrom') deleted += 1;
    else if (tag.local === 'r') hidden = false;
    else if (tag.local === 'rPr') inRunProps = true;
    else if (tag.local === 'vanish' && inRunProps)
      hidden = !/^(?:false|0|off)$/.test(String(tag.attributes['w:val']?.value ?? 'true'));
    else if (tag.local === 't') inText = true;
    else if (tag.local === 'tab' && !inRunProps && open.length) open[open.length - 1] += ' ';
  });
  parser.on('text', (text) => {
    if (inText && !deleted && !hidden && open.length) open[open.length - 1] += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.uri !== W) return;
    if (tag.local === 'p') {
      const text = open.pop()!.trim();
      if (text) paragraphs.push(text);
    } else if (tag.local === 'del' || tag.local === 'moveFrom') deleted -= 1;
    else if (tag.local === 'rPr') inRunProps = false;
    else if (tag.local === 't') inText = false;
  });
  parser.write(xml).close();
  return paragraphs;
}

/** The typed numbers and labels the import takes off into the document's own numbering. */
const LABEL_FORMS = [
  /第[一二三四五六七八九十百\d]+[章节部分篇]/, // 第三章
  /[一二三四五六七八九十]+[、.．]/, // 一、
  /[（(][一二三四五六七八九十\d]+[）)]/, // （二）
  /\d+(?:[.．]\d+)*[.、．]?/, // 1.2
  /[图表]\s*\d+(?:[-.．]\d+)?[:：]?/, // 图4 表5
  /【案例\s*\d*】[:：]?/, // 【案例6】
];
/** One of LABEL_FORMS at the start of a line. */
const LEADING_LABEL = new RegExp(`^(?:${LABEL_FORMS.map((form) => form.source).join('|')})`);
/** A full stop a heading loses. */
const TRAILING_STOP = /[。.]$/;
/** A page's number ("- 5 -", "第 5 页"): left out, and named as a kind, by the page-furniture note. */
const PAGE_NUMBER = /^(?:[-—–－·•]\s*\d{1,3}\s*[-—–－·•]|第\s*\d{1,3}\s*页.*|\d{1,3})$/;
/** Titles the report draws itself from its meta (the export's 前言 heading): the import leaves them out of the text. */
const DRAWN_TITLES = new Set(['前言']);

/**
 * A text without its white space, which layout adds and takes away. Lines stay apart: no text runs on into the next
 * string.
 */
const squeeze = (text: string) => text.replace(/[ \t\r\u3000]+/g, '');

/** Keys of the editor's JSON that say how text is shown, never text itself. */
const FORMAT_KEYS = new Set([
  'type',
  'mode',
  'style',
  'format',
  'direction',
  'tag',
  'textStyle',
  'listType',
  'textFormat',
]);

/**
 * Every string the imported document holds (text, captions, cells), and the cover's title and
 * lines. Sibling text nodes run on as one text (a paragraph's runs); other strings stand apart.
 */
function importedText(result: ImportResult): string {
  const strings: string[] = [
    result.title ?? '',
    ...Object.values(result.cover ?? {}).map((v) => (typeof v === 'string' ? v : '')),
  ];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      strings.push(
        value
          .map((item) =>
            item && typeof item === 'object' && typeof (item as { text?: unknown }).text === 'string'
              ? (item as { text: string }).text
              : '',
          )
          .join(''),
      );
      value.forEach(walk);
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (typeof inner === 'string' && !FORMAT_KEYS.has(key)) strings.push(inner);
        else walk(inner);
      }
    }
  };
  walk(result.document);
  return squeeze(strings.join('\n'));
}

/**
 * The source paragraphs that the imported report neither holds (their text, or their text after
 * a typed number the import made the document's own) nor names in a note: none, when every
 * paragraph is accounted for.
 */
export async function unaccountedParagraphs(docx: Buffer, result: ImportResult): Promise<string[]> {
  const text = importedText(result);
  // A note quotes what it names, several lines joined by " / " at times, cut short with "…".
  const pagesNoted = result.notes.some((n) => n.kind === 'page-furniture-left-out');
  const noted = result.notes.flatMap((n) => squeeze(n.text).split(/…/)).filter(Boolean);
  return (await sourceParagraphs(docx)).filter((paragraph) => {
    const whole = squeeze(paragraph);
    const unlabelled = whole.replace(LEADING_LABEL, '').replace(TRAILING_STOP, '');
    if (text.includes(whole) || (unlabelled && text.includes(unlabelled))) return false;
    if (DRAWN_TITLES.has(whole) || (PAGE_NUMBER.test(whole) && pagesNoted)) return false;
    return !noted.some((excerpt) => (excerpt.length >= 4 && whole.startsWith(excerpt)) || excerpt.includes(whole));
  });
}
