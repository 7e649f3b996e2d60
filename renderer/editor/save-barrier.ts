/**
 * Whatever reads or replaces the report on the Node side (export, 打开, 新建, 导入, 关闭, 另存为)
 * first asks the editor's autosave (AutosavePlugin registers its flush here) for what is still
 * waiting to be saved, so the last keystrokes are never left out or lost.
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
