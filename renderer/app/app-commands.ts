import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../core/app-commands';

/**
 * Runs the app's menu commands wherever they come from: the application menu (Electron), the
 * keys Word users press for them (Ctrl+S, Ctrl+P), or a test. Each menu subscribes to the
 * commands it owns, so a command does exactly what its in-window menu item does.
 */
type Handler = () => void;
const handlers = new Map<AppCommand, Set<Handler>>();

export function runAppCommand(command: AppCommand): boolean {
  const set = handlers.get(command);
  for (const handler of set ?? []) handler();
  return (set?.size ?? 0) > 0;
}

/** Subscribes `handle` to each of `commands` while the component is mounted; the latest `handle` runs. */
export function useAppCommands(commands: Partial<Record<AppCommand, Handler>>): void {
  const latest = useRef(commands);
  latest.current = commands;
  const names = Object.keys(commands).sort().join(' ');
  useEffect(() => {
    const subscribed = names.split(' ').filter(Boolean) as AppCommand[];
    const entries = subscribed.map((name): [AppCommand, Handler] => [name, () => latest.current[name]?.()]);
    for (const [name, handler] of entries) {
      if (!handlers.has(name)) handlers.set(name, new Set());
      handlers.get(name)!.add(handler);
    }
    return () => {
      for (const [name, handler] of entries) handlers.get(name)?.delete(handler);
    };
  }, [names]);
}

/** Word's keys for commands of the menus: the browser's own Save page and Print are never shown. */
const commandKeys: Record<string, AppCommand> = {
  s: 'save',
  p: 'print-preview',
  S: 'save-as',
  '=': 'zoom-in',
  '+': 'zoom-in',
  '-': 'zoom-out',
  '0': 'zoom-reset',
};

export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): AppCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  // Shift is part of + on most keyboards: it picks 另存为 only with S.
  const key = event.shiftKey && event.key.toLowerCase() === 's' ? 'S' : event.key.toLowerCase();
  return commandKeys[key] ?? null;
}
