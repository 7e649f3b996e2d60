import { ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { checkCommand } from './check-command';
import { dataCommand } from './data-command';
import { type CliCommand, type CliIO, UsageError } from './cli-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { newCommand } from './new-command';
import { statsCommand } from './stats-command';

export type { CliIO } from './cli-command';

/** Every command of `nianbao`; a feature adds its command here. */
const commands: Record<string, CliCommand> = {
  new: newCommand,
  stats: statsCommand,
  export: exportCommand,
  import: importCommand,
  check: checkCommand,
  data: dataCommand,
};

export const USAGE = `nianbao — 年报工坊 command line

Usage:
${Object.values(commands)
  .map((c) => `  nianbao ${c.usage}`)
  .join('\n')}

Exit codes: 0 success, 1 the command failed, 2 wrong usage.`;

/** Runs one CLI command; returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      io.stdout(`${USAGE}\n`);
      return name === undefined ? 2 : 0;
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command.run(rest, io);
  } catch (err) {
    // parseArgs reports unknown or malformed options as TypeErrors with an ERR_PARSE_ARGS_* code.
    if (err instanceof UsageError || (err instanceof TypeError && 'code' in err)) {
      io.stderr(`error: ${err.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (err instanceof ReportError) {
      const { code, message, detail } = err.error;
      io.stderr(`error ${code}: ${message}${detail ? ` (${detail})` : ''}\n`);
      return 1;
    }
    io.stderr(`error INTERNAL: ${zh.errors.INTERNAL} (${err instanceof Error ? err.message : String(err)})\n`);
    return 1;
  }
}
