import type { EditorState } from 'lexical';
import type { EditorStateJSON } from '../../core/document/editor-json';

const serialised = new WeakMap<EditorState, EditorStateJSON>();

/**
 * The document JSON of an editor state, made once per state: states are immutable, and the
 * autosave and 体检 both want the latest one when typing pauses (a few ms each on a long report).
 * Callers must not change what they get.
 */
export function stateJSON(state: EditorState): EditorStateJSON {
  let json = serialised.get(state);
  if (!json) {
    json = state.toJSON() as unknown as EditorStateJSON;
    serialised.set(state, json);
  }
  return json;
}
