import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * Bundles the Electron main process, the preload, the services thread (the app's services and
 * the report file's writes) and the background worker (heavy work: import, photos sized for print, .docx)
 * into out/electron/*.cjs. Each is built on its own: a sandboxed
 * preload cannot require sibling files, so it must be one file with no shared chunk, and the
 * worker, started by main.cjs from the file beside it, loads nothing of main's. `electron`, the
 * native modules and playwright-core stay external, as do Node's builtins; everything else (zod,
 * core, docx, saxes, pdfjs-dist, exceljs) is bundled.
 */

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'out', 'electron');

// playwright-core drives a system Chromium for the harness and tests only: the app prints
// with Electron's own printer and loads the Chromium one lazily, so it is never bundled.
// Native modules find their binaries beside their own files (sharp loads @img/sharp-<platform>
// by name at run time): bundled, they would look inside main.cjs's folder and fail.
const externalPackages = new Set(['electron', 'better-sqlite3', 'sharp', 'playwright-core']);
const builtins = new Set(builtinModules);

function isExternal(id: string): boolean {
  if (id.startsWith('node:') || builtins.has(id)) return true;
  if (id.startsWith('@img/')) return true;
  const pkg = id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]!;
  return externalPackages.has(pkg);
}

async function bundle(
  name: 'main' | 'preload' | 'heavy-work' | 'services-thread',
  entry: string,
  emptyOutDir: boolean,
): Promise<void> {
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    ssr: { target: 'node', noExternal: true },
    build: {
      ssr: true,
      target: 'node22',
      outDir,
      emptyOutDir,
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: { [name]: resolve(root, 'electron', entry) },
        external: isExternal,
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  });
}

await bundle('main', 'main.ts', true);
await bundle('preload', 'preload.ts', false);
// heavy-work.ts starts it by this name.
await bundle('heavy-work', 'background/heavy-work-entry.ts', false);
// services-worker.ts starts it by this name: the services, and the report file's writes, run there.
await bundle('services-thread', 'background/services-thread.ts', false);
console.log(`built ${outDir}/main.cjs, preload.cjs, heavy-work.cjs and services-thread.cjs`);
