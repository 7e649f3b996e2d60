import type { AppCommand } from '../core/app-commands';
import { type ApiClient, type ApiName, apiNames } from '../core/api';
import type { NianbaoBridge } from '../core/bridge';
import { type Result, apiError } from '../core/errors';

declare global {
  interface Window {
    nianbao?: NianbaoBridge;
  }
}

const TOKEN_KEY = 'nianbao-token';

/** The harness hands the page its token in the URL fragment, which is never sent to a server. */
function harnessToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) sessionStorage.setItem(TOKEN_KEY, fromHash);
  return fromHash ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpClient(): ApiClient {
  const token = harnessToken();
  const invoke = async (name: ApiName, params: unknown): Promise<Result<unknown>> => {
    try {
      const res = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-nianbao-token': token },
        body: JSON.stringify(params ?? {}),
      });
      return (await res.json()) as Result<unknown>;
    } catch (err) {
      return { ok: false, error: apiError('NETWORK', err instanceof Error ? err.message : String(err)) };
    }
  };
  return Object.fromEntries(apiNames.map((name) => [name, (params: unknown) => invoke(name, params)])) as ApiClient;
}

/** Electron's preload bridge when present, else the loopback harness: the same contract either way. */
export const apiClient: ApiClient = window.nianbao ?? httpClient();

export function onOpenFileRequest(callback: (path: string) => void): () => void {
  return window.nianbao?.onOpenFile(callback) ?? (() => {});
}

/** Commands chosen in Electron's application menu; the harness has none. */
export function onAppCommandRequest(callback: (command: AppCommand) => void): () => void {
  return window.nianbao?.onAppCommand(callback) ?? (() => {});
}
