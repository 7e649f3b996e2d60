import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The platforms the installers are built for, and the native files each needs. better-sqlite3
 * ships every platform's Node-API build in its own package; sharp ships one npm package per
 * platform, of which `npm install` fetches only the machine's own: an arm64 .deb built on x64
 * would otherwise carry x64 binaries.
 */
export interface DistTarget {
  platform: 'linux' | 'win32' | 'darwin';
  arch: 'x64' | 'arm64';
  /** Who runs it: the school PCs and office systems each target is for. */
  for: string;
}

export const distTargets: readonly DistTarget[] = [
  { platform: 'win32', arch: 'x64', for: 'Windows 10/11' },
  { platform: 'linux', arch: 'x64', for: 'Debian, Ubuntu, UOS and Kylin on x86' },
  { platform: 'linux', arch: 'arm64', for: 'UOS and Kylin on Phytium and Kunpeng' },
  { platform: 'darwin', arch: 'x64', for: 'Intel Macs' },
  { platform: 'darwin', arch: 'arm64', for: 'Apple silicon Macs' },
];

export const targetName = (t: DistTarget): string => `${t.platform}-${t.arch}`;

const root = resolve(import.meta.dirname, '../..');

/** The versions of the native packages this checkout uses, so every target gets the same ones. */
export function nativePackages(): Record<'sharp' | 'better-sqlite3', string> {
  const version = (name: string) => {
    const manifest = readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8');
    return (JSON.parse(manifest) as { version: string }).version;
  };
  return { sharp: version('sharp'), 'better-sqlite3': version('better-sqlite3') };
}

/** The files (relative to a node_modules folder) without which the app cannot run on `t`. */
export function requiredNativeFiles(t: DistTarget): string[] {
  const name = targetName(t);
  const sharp = `@img/sharp-${name}/lib/sharp-${name}-${nativePackages().sharp}.node`;
  // On Windows libvips comes inside sharp's own package; elsewhere it is a package of its own.
  const libvips = t.platform === 'win32' ? `@img/sharp-${name}/lib/libvips-42.dll` : `@img/sharp-libvips-${name}/lib`;
  return [`better-sqlite3/prebuilds/${name}.node`, sharp, libvips];
}

/** `npm install` arguments that fetch the native packages for `t`, whatever machine runs it. */
export function installArgs(t: DistTarget): string[] {
  const pkgs = Object.entries(nativePackages()).map(([name, version]) => `${name}@${version}`);
  return [
    'install',
    '--no-save',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    `--os=${t.platform}`,
    `--cpu=${t.arch}`,
    ...pkgs,
  ];
}
