import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distTargets, installArgs, requiredNativeFiles, targetName } from './native-targets';

/**
 * `npm run dist:check`: installs each installer target's native packages into a staging folder
 * of its own, as `npm run dist` does before packing that target, and checks that every native
 * file the app loads is there for that platform and processor. Needs the npm registry only.
 */

const staging = process.argv[2] ?? join(tmpdir(), 'nianbao-dist-check');
rmSync(staging, { recursive: true, force: true });
let missing = 0;
for (const target of distTargets) {
  const dir = join(staging, targetName(target));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `stage-${targetName(target)}`, private: true }));
  execFileSync('npm', installArgs(target), { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const absent = requiredNativeFiles(target).filter((f) => !existsSync(join(dir, 'node_modules', f)));
  missing += absent.length;
  const status = absent.length === 0 ? 'ok' : `MISSING ${absent.join(', ')}`;
  console.log(`${targetName(target).padEnd(13)} ${status}  (${target.for})`);
}
if (missing > 0) {
  console.error(`dist:check: ${missing} native file(s) missing; the installers would not run on those targets`);
  process.exit(1);
}
console.log(`dist:check: every target has its native modules (staged in ${staging})`);
