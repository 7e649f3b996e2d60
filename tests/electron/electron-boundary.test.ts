import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const electronDir = resolve(import.meta.dirname, '../../electron');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('electron boundary', () => {
  it('only the shell entry points (and a printer) load the electron module at runtime', () => {
    const importers = sourceFiles(electronDir)
      .filter((file) => /^import\s+(?!type\s)[^;]*?from\s+'electron'/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(electronDir, file).split('\\').join('/'));
    const unexpected = importers.filter((file) => !['main.ts', 'preload.ts'].includes(file) && !/print|pdf/i.test(file));
    expect(unexpected).toEqual([]);
    expect(importers).toEqual(expect.arrayContaining(['main.ts', 'preload.ts']));
  });
});
