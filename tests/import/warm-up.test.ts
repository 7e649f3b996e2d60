import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { warmUpImport } from '../../electron/import/warm-up';

const warmUpDirs = () => readdirSync(tmpdir()).filter((name) => name.startsWith('nianbao-warm-up-'));

describe('the import warmed up at start', () => {
  it('runs a whole small import and leaves nothing behind', async () => {
    const before = warmUpDirs();
    await warmUpImport();
    expect(warmUpDirs()).toEqual(before);
  });
});
