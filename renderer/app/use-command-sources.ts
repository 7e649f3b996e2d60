import { useEffect } from 'react';
import { flushPendingSave } from '../editor/save-barrier';
import { onAppCommandRequest } from '../api-client';
import { commandForKey, runAppCommand, useAppCommands } from './app-commands';

/**
 * Where menu commands come from besides the page's menus: the application menu (Electron) and
 * Ctrl+S / Ctrl+P / Ctrl+Shift+S, which the page takes for itself so the browser's Save page
 * and Print dialogs never open. 保存 writes what autosave still holds at once.
 */
export function useCommandSources(): void {
  useAppCommands({ save: () => void flushPendingSave() });
  useEffect(() => onAppCommandRequest((command) => void runAppCommand(command)), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      runAppCommand(command);
    };
    // Capture: before the editor or a browser default sees the key.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
