import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type EditorState, HISTORIC_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import { zh } from '../../core/zh';
import { apiClient } from '../api-client';
import { $flattenTooDeep } from './nesting/depth-repair';
import { registerSaveFlush } from './save-barrier';
import { stateJSON } from './state-json';
import { AutosaveQueue, type SaveStatus } from './autosave-queue';

/**
 * Whether an update changed the document. A dirty node is not necessarily a changed one: the
 * page mounting re-renders every node, and registering a node transform (the paste cleanup,
 * the case and figure structure) copies every node of its type unchanged. Without this, every
 * open would write an unchanged report. A node is unchanged when it is the same object, or a
 * copy whose fields (Lexical keeps a node's state in its own `__` fields) are all the same.
 * Selection-only updates have no dirty nodes at all.
 */
function contentChanged(
  next: EditorState,
  prev: EditorState,
  dirtyElements: ReadonlyMap<NodeKey, unknown>,
  dirtyLeaves: ReadonlySet<NodeKey>,
): boolean {
  if (prev.isEmpty()) return false;
  const changed = (key: NodeKey) => !sameFields(next._nodeMap.get(key), prev._nodeMap.get(key));
  for (const key of dirtyLeaves) if (changed(key)) return true;
  for (const key of dirtyElements.keys()) if (changed(key)) return true;
  return false;
}

function sameFields(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  // __cachedText: the root's cache of the whole text, refilled after every update. Node state
  // (a heading's 不编号) is kept in __state, which Object.keys does not list.
  return (
    keys.length === Object.keys(y).length &&
    keys.every((k) => k === '__cachedText' || x[k] === y[k]) &&
    x.__state === y.__state
  );
}

/**
 * A save refused for the document's shape (nested too deep). The structure rules should let
 * nothing like it through; should something slip past them, the user is told and the tree
 * flattened, so that the retry saves instead of every later save failing the same way.
 */
function repairRefusedShape(editor: LexicalEditor, onNotice: (message: string) => void): void {
  onNotice(zh.editor.nestingFlattened);
  editor.update(() => void $flattenTooDeep(), { discrete: true });
}

interface AutosaveProps {
  path: string;
  onStatus: (status: SaveStatus) => void;
  /** Tells the user something about their text, in Chinese. */
  onNotice: (message: string) => void;
}

/** Saves the whole document about a second after typing stops, and on leaving the page. */
export function AutosavePlugin({ path, onStatus, onNotice }: AutosaveProps) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    // The queue holds editor states (immutable snapshots) and serialises only the one it
    // saves: serialising a large report on every keystroke would cost the typist.
    const queue = new AutosaveQueue<EditorState>({
      save: async (state) => {
        const result = await apiClient['report.saveDocument']({ path, document: stateJSON(state) });
        if (!result.ok && result.error.code === 'TOO_DEEP') repairRefusedShape(editor, onNotice);
        return result.ok;
      },
      onStatus,
    });
    const unregister = editor.registerUpdateListener(
      ({ editorState, prevEditorState, dirtyElements, dirtyLeaves, tags }) => {
        // Undo and redo swap in a whole earlier state and mark only the root dirty, whose own
        // fields may be unchanged (a chart's grid or a word changed deep inside): they always save.
        const restored = tags.has(HISTORIC_TAG) && editorState._nodeMap !== prevEditorState._nodeMap;
        if (!restored && !contentChanged(editorState, prevEditorState, dirtyElements, dirtyLeaves)) return;
        queue.schedule(editorState);
      },
    );
    const onHide = () => void queue.flush();
    // Closing the window with text not yet saved: hold the close (Electron cancels it quietly,
    // a browser asks), save, then close for real. Nothing typed is lost to a fast Ctrl+W.
    // The flush starts inside the handler, before a browser's dialog freezes the page.
    let closeAfterSave = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (queue.idle || closeAfterSave) return;
      event.preventDefault();
      event.returnValue = '';
      void queue.flush().then(() => {
        if (!queue.idle) return;
        closeAfterSave = true;
        window.close();
      });
    };
    const unregisterFlush = registerSaveFlush(() => queue.flush());
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      unregister();
      unregisterFlush();
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void queue.flush().finally(() => queue.dispose());
    };
  }, [editor, path, onStatus, onNotice]);

  return null;
}
