import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { electronState, fakeElectron, resetFakeElectron } from './fake-electron';

/**
 * main.ts run against the fake Electron, for test files that mock `electron` with it:
 * `vi.mock('electron', () => fake.fakeElectron)` after `vi.hoisted(() => import('./fake-electron'))`.
 */

/** Runs main.ts afresh, as `electron .` would with `argv`. */
export async function launch(argv: string[] = ['/opt/nianbao/nianbao', '.']): Promise<void> {
  process.argv = argv;
  vi.resetModules();
  await import('../../electron/main');
  // Let app.whenReady().then(...) run.
  await new Promise((r) => setImmediate(r));
}

/** A contract call over IPC, as the page in the frame at `senderUrl` sends it. */
export function invoke(name: string, senderUrl: string | null, params: unknown): Promise<unknown> {
  const handler = electronState.ipcHandlers.get(`api:${name}`);
  if (!handler) throw new Error(`no handler for api:${name}`);
  return Promise.resolve(handler({ senderFrame: senderUrl === null ? null : { url: senderUrl } }, params));
}

/** The user picks `path` in the native save dialog: only then may the page create a report there. */
export async function chooseSavePath(path: string): Promise<void> {
  fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
  const picked = await invoke('dialog.pickReportToSave', 'app://nianbao/', { suggestedName: '报告' });
  expect(picked).toEqual({ ok: true, value: path });
}

/**
 * For each test: a fresh folder (`shell.home`) holding a stand-in for the built renderer and
 * the user's settings, and a fresh fake Electron; the report is closed and all removed after.
 */
export function useElectronShell(): { readonly home: string } {
  const shell = { home: '' };
  const originalArgv = process.argv;
  beforeEach(() => {
    shell.home = mkdtempSync(join(tmpdir(), 'nianbao-electron-'));
    const appPath = join(shell.home, 'app');
    mkdirSync(join(appPath, 'out', 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(appPath, 'out', 'renderer', 'index.html'), '<!doctype html><title>年报工坊</title>');
    writeFileSync(join(appPath, 'out', 'renderer', 'assets', 'app.js'), 'console.log(1)');
    resetFakeElectron({ appPath, userData: join(shell.home, 'user') });
  });
  afterEach(() => {
    fakeElectron.app.emit('before-quit');
    // Ends the services thread, as quitting does.
    fakeElectron.app.emit('will-quit');
    process.argv = originalArgv;
    vi.restoreAllMocks();
    rmSync(shell.home, { recursive: true, force: true });
  });
  return shell;
}
