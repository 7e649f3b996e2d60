import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiNames } from '../../core/api';

const fake = await vi.hoisted(() => import('./fake-electron'));
vi.mock('electron', () => fake.fakeElectron);

const { electronState, fakeElectron } = fake;

const repoRoot = resolve(import.meta.dirname, '../..');

type Bridge = Record<string, (...args: unknown[]) => unknown>;

async function loadPreload(): Promise<Bridge> {
  vi.resetModules();
  await import('../../electron/preload');
  expect([...electronState.exposed.keys()]).toEqual(['nianbao']);
  return electronState.exposed.get('nianbao') as Bridge;
}

function sendOpenFile(path: unknown): void {
  for (const listener of electronState.rendererListeners.get('app:open-file') ?? []) listener({}, path);
}

beforeEach(() => fake.resetFakeElectron({ appPath: '/nonexistent', userData: '/nonexistent' }));

describe('preload bridge', () => {
  it('exposes exactly one function per contract call plus onOpenFile and onAppCommand', async () => {
    const bridge = await loadPreload();
    expect(Object.keys(bridge).sort()).toEqual([...apiNames, 'onAppCommand', 'onOpenFile'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel with the params unchanged', async () => {
    const bridge = await loadPreload();
    for (const name of apiNames) {
      const params = { probe: name };
      await bridge[name]!(params);
      expect(fakeElectron.ipcRenderer.invoke).toHaveBeenLastCalledWith(`api:${name}`, params);
    }
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenCalledTimes(apiNames.length);
  });

  it('delivers files opened before and after the page subscribed, until it unsubscribes', async () => {
    const bridge = await loadPreload();
    sendOpenFile('/early.nianbao');
    sendOpenFile(42);
    const seen: string[] = [];
    const unsubscribe = bridge.onOpenFile!((path: string) => seen.push(path)) as () => void;
    expect(seen).toEqual(['/early.nianbao']);
    sendOpenFile('/later.nianbao');
    expect(seen).toEqual(['/early.nianbao', '/later.nianbao']);
    unsubscribe();
    sendOpenFile('/ignored.nianbao');
    expect(seen).toEqual(['/early.nianbao', '/later.nianbao']);
  });

  it('passes the page the application menu’s commands, and nothing else sent on that channel', async () => {
    const bridge = await loadPreload();
    const seen: unknown[] = [];
    const unsubscribe = bridge.onAppCommand!((command: unknown) => seen.push(command)) as () => void;
    for (const command of ['save', 'print-preview', 'rm -rf', 42, { command: 'save' }]) {
      for (const listener of electronState.rendererListeners.get('app:command') ?? []) listener({}, command);
    }
    expect(seen).toEqual(['save', 'print-preview']);
    unsubscribe();
    for (const listener of electronState.rendererListeners.get('app:command') ?? []) listener({}, 'save');
    expect(seen).toHaveLength(2);
  });

  it('imports nothing but electron and the contract (it runs sandboxed)', () => {
    const source = readFileSync(join(repoRoot, 'electron', 'preload.ts'), 'utf8');
    const imports = [...source.matchAll(/^import\s.*?from\s+'([^']+)'/gms)].map((m) => m[1]).sort();
    expect(imports).toEqual(['../core/api', '../core/app-commands', '../core/bridge', './ipc-channel', 'electron']);
  });
});
