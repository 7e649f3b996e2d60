import { contextBridge, ipcRenderer } from 'electron';
import { type ApiClient, apiNames } from '../core/api';
import { BRIDGE_KEY, type NianbaoBridge } from '../core/bridge';
import { isAppCommand, type AppCommand } from '../core/app-commands';
import { APP_COMMAND_CHANNEL, OPEN_FILE_CHANNEL, channelFor } from './ipc-channel';

/**
 * Sandboxed preload: the page gets one function per contract call and the open-file event,
 * nothing else (never ipcRenderer itself, never a channel chosen by the page).
 */

const calls = Object.fromEntries(
  apiNames.map((name) => [name, (params: unknown) => ipcRenderer.invoke(channelFor(name), params)]),
) as ApiClient;

// Files can arrive before the page subscribes (first launch with a file): keep them until then.
const pendingFiles: string[] = [];
const listeners = new Set<(path: string) => void>();

ipcRenderer.on(OPEN_FILE_CHANNEL, (_event, path: unknown) => {
  if (typeof path !== 'string') return;
  if (listeners.size === 0) pendingFiles.push(path);
  for (const listener of listeners) listener(path);
});

const commandListeners = new Set<(command: AppCommand) => void>();
ipcRenderer.on(APP_COMMAND_CHANNEL, (_event, command: unknown) => {
  if (!isAppCommand(command)) return;
  for (const listener of commandListeners) listener(command);
});

const bridge = {
  ...calls,
  onOpenFile(callback: (path: string) => void): () => void {
    if (typeof callback !== 'function') throw new TypeError('onOpenFile expects a function');
    listeners.add(callback);
    for (const path of pendingFiles.splice(0)) callback(path);
    return () => {
      listeners.delete(callback);
    };
  },
  onAppCommand(callback: (command: AppCommand) => void): () => void {
    if (typeof callback !== 'function') throw new TypeError('onAppCommand expects a function');
    commandListeners.add(callback);
    return () => {
      commandListeners.delete(callback);
    };
  },
} satisfies NianbaoBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
