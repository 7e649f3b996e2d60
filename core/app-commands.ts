/**
 * The commands of the app's menus, by name: the in-window 文件 and 导出 menus, the keys that
 * reach them (Ctrl+S, Ctrl+P) and Electron's application menu all run the same ones, so the
 * native menu mirrors the page's and never does something the page's menu does not.
 */
export const appCommands = [
  'new-report',
  'open',
  'import',
  'insert-file',
  'paste-text',
  'save',
  'save-as',
  'settings',
  'history',
  'close',
  'export-pdf',
  'export-docx',
  'print-preview',
  'zoom-in',
  'zoom-out',
  'zoom-reset',
  'zoom-fit',
] as const;

export type AppCommand = (typeof appCommands)[number];

export function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && (appCommands as readonly string[]).includes(value);
}
