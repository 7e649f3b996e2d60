import type { ApiClient } from './api';
import type { AppCommand } from './app-commands';

/**
 * What the Electron preload exposes to the page as `window.nianbao`: one function per
 * contract call, plus the one push event the shell sends (a report file the user opened
 * from the OS: double-click, second launch, macOS "open with").
 */
export type NianbaoBridge = ApiClient & {
  /** Subscribes to files the OS asked the app to open; returns the unsubscribe function. */
  onOpenFile(callback: (path: string) => void): () => void;
  /** Subscribes to commands chosen in the application menu; returns the unsubscribe function. */
  onAppCommand(callback: (command: AppCommand) => void): () => void;
};

/** The key under which the bridge appears on `window`. */
export const BRIDGE_KEY = 'nianbao';
