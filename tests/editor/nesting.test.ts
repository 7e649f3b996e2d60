import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $parseSerializedNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { type EditorStateJSON, type SerializedNodeJSON, documentTooDeep } from '../../core/document/editor-json';
import { build } from '../../core/document/nodes';
import { $flattenTooDeep } from '../../renderer/editor/nesting/depth-repair';
import { registerNesting } from '../../renderer/editor/nesting/NestingPlugin';
import { reportNodes } from '../../renderer/editor/nodes';
import { doc, p, text } from '../helpers/doc';
import { reportEditor, toJSON } from './headless';

type Extra = Record<string, unknown>;
const element = (type: string, children: SerializedNodeJSON[], extra: Extra = {}): SerializedNodeJSON => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  ...extra,
  children,
});
const listOf = (items: SerializedNodeJSON[]) => element('list', items, { listType: 'bullet', start: 1, tag: 'ul' });
const item = (children: SerializedNodeJSON[]) => element('listitem', children, { value: 1 });

/** A list as Lexical reads `<ul><li>第1层<ul><li>第2层…` from a web page: each level under the one above. */
function deepList(levels: number): SerializedNodeJSON {
  let list = listOf([item([text(`第${levels}层`)])]);
  for (let level = levels - 1; level >= 1; level -= 1) list = listOf([item([text(`第${level}层`)]), item([list])]);
  return list;
}

/** `<blockquote>引用1<blockquote>引用2…`, as mail and forums quote a quote. */
function deepQuote(levels: number): SerializedNodeJSON {
  let quote = element('quote', [text(`引用${levels}`)]);
  for (let level = levels - 1; level >= 1; level -= 1) quote = element('quote', [text(`引用${level}`), quote]);
  return quote;
}

/** A table in a table's cell in a table's cell…, each cell with a line of text above the next table. */
function deepTable(levels: number): SerializedNodeJSON {
  const cellOf = (blocks: SerializedNodeJSON[]) =>
    element('tablecell', blocks, { colSpan: 1, rowSpan: 1, headerState: 0 });
  const table = (blocks: SerializedNodeJSON[]) => element('table', [element('tablerow', [cellOf(blocks)])]);
  let inner = table([p(`格${levels}`)]);
  for (let level = levels - 1; level >= 1; level -= 1) inner = table([p(`格${level}`), inner]);
  return inner;
}

/** Inserts blocks as paste, drop and 插入文件 do: new nodes in an update, so the transforms see them. */
function insert(editor: LexicalEditor, blocks: SerializedNodeJSON[]): void {
  const parse = (block: SerializedNodeJSON) =>
    $parseSerializedNode(block as Parameters<typeof $parseSerializedNode>[0]);
  editor.update(() => $getRoot().append(...blocks.map(parse)), { discrete: true });
}

/** Every node of a document in order, with the number of lists it is in. */
function walk(json: EditorStateJSON): { node: SerializedNodeJSON; lists: number }[] {
  const out: { node: SerializedNodeJSON; lists: number }[] = [];
  const stack = [{ node: json.root, lists: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    out.push(next);
    const lists = next.lists + (next.node.type === 'list' ? 1 : 0);
    stack.push(...(next.node.children ?? []).map((node) => ({ node, lists })).reverse());
  }
  return out;
}

const texts = (json: EditorStateJSON) => walk(json).flatMap(({ node }) => (node.type === 'text' ? [node.text] : []));
const types = (json: EditorStateJSON) => new Set(walk(json).map(({ node }) => node.type));
/** List items with text, as "level:text", the top level 0. */
const listItems = (json: EditorStateJSON) =>
  walk(json).flatMap(({ node, lists }) => {
    const first = node.children?.[0];
    return node.type === 'listitem' && first?.type === 'text' ? [`${lists - 1}:${first.text}`] : [];
  });

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('nesting', () => {
  it('puts the items of a list pasted 32 levels deep at the third level, every item in order, and it saves', () => {
    const editor = reportEditor(doc(p('前文')));
    insert(editor, [deepList(32), p('后文')]);
    const json = toJSON(editor);
    expect(listItems(json)).toEqual(['0:第1层', '1:第2层', ...range(3, 32).map((n) => `2:第${n}层`)]);
    expect(texts(json)).toEqual(['前文', ...range(1, 32).map((n) => `第${n}层`), '后文']);
    expect(documentTooDeep(json)).toBe(false);
  });

  it('makes 70 quotes nested in each other plain paragraphs, every text in order, and it saves', () => {
    const editor = reportEditor(doc(p('前文')));
    insert(editor, [deepQuote(70)]);
    const json = toJSON(editor);
    expect(json.root.children?.map((b) => b.type)).toEqual(Array<string>(71).fill('paragraph'));
    expect(texts(json)).toEqual(['前文', ...range(1, 70).map((n) => `引用${n}`)]);
    expect(documentTooDeep(json)).toBe(false);
  });

  it('keeps a quote of text, and a list of three levels, as they are', () => {
    const editor = reportEditor(doc(p('前文')));
    const wellFormed = [element('quote', [text('一句引文')]), deepList(3)];
    insert(editor, wellFormed);
    expect(toJSON(editor).root.children?.slice(1)).toEqual([wellFormed[0], expect.objectContaining({ type: 'list' })]);
    expect(listItems(toJSON(editor))).toEqual(['0:第1层', '1:第2层', '2:第3层']);
  });

  it('flattens a stored document when the editor opens it, and leaves a well-formed one untouched', async () => {
    const open = (stored: EditorStateJSON) => {
      // As the app mounts: the stored state first, the transforms registered after it.
      const editor = createHeadlessEditor({
        nodes: reportNodes,
        onError: (e) => {
          throw e;
        },
      });
      editor.setEditorState(editor.parseEditorState(JSON.stringify(stored)));
      registerNesting(editor);
      return editor;
    };
    const deep = open(doc(deepList(31), deepQuote(10)));
    await Promise.resolve();
    expect(types(toJSON(deep)).has('quote')).toBe(false);
    expect(listItems(toJSON(deep)).map((i) => i[0])).toEqual(['0', '1', ...Array<string>(29).fill('2')]);

    const threeLevels = build.nestedList([
      { content: '一', depth: 0, ordered: true },
      { content: '二', depth: 2, ordered: true },
    ]);
    const fine = build.document([build.paragraph('正文'), element('quote', [text('引文')]), threeLevels]);
    const untouched = open(fine);
    await Promise.resolve();
    expect(toJSON(untouched)).toEqual(fine);
  });

  it('as a last resort, makes a block nested too deep to save its paragraphs, all its text in order', () => {
    const editor = reportEditor(doc(p('前文')));
    insert(editor, [deepTable(25), p('后文')]);
    expect(documentTooDeep(toJSON(editor))).toBe(true);
    let flattened = false;
    editor.update(() => (flattened = $flattenTooDeep()), { discrete: true });
    const json = toJSON(editor);
    expect(flattened).toBe(true);
    expect(documentTooDeep(json)).toBe(false);
    expect(json.root.children?.map((b) => b.type)).toEqual(Array<string>(27).fill('paragraph'));
    expect(texts(json)).toEqual(['前文', ...range(1, 25).map((n) => `格${n}`), '后文']);
    editor.update(() => (flattened = $flattenTooDeep()), { discrete: true });
    expect(flattened).toBe(false);
  });
});
