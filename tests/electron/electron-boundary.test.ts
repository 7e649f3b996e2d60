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
  it('only the shell entry points load the electron module at run time; the rest is handed what it needs', () => {
    const importers = sourceFiles(electronDir)
      .filter((file) => /^import\s+(?!type\s)[^;]*?from\s+'electron'/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(electronDir, file).split('\\').join('/'));
    expect(importers.sort()).toEqual(['main.ts', 'preload.ts']);
  });
});
