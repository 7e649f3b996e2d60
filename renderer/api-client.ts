/// <reference types="vite/client" />
import type { AppCommand } from '../core/app-commands';
import { type ApiClient, type ApiName, apiNames } from '../core/api';
import type { NianbaoBridge } from '../core/bridge';
import { withCheckedResults } from '../core/checked-results';
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

const bridge: ApiClient = window.nianbao ?? httpClient();

/**
 * Electron's preload bridge when present, else the loopback harness: the same contract either
 * way. Results are checked against the contract in development and wherever the harness serves
 * the page (`npm run dev` and the tests only); the packaged app trusts its own Node side.
 */
export const apiClient: ApiClient = import.meta.env.DEV || !window.nianbao ? withCheckedResults(bridge) : bridge;

export function onOpenFileRequest(callback: (path: string) => void): () => void {
  return window.nianbao?.onOpenFile(callback) ?? (() => {});
}

/** Commands chosen in Electron's application menu; the harness has none. */
export function onAppCommandRequest(callback: (command: AppCommand) => void): () => void {
  return window.nianbao?.onAppCommand(callback) ?? (() => {});
}
