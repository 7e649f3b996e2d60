import { $getRoot, type ParagraphNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { build } from '../../core/document/nodes';
import { stateJSON } from '../../renderer/editor/state-json';
import { reportEditor, toJSON } from './headless';

describe('stateJSON', () => {
  it('serialises a state once, and a changed state again', () => {
    const editor = reportEditor(build.document([build.paragraph('全州共有中职学校6所。')]));
    const before = editor.getEditorState();
    expect(stateJSON(before)).toBe(stateJSON(before));
    expect(stateJSON(before)).toEqual(toJSON(editor));
    editor.update(() => $getRoot().getFirstChildOrThrow<ParagraphNode>().getFirstDescendant()?.remove(), {
      discrete: true,
    });
    const after = editor.getEditorState();
    expect(after).not.toBe(before);
    expect(stateJSON(after)).not.toBe(stateJSON(before));
    expect(JSON.stringify(stateJSON(after))).not.toContain('中职学校');
  });
});
