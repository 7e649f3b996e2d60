import { $getRoot, $setSelection, type LexicalEditor, type LexicalNode, type NodeKey, UNDO_COMMAND } from 'lexical';
import { describe, expect, it } from 'vitest';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import { build } from '../../core/document/nodes';
import { buildReportTree } from '../../core/report-tree';
import { INSERT_IMPORTED_COMMAND, registerImportInsert } from '../../renderer/import/import-insert';
import { reportEditor, toJSON } from '../editor/headless';

const photo = { assetKey: 'a'.repeat(64), width: 800, height: 600, name: '实习.jpg' };

function editorWith(blocks: SerializedNodeJSON[]): LexicalEditor {
  const editor = reportEditor(build.document(blocks));
  registerImportInsert(editor);
  return editor;
}

/** Puts the caret at the end of the node at `path` (indices from the root). */
function caretAtEnd(editor: LexicalEditor, path: number[]): void {
  editor.update(
    () => {
      let node: LexicalNode = $getRoot();
      for (const i of path) node = (node as unknown as { getChildAtIndex(i: number): LexicalNode }).getChildAtIndex(i);
      node.selectEnd();
    },
    { discrete: true },
  );
}

function insert(editor: LexicalEditor, blocks: SerializedNodeJSON[]): NodeKey[] {
  let keys: NodeKey[] = [];
  editor.update(() => void editor.dispatchCommand(INSERT_IMPORTED_COMMAND, { blocks, onInserted: (k) => (keys = k) }), {
    discrete: true,
  });
  return keys;
}

const outline = (editor: LexicalEditor) => {
  const tree = buildReportTree(toJSON(editor));
  return tree.blocks.map((b) =>
    b.kind === 'heading'
      ? `${b.label} ${b.text}`
      : b.kind === 'case'
        ? `${b.label} ${b.title} [${b.body.map((x) => x.kind).join(',')}]`
        : b.kind === 'figure'
          ? `${b.label} ${b.caption}`
          : b.kind,
  );
};

const report = () => [
  build.heading(1, '基本情况'),
  build.paragraph('全州共有中职学校6所。'),
  build.caseBlock('产教融合', [build.paragraph('案例正文。'), build.figure('实训现场', null)]),
  build.figure('校园一角', null),
];

describe('INSERT_IMPORTED_COMMAND (插入文件 at the caret)', () => {
  it('inserts after the paragraph holding the caret; the figures after it renumber', () => {
    const editor = editorWith(report());
    caretAtEnd(editor, [1]);
    const keys = insert(editor, [build.paragraph('学校组织学生实习。'), build.figure('学生在企业实习', photo)]);
    expect(keys).toHaveLength(2);
    expect(outline(editor)).toEqual([
      '1 基本情况',
      'paragraph',
      'paragraph',
      '图1 学生在企业实习',
      '【案例1】 产教融合 [paragraph,figure]',
      '图3 校园一角',
    ]);
    expect(buildReportTree(toJSON(editor)).figures.map((f) => `${f.label} ${f.caption}`)).toEqual([
      '图1 学生在企业实习',
      '图2 实训现场',
      '图3 校园一角',
    ]);
  });

  it('steps out of a case for headings and cases, but puts body blocks into it', () => {
    const editor = editorWith(report());
    caretAtEnd(editor, [2, 1]);
    insert(editor, [build.heading(2, '学校案例'), build.caseBlock('校企合作', [build.paragraph('正文。')])]);
    expect(outline(editor)).toEqual([
      '1 基本情况',
      'paragraph',
      '【案例1】 产教融合 [paragraph,figure]',
      '1.1 学校案例',
      '【案例2】 校企合作 [paragraph]',
      '图2 校园一角',
    ]);

    const other = editorWith(report());
    caretAtEnd(other, [2, 1]);
    insert(other, [build.paragraph('补充一段。')]);
    expect(outline(other)[2]).toBe('【案例1】 产教融合 [paragraph,paragraph,figure]');
  });

  it('uses the caret from before the focus left the editor, and one undo takes the whole insert back', async () => {
    const editor = editorWith(report());
    caretAtEnd(editor, [0]);
    editor.update(() => $setSelection(null), { discrete: true });
    insert(editor, [build.paragraph('插入的第一段。'), build.paragraph('插入的第二段。')]);
    const texts = () =>
      editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((n) => n.getTextContent()),
      );
    expect(texts().slice(0, 4)).toEqual(['基本情况', '插入的第一段。', '插入的第二段。', '全州共有中职学校6所。']);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    await Promise.resolve(); // commands commit in a microtask
    expect(texts()).not.toContain('插入的第一段。');
    expect(texts()).toContain('全州共有中职学校6所。');
  });
});
