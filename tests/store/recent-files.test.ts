import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/files';
import { runTs } from '../helpers/processes';

describe('the 最近打开 list shared by two processes', () => {
  it('two processes recording opens at once both finish, and the list stays readable', {
    timeout: 60_000,
  }, async () => {
    const dir = tempDir();
    const file = join(dir, 'settings', 'recent.json');
    const runs = await Promise.all(
      ['甲', '乙'].map((tag) => runTs('tests/helpers/recent-loop.ts', [file, tag, '200'])),
    );
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0, stdout: 'done\n' });
    const list = JSON.parse(readFileSync(file, 'utf8')) as { path: string }[];
    expect(list.length).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'settings'))).toEqual(['recent.json']);
  });
});
