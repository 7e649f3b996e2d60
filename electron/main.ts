import { join } from 'node:path';
import {
  BrowserWindow,
  type IpcMainInvokeEvent,
  Menu,
  type WebContents,
  app,
  dialog,
  ipcMain,
  protocol,
  session,
  shell,
} from 'electron';
import { apiNames } from '../core/api';
import { apiError } from '../core/errors';
import { zh } from '../core/zh';
import { startServicesWorker } from './background/services-worker';
import { applicationMenu } from './app-menu';
import { createAppRequestHandler } from './app-protocol';
import { PRINT_SCHEME_PRIVILEGES, electronPdfPrinter } from './export/electron-pdf-printer';
import { runCli } from './cli/run-cli';
import { APP_COMMAND_CHANNEL, OPEN_FILE_CHANNEL, channelFor } from './ipc-channel';
import { cliArgs, reportPathFromArgv } from './launch-args';
import { type Dialogs, REPORT_EXTENSION, safeFileName } from './services/dialogs';
import { APP_ORIGIN, APP_SCHEME, isAppUrl } from './shell-policy';
import { clipboardForAppPageOnly, mainWindowOptions } from './window-options';

/**
 * The Electron shell, kept thin: the domain lives in ./services and core, which the browser
 * harness and the CLI run too. This file only wires them to Electron. It runs on import
 * (the bundle's entry point); tests import it with `electron` mocked.
 */

const REPORT_FILTERS = [{ name: `${zh.appName}报告`, extensions: [REPORT_EXTENSION.slice(1)] }];
const EXPORT_FILTERS = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  docx: [{ name: 'Word', extensions: ['docx'] }],
  xlsx: [{ name: 'Excel', extensions: ['xlsx'] }],
};
const IMPORT_FILTERS = [{ name: zh.importing.sources, extensions: ['docx', 'pdf', 'doc', 'wps', 'txt', 'md'] }];
const IMAGE_FILTERS = [
  { name: zh.dialogs.images, extensions: ['jpg', 'jpeg', 'png', 'gif', 'webp', 'tif', 'tiff', 'heic', 'heif', 'avif'] },
];

function start(argv: readonly string[]): void {
  const cli = cliArgs(argv);
  if (cli) {
    runAsCli(cli);
    return;
  }

  // A second launch (double-clicking another report) hands its argv to this instance.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // Must happen before 'ready': the renderer's origin is app://nianbao, a secure origin;
  // the print scheme is the hidden print window's origin. CORS lets the sandboxed 打印预览
  // (an opaque origin) load its fonts; only font responses allow it.
  const appPrivileges = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true };
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: appPrivileges }, PRINT_SCHEME_PRIVILEGES]);

  let window: BrowserWindow | null = null;
  let rendererReady = false;
  const pendingFiles: string[] = [];

  // The services run on a thread of their own: a save's sync to disk never holds up the window.
  // Paths the page may name: what the native dialogs answered, what the system handed over, the recent list.
  const services = startServicesWorker(
    {
      shell: 'electron',
      version: app.getVersion(),
      dialogs: { kind: 'host', native: true },
      paths: { kind: 'granted' },
      recentFile: join(app.getPath('userData'), 'recent.json'),
    },
    {
      dialogs: nativeDialogs(() => window),
      printer: electronPdfPrinter({ app, session, BrowserWindow }),
      revealInFolder: (path) => shell.showItemInFolder(path),
    },
  );
  const { dispatch } = services;

  const openFile = (path: string): void => {
    services.grant('open', path);
    if (window && rendererReady) window.webContents.send(OPEN_FILE_CHANNEL, path);
    else pendingFiles.push(path);
  };

  const firstFile = reportPathFromArgv(argv, process.cwd());
  if (firstFile) openFile(firstFile);

  // macOS delivers double-clicked files as an event, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });

  app.on('second-instance', (_event, otherArgv, workingDirectory) => {
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    const path = reportPathFromArgv(otherArgv, workingDirectory);
    if (path) openFile(path);
  });

  app.on('before-quit', () => services.shutdown());
  app.on('will-quit', () => void services.end());
  app.on('window-all-closed', () => {
    services.shutdown();
    if (process.platform !== 'darwin') app.quit();
  });

  const createWindow = (): void => {
    const appRoot = app.getAppPath();
    const win = new BrowserWindow(mainWindowOptions(join(appRoot, 'out', 'electron', 'preload.cjs')));
    window = win;
    rendererReady = false;
    harden(win.webContents);
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (window === win) window = null;
    });
    win.webContents.on('did-start-loading', () => {
      rendererReady = false;
    });
    // The preload buffers these until the page subscribes, so sending on load is safe.
    win.webContents.on('did-finish-load', () => {
      rendererReady = true;
      for (const path of pendingFiles.splice(0)) win.webContents.send(OPEN_FILE_CHANNEL, path);
    });
    // Once the window is up, one small import in a background worker: the user's first then finds its code compiled.
    win.webContents.once('did-finish-load', () => services.warmUp());
    void win.loadURL(`${APP_ORIGIN}/index.html`);
  };

  void app.whenReady().then(() => {
    clipboardForAppPageOnly(session.defaultSession, isAppUrl);
    protocol.handle(
      APP_SCHEME,
      createAppRequestHandler(join(app.getAppPath(), 'out', 'renderer'), {
        assets: services.assets,
        printPreview: services.printPreview,
      }),
    );

    // Generic over the contract: one handler per call name, and only for the app's own pages.
    for (const name of apiNames) {
      ipcMain.handle(channelFor(name), (event: IpcMainInvokeEvent, params: unknown) =>
        isTrustedSender(event)
          ? dispatch(name, params)
          : { ok: false, error: apiError('BAD_INPUT', 'untrusted sender') },
      );
    }

    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        applicationMenu((command) => window?.webContents.send(APP_COMMAND_CHANNEL, command), process.platform),
      ),
    );
    createWindow();
    app.on('activate', () => {
      if (!window) createWindow();
    });
  });
}

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

/** Nothing but the app's own page may ever be shown in its window. */
function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function nativeDialogs(parent: () => BrowserWindow | null): Dialogs {
  return {
    native: true,
    pickReportToOpen: () => pickOneFile(parent(), REPORT_FILTERS),
    pickImportSource: () => pickOneFile(parent(), IMPORT_FILTERS),
    pickSpreadsheet: () => pickOneFile(parent(), EXPORT_FILTERS.xlsx),
    pickImages: async () => {
      const options = { properties: ['openFile' as const, 'multiSelections' as const], filters: IMAGE_FILTERS };
      const win = parent();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    pickReportToSave: (suggestedName) => pickSavePath(parent(), suggestedName, REPORT_EXTENSION, REPORT_FILTERS),
    pickExportPath: (suggestedName, kind) => pickSavePath(parent(), suggestedName, `.${kind}`, EXPORT_FILTERS[kind]),
  };
}

async function pickOneFile(win: BrowserWindow | null, filters: Electron.FileFilter[]): Promise<string | null> {
  const options = { properties: ['openFile' as const], filters };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The native save dialog in the user's documents folder; the path always ends in `extension`. */
async function pickSavePath(
  win: BrowserWindow | null,
  suggestedName: string,
  extension: string,
  filters: Electron.FileFilter[],
): Promise<string | null> {
  const base = safeFileName(
    suggestedName.toLowerCase().endsWith(extension) ? suggestedName.slice(0, -extension.length) : suggestedName,
  );
  const options = { defaultPath: join(app.getPath('documents'), `${base}${extension}`), filters };
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  // Some Linux file choosers do not append the filter's extension.
  return result.filePath.toLowerCase().endsWith(extension) ? result.filePath : `${result.filePath}${extension}`;
}

function runAsCli(args: string[]): void {
  // `export --pdf` prints with Electron's own Chromium through a hidden window, whose
  // closing must not end the process before the command does.
  protocol.registerSchemesAsPrivileged([PRINT_SCHEME_PRIVILEGES]);
  app.on('window-all-closed', () => undefined);
  void runCli(args, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    pdfPrinter: electronPdfPrinter({ app, session, BrowserWindow }),
    version: app.getVersion(),
  }).then((code) => {
    // app.exit does not wait for piped output; an empty write calls back once it has drained.
    process.stdout.write('', () => process.stderr.write('', () => app.exit(code)));
  });
}

start(process.argv);
