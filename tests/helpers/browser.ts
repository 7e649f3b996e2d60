import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ApiName, ApiParams, ApiValue } from '../../core/api';
import type { Result } from '../../core/errors';
import { CHROMIUM_FLAGS } from '../../electron/export/chromium-pdf-printer';
import { type Harness, startHarness } from '../../electron/harness/harness';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const rendererDist = join(repoRoot, 'out/renderer');

/** Debian's Chromium, with the flags that keep it off this machine's closed network (and any `extraArgs`). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
}

export interface HarnessFixture {
  harness: Harness;
  home: string;
}

/** The real services and the built renderer, as `npm run dev` serves them but without Vite. */
export async function startTestHarness(): Promise<HarnessFixture> {
  if (!existsSync(join(rendererDist, 'index.html'))) throw new Error('renderer not built: run `npm run build` first');
  const home = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
  return { harness: await startHarness({ home, staticRoot: rendererDist }), home };
}

/** A copy of `file` in the harness's home (the harness reads no file outside it), as a user's file. */
export function copyIntoHome(home: string, file: string): string {
  const path = join(home, basename(file));
  copyFileSync(file, path);
  return path;
}

/** Types through an input method as Chinese users do: a composition, then its commit. */
export async function typeWithIme(page: Page, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= text.length; i += 1) {
    const partial = text.slice(0, i);
    await cdp.send('Input.imeSetComposition', {
      text: partial,
      selectionStart: partial.length,
      selectionEnd: partial.length,
    });
  }
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}

/** Makes `path` the harness's open report, as 文件 → 打开 would: a page loaded next shows it. */
export async function openInHarness(harness: Harness, path: string): Promise<void> {
  await callHarness(harness, 'report.open', { path });
}

/**
 * Calls the harness's API as another client would (the CLI, a second window), typed by
 * core/api.ts. A refused call throws with the service's message, failing the test there.
 */
export async function callHarness<N extends ApiName>(
  harness: Harness,
  name: N,
  params: ApiParams<N>,
): Promise<ApiValue<N>> {
  const res = await fetch(`http://127.0.0.1:${harness.port}/api/${name}`, {
    method: 'POST',
    headers: { 'x-nianbao-token': harness.token },
    body: JSON.stringify(params),
  });
  const result = (await res.json()) as Result<ApiValue<N>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

export interface E2EContext {
  fixture: HarnessFixture;
  browser: Browser;
}

/** One harness and one Chromium for a test file, started before its tests and closed after. */
export function useHarnessAndBrowser(): E2EContext {
  const ctx = {} as E2EContext;
  beforeAll(async () => {
    ctx.fixture = await startTestHarness();
    ctx.browser = await launchChromium();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.fixture?.harness.close();
  });
  return ctx;
}
