import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { connectCli } from '../../electron/cli/cli-api';
import { tempDir } from '../helpers/files';

const cliDir = join(import.meta.dirname, '../../electron/cli');

describe('the CLI is one more client of the contract', () => {
  it('reaches the Node side only through cli-api.ts, which calls the dispatcher', () => {
    const reachingOut = readdirSync(cliDir)
      .filter((name) => name.endsWith('.ts') && name !== 'cli-api.ts')
      .flatMap((name) =>
        [
          ...readFileSync(join(cliDir, name), 'utf8').matchAll(/^import\s+(?!type\s)[^;]*?from\s+'(\.\.\/[^']+)'/gm),
        ].map((m) => `${name}: ${m[1]}`),
      )
      .filter((line) => !line.includes(': ../../core/'));
    expect(reachingOut).toEqual([]);
  });

  it('throws what a call refuses as the same typed error, Chinese message and all', async () => {
    const api = connectCli({ version: 'test' });
    try {
      const missing = join(tempDir(), 'none.nianbao');
      const err = await api.call('report.open', { path: missing, readOnly: true }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ReportError);
      expect((err as ReportError).error).toMatchObject({ code: 'NOT_FOUND', message: zh.errors.NOT_FOUND });
      expect(await api.call('app.info', {})).toEqual({ shell: 'cli', version: 'test', nativeDialogs: false });
    } finally {
      api.close();
    }
  });
});
