import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { type TestFunction, type TestOptions, describe, it } from 'vitest';
import { chromiumPath } from '../../electron/export/chromium-pdf-printer';

/**
 * Tests that need a program this machine may lack (a system Chromium, LibreOffice, poppler's
 * PDF tools). Where one is missing its tests are skipped with the reason in their names, which
 * tests/helpers/skip-reporter.ts lists at the end of the run; with NIANBAO_NO_SKIPS=1, as CI
 * sets it, they fail instead, so that CI never passes by leaving tests out.
 */
export type Tool = 'chromium' | 'libreoffice' | 'poppler' | 'root';

interface Found {
  path: string | null;
  /** Where it was looked for, for the reason a test is skipped. */
  where: string;
}

const onPath = (name: string) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((p) => existsSync(p)) ?? null;

const finders: Record<Tool, () => Found> = {
  chromium: () => {
    const path = chromiumPath();
    return { path: existsSync(path) ? path : null, where: `Chromium at ${path} (NIANBAO_CHROMIUM)` };
  },
  libreoffice: () => {
    const given = process.env.NIANBAO_SOFFICE;
    const candidates = given ? [given] : ['/usr/bin/soffice', '/usr/bin/libreoffice'];
    const path = candidates.find((p) => existsSync(p)) ?? null;
    return { path, where: `LibreOffice at ${candidates.join(' or ')} (NIANBAO_SOFFICE)` };
  },
  poppler: () => ({ path: onPath('pdftotext'), where: 'pdftotext (poppler-utils) on PATH' }),
  // Mounting a read-only folder (a write-protected USB stick) or a small disk to fill needs root, as CI has.
  root: () => ({
    path: process.getuid?.() === 0 ? onPath('mount') : null,
    where: 'root with mount, to mount a read-only folder or a tmpfs',
  }),
};

/** CI's setting: a test that cannot run is a failure, not a skip. */
export const noSkips = () => process.env.NIANBAO_NO_SKIPS === '1';

export interface Requirement {
  /** The tools' paths, for tests that run them; read only inside a test, where they are present. */
  path(tool: Tool): string;
  describe(name: string, factory: () => void): void;
  it(name: string, fn: TestFunction): void;
  it(name: string, options: TestOptions, fn: TestFunction): void;
}

/** `describe` and `it` that run only where every one of `tools` is found. */
export function requires(...tools: Tool[]): Requirement {
  const found = new Map(tools.map((tool) => [tool, finders[tool]()] as const));
  const missing = [...found.values()].filter((f) => f.path === null).map((f) => `no ${f.where}`);
  const reason = missing.join(', ');
  const fail = () => {
    throw new Error(`${reason}; NIANBAO_NO_SKIPS=1 makes a missing tool a failure, not a skip`);
  };
  const skipped = (name: string) => `${name} (skipped: ${reason})`;
  return {
    path(tool) {
      const path = found.get(tool)?.path;
      if (!path) throw new Error(`${tool} was not required or not found`);
      return path;
    },
    describe(name, factory) {
      if (missing.length === 0) describe(name, factory);
      else if (noSkips()) describe(name, () => it('has what it needs', fail));
      else describe.skip(skipped(name), factory);
    },
    it(name: string, optionsOrFn: TestOptions | TestFunction, maybeFn?: TestFunction) {
      const [options, fn] = typeof optionsOrFn === 'function' ? [{}, optionsOrFn] : [optionsOrFn, maybeFn!];
      if (missing.length === 0) it(name, options, fn);
      else if (noSkips()) it(name, fail);
      else it.skip(skipped(name), options, fn);
    },
  };
}
