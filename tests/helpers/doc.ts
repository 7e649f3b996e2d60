import type { EditorStateJSON, SerializedNodeJSON } from '../../core/document/editor-json';

/**
 * Lexical-shaped editor state JSON built by hand, as the editor's exportJSON() produces it:
 * doc(h(1, '基本情况'), p('正文'), list(['甲', '乙']))
 */

export type Inline = string | SerializedNodeJSON;

export function text(value: string, format = 0): SerializedNodeJSON {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

export function linebreak(): SerializedNodeJSON {
  return { type: 'linebreak', version: 1 };
}

function inlines(parts: readonly Inline[]): SerializedNodeJSON[] {
  return parts.map((part) => (typeof part === 'string' ? text(part) : part));
}

export function h(level: 1 | 2 | 3 | 4, ...parts: Inline[]): SerializedNodeJSON {
  return {
    type: 'heading',
    tag: `h${level}`,
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: inlines(parts),
  };
}

export function p(...parts: Inline[]): SerializedNodeJSON {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: inlines(parts),
  };
}

export function list(items: readonly string[], ordered = false): SerializedNodeJSON {
  return {
    type: 'list',
    version: 1,
    listType: ordered ? 'number' : 'bullet',
    start: 1,
    tag: ordered ? 'ol' : 'ul',
    direction: null,
    format: '',
    indent: 0,
    children: items.map((item, i) => ({
      type: 'listitem',
      version: 1,
      value: i + 1,
      direction: null,
      format: '',
      indent: 0,
      children: [text(item)],
    })),
  };
}

export function doc(...blocks: SerializedNodeJSON[]): EditorStateJSON {
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: blocks } };
}

/** A document of `paragraphs` paragraphs of Chinese prose (about 130 bytes each), for multi-page files. */
export function largeDoc(paragraphs: number, tag = ''): EditorStateJSON {
  return doc(
    h(1, '基本情况'),
    ...Array.from({ length: paragraphs }, (_, i) =>
      p(`${tag}第${i}段：学校坚持立德树人，深化产教融合，职业教育质量稳步提升。`),
    ),
  );
}

/** The document the crash test's child saves: the counter in a marker paragraph and in every paragraph. */
export function autosaveDoc(counter: number): EditorStateJSON {
  const body = largeDoc(150, `[${counter}]`);
  body.root.children!.splice(1, 0, p(`计数器=${counter}`));
  return body;
}

export function autosaveCounter(document: EditorStateJSON): number | null {
  const match = /计数器=(\d+)/.exec(JSON.stringify(document));
  return match ? Number(match[1]) : null;
}

/** A document of paragraphs in paragraphs, `levels` deep with its root and text; built without recursion. */
export function deepDocument(levels: number): EditorStateJSON {
  let node: SerializedNodeJSON = text('最深处');
  for (let level = levels - 1; level > 1; level -= 1) node = { type: 'paragraph', version: 1, children: [node] };
  return { root: { type: 'root', version: 1, children: [node] } };
}

/** The same document as JSON text, written out without JSON.stringify (which overflows on thousands of levels). */
export function deepDocumentText(levels: number): string {
  const open = '{"type":"paragraph","version":1,"children":['.repeat(levels - 2);
  const close = ']}'.repeat(levels - 2);
  return `{"root":{"type":"root","version":1,"children":[${open}${JSON.stringify(text('最深处'))}${close}]}}`;
}
