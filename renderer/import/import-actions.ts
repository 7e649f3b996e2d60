import type { NodeKey } from 'lexical';
import type { SerializedNodeJSON } from '../../core/document/editor-json';
import type { ImportNote } from '../../core/import/import-notes';
import { importEditor } from './editor-bridge';
import { jumpTo } from '../editor/reveal';
import { INSERT_IMPORTED_COMMAND } from './import-insert';
import { $noteTarget } from './note-targets';

/** Inserts imported blocks at the editor's caret; the keys of the inserted blocks, or null without an editor. */
export function insertImported(blocks: SerializedNodeJSON[]): NodeKey[] | null {
  const editor = importEditor();
  if (!editor) return null;
  let keys: NodeKey[] = [];
  editor.update(
    () => {
      editor.dispatchCommand(INSERT_IMPORTED_COMMAND, { blocks, onInserted: (k) => (keys = k) });
    },
    { discrete: true },
  );
  return keys;
}

/** Scrolls to the block a note is about and puts the caret at its start. */
export function jumpToNote(note: ImportNote, keys: readonly NodeKey[] | null): void {
  const editor = importEditor();
  if (!editor) return;
  const element = jumpTo(editor, () => $noteTarget(note, keys));
  if (!element) return;
  element.classList.add('import-jump-target');
  setTimeout(() => element.classList.remove('import-jump-target'), 2000);
  editor.focus();
}
