import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { debMaintainer } from './deb-maintainer';
import { type DistTarget, distTargets, installArgs, targetName } from './native-targets';

/**
 * `npm run dist [-- linux-arm64 win32-x64 …]` (after `npm run build`): for each target, its own
 * native packages are put in node_modules first (npm picks optional packages by the --os and
 * --cpu it is given), then electron-builder packs that platform and processor only. The
 * machine's own packages are put back at the end, so tests and `npm start` keep working.
 * Without names: the targets this machine's platform can pack.
 */

const root = resolve(import.meta.dirname, '../..');
const builderFlag = { linux: '--linux', win32: '--win', darwin: '--mac' } as const;

const names = process.argv.slice(2);
const chosen =
  names.length > 0
    ? names.map(byName)
    : distTargets.filter((t) => t.platform === process.platform || process.platform === 'linux');

function byName(name: string): DistTarget {
  const target = distTargets.find((t) => targetName(t) === name);
  if (!target) throw new Error(`unknown target ${name}; known: ${distTargets.map(targetName).join(', ')}`);
  return target;
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
}

/** The .deb's maintainer from electron-builder.yml, or NIANBAO_MAINTAINER (deb-maintainer.ts). */
function linuxMaintainer(): string {
  const config = load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as { linux: { maintainer: string } };
  return debMaintainer(config.linux.maintainer, process.env.NIANBAO_MAINTAINER);
}

// Checked before any package is swapped: a refusal leaves node_modules as it was.
let maintainer: string | null;
try {
  maintainer = chosen.some((target) => target.platform === 'linux') ? linuxMaintainer() : null;
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}

/** What electron-builder is told beyond electron-builder.yml: a Linux target's real maintainer. */
const extraConfig = (target: DistTarget): string[] =>
  target.platform === 'linux' && maintainer !== null ? [`--config.linux.maintainer=${maintainer}`] : [];

const host: DistTarget = {
  platform: process.platform as DistTarget['platform'],
  arch: process.arch as DistTarget['arch'],
  for: 'this machine',
};
try {
  for (const target of chosen) {
    console.log(`— ${targetName(target)} (${target.for})`);
    run('npm', installArgs(target));
    const flags = [builderFlag[target.platform], `--${target.arch}`, '--publish', 'never', ...extraConfig(target)];
    run('npx', ['electron-builder', ...flags]);
  }
} finally {
  run('npm', installArgs(host));
}
