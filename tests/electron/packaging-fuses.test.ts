import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * The `electronFuses:` block of electron-builder.yml: the `name: true|false` lines indented
 * under it, which is all that block holds (a line of another shape fails the test).
 */
function fusesIn(yml: string): Record<string, boolean> {
  const lines = yml.split('\n');
  const start = lines.indexOf('electronFuses:');
  if (start < 0) return {};
  const fuses: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    if (!/^\s/.test(line) || line.trim() === '') break;
    const match = /^ {2}(\w+): (true|false)$/.exec(line);
    if (!match) throw new Error(`not a fuse line: ${line}`);
    fuses[match[1]!] = match[2] === 'true';
  }
  return fuses;
}

/** The parts of electron-builder's JSON schema for its configuration that the test reads. */
interface ConfigSchema {
  properties: Record<string, unknown>;
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
}

/** What the packaged binary must never do, and must always do. */
const EXPECTED: NonNullable<Configuration['electronFuses']> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

describe('Electron fuses set at packaging', () => {
  it('electron-builder.yml flips the fuses that let others run code in the app', () => {
    expect(fusesIn(readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8'))).toEqual(EXPECTED);
  });

  it('the installed electron-builder knows each of them (its config schema)', () => {
    const builderLib = join(createRequire(import.meta.url).resolve('app-builder-lib/package.json'), '..');
    const schema = JSON.parse(readFileSync(join(builderLib, 'scheme.json'), 'utf8')) as ConfigSchema;
    expect(schema.properties).toHaveProperty('electronFuses');
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    expect(known).toEqual(expect.arrayContaining(Object.keys(EXPECTED)));
  });
});
