import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { debMaintainer, PLACEHOLDER_DOMAIN } from '../../scripts/dist/deb-maintainer';
import { distTargets, installArgs, requiredNativeFiles, targetName } from '../../scripts/dist/native-targets';
import { repoRoot } from '../helpers/processes';

interface BuilderConfig {
  asarUnpack: string[];
  nsis: { perMachine: boolean; allowElevation: boolean };
  linux: { maintainer: string; target: { target: string; arch: string[] }[] };
  fileAssociations: { ext: string }[];
}

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  author?: { name: string };
};
const config = load(readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
// `npm test` builds before it runs the tests: this is the main process the installers ship, its services thread
// and its background worker.
const mainBundle = readFileSync(join(repoRoot, 'out/electron/main.cjs'), 'utf8');
const servicesBundle = readFileSync(join(repoRoot, 'out/electron/services-thread.cjs'), 'utf8');
const workerBundle = readFileSync(join(repoRoot, 'out/electron/heavy-work.cjs'), 'utf8');
const packageOf = (id: string) => (id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]!);
const required = new Set(
  [...`${mainBundle}${servicesBundle}${workerBundle}`.matchAll(/require\("([^"]+)"\)/g)]
    .map((m) => m[1]!)
    .filter((id) => !id.startsWith('node:') && !builtinModules.includes(id) && id !== 'electron')
    .map(packageOf),
);

describe('what the installers ship', () => {
  it('keeps native modules out of the bundle, loaded from node_modules where their binaries are', () => {
    expect([...required].sort()).toEqual(['better-sqlite3', 'sharp']);
    // sharp's own code bundled would look for its binaries beside main.cjs.
    for (const bundle of [mainBundle, servicesBundle, workerBundle])
      expect(bundle).not.toMatch(/sharp-libvips-dev|@img\/sharp-\$\{/);
    // The services thread and the worker run outside Electron's API: neither loads electron.
    for (const bundle of [servicesBundle, workerBundle]) expect(bundle).not.toMatch(/require\("electron"\)/);
  });

  it('lists as runtime dependencies only what the packaged app loads from node_modules', () => {
    // pagedjs is read as a file into the print window, not required. playwright-core, which drives a system
    // Chromium for the harness, tests and the CLI under Node, is imported only there: the app prints with Electron.
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...required, 'pagedjs'].sort());
  });

  it('unpacks every native module from the asar, installs per user on Windows, and names a maintainer', () => {
    for (const name of ['better-sqlite3', 'sharp', '@img'])
      expect(config.asarUnpack).toContain(`**/node_modules/${name}/**`);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
    expect(config.linux.maintainer).toContain(pkg.author!.name);
    expect(config.linux.target.map((t) => t.arch)).toEqual([
      ['x64', 'arm64'],
      ['x64', 'arm64'],
    ]);
    expect(config.fileAssociations.map((a) => a.ext)).toEqual(['nianbao']);
  });

  it('packs a .deb only with a real maintainer: NIANBAO_MAINTAINER, or a named one in the config', () => {
    const placeholder = `年报工坊开发组 <nianbao@${PLACEHOLDER_DOMAIN}>`;
    expect(() => debMaintainer(placeholder, undefined)).toThrow(/NIANBAO_MAINTAINER="名称 <address>"/);
    expect(() => debMaintainer(placeholder, '  ')).toThrow(/placeholder/);
    const publisher = '昌吉职业技术学院信息中心 <nianbao@cjvtc.edu.cn>';
    expect(debMaintainer(placeholder, publisher)).toBe(publisher);
    expect(debMaintainer(publisher, undefined)).toBe(publisher);
    for (const malformed of ['nianbao@cjvtc.edu.cn', '信息中心', '信息中心 <nianbao>'])
      expect(() => debMaintainer(placeholder, malformed)).toThrow(/must read "Name <address>"/);
  });

  it('names, for every target, native files that exist where this machine installed its own', () => {
    const host = distTargets.find((t) => t.platform === process.platform && t.arch === process.arch);
    expect(host, `${process.platform}-${process.arch} is a target`).toBeDefined();
    for (const file of requiredNativeFiles(host!))
      expect(existsSync(join(repoRoot, 'node_modules', file)), file).toBe(true);
    for (const target of distTargets) {
      expect(installArgs(target)).toEqual(expect.arrayContaining([`--os=${target.platform}`, `--cpu=${target.arch}`]));
      expect(requiredNativeFiles(target).every((f) => f.includes(targetName(target)))).toBe(true);
    }
  });
});
