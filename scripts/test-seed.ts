import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { SEED_PATH, hasSeed } from '../tests/seed/seed-path';

/**
 * `npm run test:seed`: the tests whose point is the real seed report (its outline and its
 * reviewed 体检 findings), which vitest.config.ts runs alone under NIANBAO_SEED_SUITE=1. The
 * seed lives beside the repository in ../shared, which a clone alone lacks: then this says so
 * and exits 0, as nothing failed.
 */
const root = resolve(import.meta.dirname, '..');
if (!hasSeed()) {
  console.log(`test:seed skipped: ${relative(root, SEED_PATH)} not found.`);
  console.log('The real seed report is shared beside the repository (../shared/seed), not part of it;');
  console.log('npm test runs without it, on tests/fixtures/synthetic-report.ts. CI runs test:seed where the seed is.');
  process.exit(0);
}
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const run = spawnSync(process.execPath, [vitest, 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NIANBAO_SEED_SUITE: '1' },
});
process.exit(run.status ?? 1);
