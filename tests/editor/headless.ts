import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { createHeadlessEditor } from '@lexical/headless';
import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import type { EditorStateJSON } from '../../core/document/editor-json';
import { registerCaseStructure } from '../../renderer/editor/case/case-structure';
import { registerFigureStructure } from '../../renderer/editor/figure/figure-structure';
import { registerNesting } from '../../renderer/editor/nesting/NestingPlugin';
import { reportNodes } from '../../renderer/editor/nodes';

/** The report editor's nodes and structure rules, without a DOM: what the app runs, minus the view. */
export function reportEditor(doc?: EditorStateJSON): LexicalEditor {
  const editor = createHeadlessEditor({
    namespace: 'test',
    nodes: reportNodes,
    onError: (e) => {
      throw e;
    },
  });
  mergeRegister(
    registerCaseStructure(editor),
    registerFigureStructure(editor),
    registerNesting(editor),
    registerHistory(editor, createEmptyHistoryState(), 0),
  );
  if (doc) editor.setEditorState(editor.parseEditorState(JSON.stringify(doc)));
  return editor;
}

export function toJSON(editor: LexicalEditor): EditorStateJSON {
  return editor.getEditorState().toJSON() as unknown as EditorStateJSON;
}
