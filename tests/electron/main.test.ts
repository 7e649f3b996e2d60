import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { apiNames } from '../../core/api';
import { appCommands } from '../../core/app-commands';
import type { MenuItemTemplate } from '../../electron/app-menu';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell-policy';
import { photoLikeJpeg } from '../assets/sample-images';
import { sampleMeta } from '../helpers/files';
import { chooseSavePath, invoke, launch, useElectronShell } from './electron-shell';

const fake = await vi.hoisted(() => import('./fake-electron'));
vi.mock('electron', () => fake.fakeElectron);

const { electronState, fakeElectron, fakeEvent } = fake;

const shell = useElectronShell();

function onlyWindow(): InstanceType<typeof fake.FakeBrowserWindow> {
  expect(electronState.windows).toHaveLength(1);
  return electronState.windows[0]!;
}

describe('main window', () => {
  it('is sandboxed, isolated and has no Node', async () => {
    await launch();
    const win = onlyWindow();
    expect(win.options).toMatchObject({ title: '年报工坊', width: 1280, height: 860, show: false });
    expect(win.options.webPreferences).toEqual({
      preload: join(electronState.appPath, 'out', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
    expect(win.loadedUrls).toEqual(['app://nianbao/index.html']);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
  });

  it('refuses navigation away from the app, new windows and webviews', async () => {
    await launch();
    const contents = onlyWindow().webContents;

    const away = fakeEvent();
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.defaultPrevented).toBe(true);

    const fileUrl = fakeEvent();
    contents.emit('will-navigate', fileUrl, 'file:///etc/passwd');
    expect(fileUrl.defaultPrevented).toBe(true);

    const inside = fakeEvent();
    contents.emit('will-navigate', inside, 'app://nianbao/index.html');
    expect(inside.defaultPrevented).toBe(false);

    const redirect = fakeEvent();
    contents.emit('will-redirect', redirect, 'https://example.com/');
    expect(redirect.defaultPrevented).toBe(true);

    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://nianbao/index.html' })).toEqual({ action: 'deny' });

    const webview = fakeEvent();
    expect(contents.listenerCount('will-attach-webview')).toBeGreaterThan(0);
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.defaultPrevented).toBe(true);
  });

  it('denies every permission request but the clipboard, and that to the app page’s top frame only', async () => {
    await launch();
    const handler = electronState.permissionHandler;
    expect(handler).not.toBeNull();
    const asks = (permission: string, requestingUrl: string, isMainFrame = true) => {
      const callback = vi.fn();
      handler?.({}, permission, callback, { requestingUrl, isMainFrame });
      expect(callback).toHaveBeenCalledOnce();
      return callback.mock.calls[0]![0] as boolean;
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen']) {
      expect(asks(permission, 'app://nianbao/index.html'), permission).toBe(false);
    }
    // 粘贴 in the right-click menu reads the clipboard through navigator.clipboard.
    expect(asks('clipboard-read', 'app://nianbao/index.html')).toBe(true);
    expect(asks('clipboard-read', 'app://nianbao/index.html', false)).toBe(false);
    expect(asks('clipboard-read', 'https://example.org/')).toBe(false);
    expect(asks('clipboard-read', 'app://elsewhere/')).toBe(false);
  });

  it('answers permission checks no, but the clipboard’s for the app page', async () => {
    await launch();
    const check = electronState.permissionCheckHandler;
    expect(check).not.toBeNull();
    const permissions = ['media', 'notifications', 'hid', 'serial', 'usb', 'fullscreen'];
    for (const permission of permissions) {
      expect(check?.({}, permission, 'app://nianbao', { isMainFrame: true }), permission).toBe(false);
    }
    expect(check?.({}, 'clipboard-read', 'app://nianbao', { isMainFrame: true })).toBe(true);
    expect(check?.({}, 'clipboard-sanitized-write', 'app://nianbao', { isMainFrame: true })).toBe(true);
    expect(check?.({}, 'clipboard-read', 'app://nianbao', { isMainFrame: false })).toBe(false);
    expect(check?.({}, 'clipboard-read', 'null', { isMainFrame: true })).toBe(false);
  });
});

describe('application menu', () => {
  it('is the app’s own, in Chinese, and sends the page the commands its menus run', async () => {
    await launch();
    const menu = electronState.applicationMenu as MenuItemTemplate[] | null;
    expect(menu).not.toBeNull();
    const items = menu!.flatMap(function all(item): MenuItemTemplate[] {
      return [item, ...(item.submenu ?? []).flatMap(all)];
    });
    const labels = items.filter((i) => i.type !== 'separator').map((i) => i.label ?? '');
    // Electron's default menu (File, Edit, View, Window, Help) in English never shows: every item is labelled in
    // Chinese.
    expect(labels.filter((l) => !/\p{Script=Han}/u.test(l))).toEqual([]);
    expect(menu!.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '导出(&X)', '视图(&V)', '窗口(&W)', '帮助(&H)']);

    const win = onlyWindow();
    const byLabel = (label: string) => items.find((i) => i.label === label)!;
    byLabel('保存').click!();
    byLabel('打印预览').click!();
    byLabel('导出 PDF…').click!();
    expect(win.webContents.sent.filter(([channel]) => channel === 'app:command')).toEqual([
      ['app:command', 'save'],
      ['app:command', 'print-preview'],
      ['app:command', 'export-pdf'],
    ]);
    // Every command of the page's menus is in the application menu.
    win.webContents.sent.length = 0;
    for (const item of items) item.click?.();
    expect(win.webContents.sent.map(([, command]) => command).sort()).toEqual([...appCommands].sort());
    // The page handles Ctrl+S and Ctrl+P itself (also in the browser harness): the menu only shows them.
    expect(byLabel('保存')).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
    expect(byLabel('粘贴为纯文本')).toMatchObject({ role: 'pasteAndMatchStyle' });
  });
});

describe('app:// protocol', () => {
  it('is privileged and serves the built renderer with the CSP', async () => {
    await launch();
    expect(electronState.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
      { scheme: 'nianbao-print', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const handle = electronState.protocolHandlers.get('app');
    expect(handle).toBeDefined();

    const page = await handle!(new Request('app://nianbao/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('年报工坊');

    const script = await handle!(new Request('app://nianbao/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);

    expect((await handle!(new Request('app://evil/index.html'))).status).toBe(403);
    expect((await handle!(new Request('app://nianbao/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});

describe('IPC', () => {
  it('registers exactly one handler per contract call and nothing else', async () => {
    await launch();
    const channels = [...electronState.ipcHandlers.keys()].sort();
    expect(channels).toEqual(apiNames.map((name) => `api:${name}`).sort());
    expect(fakeElectron.ipcMain.on).not.toHaveBeenCalled();
  });

  it('dispatches calls from the app page', async () => {
    await launch();
    expect(await invoke('app.info', 'app://nianbao/index.html', {})).toEqual({
      ok: true,
      value: { shell: 'electron', version: '9.9.9', nativeDialogs: true },
    });
    expect(await invoke('recent.list', 'app://nianbao/', undefined)).toEqual({ ok: true, value: [] });
  });

  it('refuses senders that are not the app page', async () => {
    await launch();
    for (const url of ['https://evil.example/', 'app://evil/index.html', 'file:///tmp/x.html', 'about:blank', '']) {
      expect(await invoke('app.info', url, {}), url).toMatchObject({ ok: false, error: { code: expect.any(String) } });
    }
    expect(await invoke('app.info', null, {})).toMatchObject({ ok: false });
  });

  it('validates params at the boundary', async () => {
    await launch();
    expect(await invoke('recent.forget', 'app://nianbao/index.html', { path: 42 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await invoke('app.info', 'app://nianbao/index.html', { extra: true })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(await invoke('report.open', 'app://nianbao/index.html', 'not an object')).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
  });

  it('uses native dialogs and maps a cancelled dialog to null', async () => {
    await launch();
    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await invoke('dialog.pickReportToOpen', 'app://nianbao/', {})).toEqual({ ok: true, value: null });

    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/u/报告' });
    expect(await invoke('dialog.pickReportToSave', 'app://nianbao/', { suggestedName: '报告' })).toEqual({
      ok: true,
      value: '/home/u/报告.nianbao',
    });
    const [, options] = fakeElectron.dialog.showSaveDialog.mock.calls[0] as [unknown, { filters: unknown }];
    expect(options.filters).toEqual([{ name: '年报工坊报告', extensions: ['nianbao'] }]);
  });

  it('picks an import source with a Word/PDF/text filter; cancelled is null', async () => {
    await launch();
    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/u/去年.docx'] });
    expect(await invoke('dialog.pickImportSource', 'app://nianbao/', {})).toEqual({
      ok: true,
      value: '/home/u/去年.docx',
    });
    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await invoke('dialog.pickImportSource', 'app://nianbao/', {})).toEqual({ ok: true, value: null });
    const [, options] = fakeElectron.dialog.showOpenDialog.mock.calls[0] as [
      unknown,
      { filters: { extensions: string[] }[] },
    ];
    expect(options.filters[0]!.extensions).toEqual(['docx', 'pdf', 'doc', 'wps', 'txt', 'md']);
  });

  it('asks where to export with the format filter and extension, and reveals the file', async () => {
    await launch();
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/u/年报' });
    expect(await invoke('dialog.pickExportPath', 'app://nianbao/', { suggestedName: '年报', kind: 'pdf' })).toEqual({
      ok: true,
      value: '/home/u/年报.pdf',
    });
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/u/年报.DOCX' });
    expect(
      await invoke('dialog.pickExportPath', 'app://nianbao/', { suggestedName: '年报.docx', kind: 'docx' }),
    ).toEqual({ ok: true, value: '/home/u/年报.DOCX' });
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await invoke('dialog.pickExportPath', 'app://nianbao/', { suggestedName: '年报', kind: 'pdf' })).toEqual({
      ok: true,
      value: null,
    });
    const calls = fakeElectron.dialog.showSaveDialog.mock.calls as unknown as [
      unknown,
      { filters: unknown; defaultPath: string },
    ][];
    expect(calls[0]![1]).toMatchObject({
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      defaultPath: expect.stringMatching(/年报\.pdf$/),
    });
    expect(calls[1]![1]).toMatchObject({
      filters: [{ name: 'Word', extensions: ['docx'] }],
      defaultPath: expect.stringMatching(/\/年报\.docx$/),
    });

    expect(await invoke('app.capabilities', 'app://nianbao/', {})).toEqual({ ok: true, value: { reveal: true } });
    expect(await invoke('app.reveal', 'app://nianbao/', { path: '/home/u/年报.pdf' })).toEqual({
      ok: true,
      value: true,
    });
    expect(fakeElectron.shell.showItemInFolder).toHaveBeenCalledWith('/home/u/年报.pdf');
  });
});

describe('photos', () => {
  // From source, the services thread and the photo worker it starts each load their code through tsx first.
  it('picks several images with the native dialog and serves them over app://', async () => {
    await launch();
    const path = join(shell.home, '照片.nianbao');
    await chooseSavePath(path);
    expect(await invoke('report.create', 'app://nianbao/', { path, meta: sampleMeta })).toMatchObject({ ok: true });
    const photo = join(shell.home, 'IMG_0001.jpg');
    const notAPhoto = join(shell.home, 'notes.jpg');
    writeFileSync(photo, await photoLikeJpeg(640, 480));
    writeFileSync(notAPhoto, 'not a photo');
    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [photo, notAPhoto] });
    const picked = (await invoke('assets.pick', 'app://nianbao/', {})) as {
      ok: true;
      value: { assetKey: string; name: string; width: number }[];
    };
    expect(picked).toMatchObject({
      ok: true,
      value: [{ name: 'IMG_0001.jpg', width: 640, height: 480, mime: 'image/jpeg', added: true }],
    });
    const [, options] = fakeElectron.dialog.showOpenDialog.mock.calls.at(-1) as [
      unknown,
      { properties: string[]; filters: { extensions: string[] }[] },
    ];
    expect(options.properties).toContain('multiSelections');
    expect(options.filters[0]?.extensions).toEqual(expect.arrayContaining(['jpg', 'png', 'heic']));

    const served = await electronState.protocolHandlers.get('app')!(
      new Request(`app://nianbao/report-assets/${picked.value[0]!.assetKey}`),
    );
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');

    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await invoke('assets.pick', 'app://nianbao/', {})).toEqual({ ok: true, value: [] });
    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [notAPhoto] });
    expect(await invoke('assets.pick', 'app://nianbao/', {})).toMatchObject({
      ok: false,
      error: { code: 'BAD_IMAGE' },
    });
  }, 90_000);
});

describe('single instance and opening files', () => {
  it('quits without a window when another instance holds the lock', async () => {
    electronState.lock = false;
    await launch();
    expect(fakeElectron.app.quit).toHaveBeenCalled();
    expect(electronState.windows).toHaveLength(0);
    expect(electronState.ipcHandlers.size).toBe(0);
  });

  it('focuses the window and opens the file of a second launch', async () => {
    await launch();
    const win = onlyWindow();
    win.webContents.emit('did-finish-load');
    fakeElectron.app.emit(
      'second-instance',
      fakeEvent(),
      ['/opt/nianbao/nianbao', '--some-switch', 'reports/学校.nianbao'],
      '/home/u',
    );
    expect(win.focused).toBe(1);
    expect(win.webContents.sent).toEqual([['app:open-file', resolve('/home/u', 'reports/学校.nianbao')]]);

    fakeElectron.app.emit('second-instance', fakeEvent(), ['/opt/nianbao/nianbao'], '/home/u');
    expect(win.focused).toBe(2);
    expect(win.webContents.sent).toHaveLength(1);
  });

  it('delivers a file named on the first launch once the page has loaded', async () => {
    await launch(['/opt/nianbao/nianbao', '/data/州报告.NIANBAO']);
    const contents = onlyWindow().webContents;
    expect(contents.sent).toEqual([]);
    contents.emit('did-finish-load');
    expect(contents.sent).toEqual([['app:open-file', '/data/州报告.NIANBAO']]);
  });

  it('handles macOS open-file', async () => {
    await launch();
    const contents = onlyWindow().webContents;
    const event = fakeEvent();
    fakeElectron.app.emit('open-file', event, '/Users/u/a.nianbao');
    expect(event.defaultPrevented).toBe(true);
    contents.emit('did-finish-load');
    expect(contents.sent).toEqual([['app:open-file', '/Users/u/a.nianbao']]);
  });

  it('closes the open report when the last window closes', async () => {
    await launch();
    const meta = { title: '测试报告', organisation: '某职业学校', year: 2025, kind: 'school' };
    await chooseSavePath(join(shell.home, 'r.nianbao'));
    const created = await invoke('report.create', 'app://nianbao/', { path: join(shell.home, 'r.nianbao'), meta });
    expect(created).toMatchObject({ ok: true });
    const current = await invoke('report.current', 'app://nianbao/', {});
    expect(current).toMatchObject({ ok: true, value: { path: join(shell.home, 'r.nianbao') } });
    fakeElectron.app.emit('window-all-closed');
    expect(await invoke('report.current', 'app://nianbao/', {})).toEqual({ ok: true, value: null });
    expect(fakeElectron.app.listenerCount('before-quit')).toBe(1);
  });
});

describe('--cli', () => {
  it('runs the command line tool and exits with its code instead of opening a window', async () => {
    const out: string[] = [];
    const capture = (chunk: unknown, cb?: unknown): boolean => {
      out.push(String(chunk));
      if (typeof cb === 'function') cb();
      return true;
    };
    vi.spyOn(process.stdout, 'write').mockImplementation(capture as typeof process.stdout.write);
    vi.spyOn(process.stderr, 'write').mockImplementation(capture as typeof process.stderr.write);

    await launch(['/opt/nianbao/nianbao', '--cli', 'help']);
    await vi.waitFor(() => expect(fakeElectron.app.exit).toHaveBeenCalledWith(0));
    expect(out.join('')).toContain('nianbao new');
    expect(fakeElectron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(electronState.windows).toHaveLength(0);

    await launch(['/opt/nianbao/nianbao', '--cli', 'no-such-command']);
    await vi.waitFor(() => expect(fakeElectron.app.exit).toHaveBeenCalledWith(2));
  });
});
