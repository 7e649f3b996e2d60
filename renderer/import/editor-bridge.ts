import type { LexicalEditor } from 'lexical';

/**
 * The 文件 menu and its import dialog live outside the editor's composer; the import plugin
 * inside it registers the editor here, so the dialog can insert at the cursor and jump to a
 * note's place after it closes. One window holds one report editor at a time.
 */
let active: LexicalEditor | null = null;

export function setImportEditor(editor: LexicalEditor | null): void {
  active = editor;
}

export function importEditor(): LexicalEditor | null {
  return active;
}
