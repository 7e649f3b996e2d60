/**
 * HOOK for the editor's autosave (renderer/editor/AutosavePlugin, issue 3): exports read the
 * report as saved, so the export dialog first asks for whatever is still waiting to be saved.
 * The autosave registers its flush here (`registerSaveFlush(() => queue.flush())`); until it
 * does, an export started within a second of typing may miss the last keystrokes.
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
