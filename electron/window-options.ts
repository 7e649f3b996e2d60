import type { BrowserWindowConstructorOptions, Session, WebPreferences } from 'electron';
import { zh } from '../core/zh';

// Type-only import: erased at build time, so this module runs (and is tested) without Electron.

/** The renderer gets no Node, no remote content and nothing but the preload's bridge. */
export function webPreferences(preload: string): WebPreferences {
  return { preload, ...lockedDownPreferences() };
}

/** Every window of the app, the hidden print window included: sandboxed, isolated, no Node. */
export function lockedDownPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Dropping a photo outside the editor must not replace the app with a file:// page.
    navigateOnDragDrop: false,
    // Chromium's spellchecker knows no Chinese and would underline every run of hanzi.
    spellcheck: false,
  };
}

export function mainWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    title: zh.appName,
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: webPreferences(preload),
  };
}

/**
 * No page of the app is ever granted a web permission (camera, notifications, HID…): asked
 * for one, it is refused, and asked whether it has one (permission checks, which Chromium
 * answers yes for some by default, such as clipboard writes), the answer is no.
 */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Reading the clipboard, which 粘贴 in the app's own right-click menu needs (navigator.clipboard.read). */
const CLIPBOARD_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-read', 'clipboard-sanitized-write']);

/**
 * As denyAllPermissions, except that the app's own page (its top frame, never the sandboxed print
 * preview inside it) may read and write the clipboard: 粘贴 from a menu has no paste event to
 * carry the clipboard and must ask for it, as a web page does.
 */
export function clipboardForAppPageOnly(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  isAppPage: (url: string) => boolean,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(CLIPBOARD_PERMISSIONS.has(permission) && details.isMainFrame && isAppPage(details.requestingUrl)),
  );
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      CLIPBOARD_PERMISSIONS.has(permission) && details.isMainFrame && isAppPage(requestingOrigin),
  );
}
