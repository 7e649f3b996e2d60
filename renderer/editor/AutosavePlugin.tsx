import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { EditorState } from 'lexical';
import { useEffect } from 'react';
import type { EditorStateJSON } from '../../core/document/editor-json';
import { apiClient } from '../api-client';
import { registerSaveFlush } from './save-barrier';
import { AutosaveQueue, type SaveStatus } from './autosave-queue';

/** Saves the whole document about a second after typing stops, and on leaving the page. */
export function AutosavePlugin({ path, onStatus }: { path: string; onStatus: (status: SaveStatus) => void }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    // The queue holds editor states (immutable snapshots) and serialises only the one it
    // saves: serialising a large report on every keystroke would cost the typist.
    const queue = new AutosaveQueue<EditorState>({
      save: async (state) => (await apiClient['report.saveDocument']({ path, document: state.toJSON() as unknown as EditorStateJSON })).ok,
      onStatus,
    });
    const unregister = editor.registerUpdateListener(({ editorState, prevEditorState, dirtyElements, dirtyLeaves }) => {
      // Selection-only updates and the initial load change nothing worth saving.
      if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || prevEditorState.isEmpty()) return;
      queue.schedule(editorState);
    });
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
  }, [editor, path, onStatus]);

  return null;
}
