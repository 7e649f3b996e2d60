import { isAbsolute, resolve } from 'node:path';
import { REPORT_EXTENSION } from './services/dialogs';

/** The packaged app doubles as the `nianbao` command: `年报工坊 --cli stats x.nianbao`. */
export const CLI_FLAG = '--cli';

/** The CLI arguments when the process was started as the command line tool, else null. */
export function cliArgs(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_FLAG);
  return at < 0 ? null : argv.slice(at + 1);
}

/**
 * The report file named on a command line (a double-click on Windows/Linux passes it as an
 * argument), resolved against the launching process's folder; the last one wins.
 * argv[0] is the executable and switches are never paths.
 */
export function reportPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i]!;
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(REPORT_EXTENSION)) continue;
    return isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return null;
}
