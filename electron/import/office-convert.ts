import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReportError } from '../../core/errors';

/** Where to look for LibreOffice: the PATH and the platform's usual install folders. */
export interface OfficeSearch {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
}

const thisMachine = (): OfficeSearch => ({ env: process.env, platform: process.platform });

/** A conversion taking longer than this is stuck (a dialog no one can see, a damaged file): it is killed. */
export const CONVERT_TIMEOUT_MS = 120_000;

/** LibreOffice's soffice on this machine, or null when it is not installed. */
export function findSoffice(search: OfficeSearch = thisMachine()): string | null {
  const windows = search.platform === 'win32';
  const names = windows ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  const onPath = (search.env.PATH ?? search.env.Path ?? '')
    .split(windows ? ';' : delimiter)
    .filter(Boolean)
    .flatMap((dir) => names.map((name) => join(dir, name)));
  return [...onPath, ...installFolders(search)].find((path) => existsSync(path)) ?? null;
}

/** Where the LibreOffice installers put soffice on Windows and macOS, which do not add it to the PATH. */
function installFolders({ env, platform }: OfficeSearch): string[] {
  if (platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  if (platform !== 'win32') return [];
  const roots = [
    env.ProgramFiles,
    env['ProgramFiles(x86)'],
    env.ProgramW6432,
    env.LOCALAPPDATA && join(env.LOCALAPPDATA, 'Programs'),
  ];
  return roots
    .filter((root): root is string => Boolean(root))
    .map((root) => join(root, 'LibreOffice', 'program', 'soffice.exe'));
}

/**
 * Converts a legacy Word (.doc) or WPS (.wps) file to .docx with LibreOffice, headless, in a
 * profile of its own (a user's running LibreOffice is neither used nor disturbed), killed after
 * `timeoutMs`. `use` reads the .docx; the temporary folder is removed after it, whatever happens.
 */
export async function withDocxFromOffice<T>(
  input: string,
  soffice: string,
  use: (docx: string) => Promise<T>,
  timeoutMs = CONVERT_TIMEOUT_MS,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'nianbao-office-'));
  try {
    // A plain name of our own: LibreOffice names its output after its input, whatever that is called.
    const source = join(dir, `source${extname(input).toLowerCase()}`);
    await copyFile(input, source);
    const outDir = join(dir, 'out');
    await runSoffice(
      soffice,
      [
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--nologo',
        '--nodefault',
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        outDir,
        source,
      ],
      timeoutMs,
    );
    const docx = join(outDir, 'source.docx');
    if (!existsSync(docx)) throw new ReportError('IMPORT_LEGACY_FAILED', `LibreOffice wrote no .docx for ${input}`);
    return await use(docx);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
  }
}

function runSoffice(soffice: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group on POSIX, so that the timeout kills soffice.bin with the script that started it.
    const child = spawn(soffice, args, { stdio: 'ignore', windowsHide: true, detached: process.platform !== 'win32' });
    const timer = setTimeout(() => {
      try {
        if (process.platform === 'win32' || child.pid === undefined) child.kill('SIGKILL');
        else process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      reject(
        new ReportError(
          'IMPORT_LEGACY_FAILED',
          `LibreOffice took longer than ${Math.round(timeoutMs / 1000)} s and was stopped`,
        ),
      );
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new ReportError('IMPORT_LEGACY_FAILED', `LibreOffice could not start: ${err.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new ReportError('IMPORT_LEGACY_FAILED', `LibreOffice ended with ${signal ?? `exit code ${code}`}`));
    });
  });
}
