/**
 * Exports read the report as saved, so the export dialog first asks the editor's autosave
 * (renderer/editor/AutosavePlugin, which registers its flush here) for whatever is still
 * waiting to be saved: an export started right after typing includes the last keystrokes.
 */
let flush: (() => Promise<unknown>) | null = null;

export function registerSaveFlush(fn: () => Promise<unknown>): () => void {
  flush = fn;
  return () => {
    if (flush === fn) flush = null;
  };
}

/** Resolves once pending edits are saved (or at once when nothing registered). */
export async function flushPendingSave(): Promise<void> {
  await flush?.();
}
