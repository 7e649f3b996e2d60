import type { AppCommand } from '../core/app-commands';
import { zh } from '../core/zh';

/**
 * The application menu, in Chinese, as a template for Electron's Menu.buildFromTemplate (kept
 * free of `electron` so it is tested under Node). Its 文件 and 导出 items send the page the
 * commands its own menus run; editing and window items use Electron's roles with Chinese labels,
 * so no default English menu is ever shown.
 */
export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  /** Shown beside the item but left to the page, which handles the key itself (Ctrl+S, Ctrl+P). */
  registerAccelerator?: boolean;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll'
  | 'togglefullscreen'
  | 'minimize'
  | 'quit'
  | 'about'
  | 'hide'
  | 'appMenu';

const separator: MenuItemTemplate = { type: 'separator' };

export function applicationMenu(send: (command: AppCommand) => void, platform: NodeJS.Platform): MenuItemTemplate[] {
  const m = zh.menu;
  const command = (
    label: string,
    name: AppCommand,
    accelerator?: string,
    pageHandlesKey = false,
  ): MenuItemTemplate => ({
    label,
    click: () => send(name),
    ...(accelerator && { accelerator }),
    ...(pageHandlesKey && { registerAccelerator: false }),
  });
  const role = (label: string, name: MenuRole, accelerator?: string): MenuItemTemplate => ({
    label,
    role: name,
    ...(accelerator && { accelerator }),
  });
  const mac = platform === 'darwin';
  return [
    ...(mac
      ? [
          {
            label: zh.appName,
            submenu: [role(m.about, 'about'), separator, role(m.hide, 'hide'), role(m.quit, 'quit')],
          },
        ]
      : []),
    {
      label: `${m.file}(&F)`,
      submenu: [
        command(m.newReport, 'new-report'),
        command(m.open, 'open', 'CmdOrCtrl+O'),
        separator,
        command(zh.importing.menu, 'import'),
        command(zh.importing.insertMenu, 'insert-file'),
        command(zh.importing.pasteMenu, 'paste-text'),
        separator,
        command(m.save, 'save', 'CmdOrCtrl+S', true),
        command(m.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'),
        command(zh.settings.menu, 'settings'),
        command(zh.history.menu, 'history'),
        separator,
        command(m.close, 'close'),
        ...(mac ? [] : [separator, role(m.quit, 'quit', 'Alt+F4')]),
      ],
    },
    {
      label: `${m.edit}(&E)`,
      submenu: [
        role(m.undo, 'undo', 'CmdOrCtrl+Z'),
        role(m.redo, 'redo', 'CmdOrCtrl+Y'),
        separator,
        role(m.cut, 'cut', 'CmdOrCtrl+X'),
        role(m.copy, 'copy', 'CmdOrCtrl+C'),
        role(m.paste, 'paste', 'CmdOrCtrl+V'),
        role(m.pasteAsText, 'pasteAndMatchStyle', 'CmdOrCtrl+Shift+V'),
        role(m.selectAll, 'selectAll', 'CmdOrCtrl+A'),
      ],
    },
    {
      label: `${zh.exporting.menu}(&X)`,
      submenu: [
        command(zh.exporting.pdf, 'export-pdf'),
        command(zh.exporting.docx, 'export-docx'),
        separator,
        command(zh.exporting.preview, 'print-preview', 'CmdOrCtrl+P', true),
      ],
    },
    {
      label: `${m.view}(&V)`,
      // The page's zoom (the page handles the keys, in the harness too), not Electron's zoom of the whole window.
      submenu: [
        command(m.zoomIn, 'zoom-in', 'CmdOrCtrl+=', true),
        command(m.zoomOut, 'zoom-out', 'CmdOrCtrl+-', true),
        command(m.actualSize, 'zoom-reset', 'CmdOrCtrl+0', true),
        command(m.fitWidth, 'zoom-fit'),
        separator,
        role(m.fullScreen, 'togglefullscreen', 'F11'),
      ],
    },
    { label: `${m.window}(&W)`, submenu: [role(m.minimize, 'minimize')] },
    ...(mac ? [] : [{ label: `${m.help}(&H)`, submenu: [role(m.about, 'about')] }]),
  ];
}
