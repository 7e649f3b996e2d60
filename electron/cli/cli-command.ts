import { resolve } from 'node:path';
import type { PdfPrinter } from '../export/pdf-printer';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Electron's own printer when the CLI runs inside the app; absent, system Chromium. */
  pdfPrinter?: PdfPrinter;
}

/** One `nianbao <name> …` command; `usage` is its line in the help text. */
export interface CliCommand {
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Wrong usage: exit code 2 and the help text. */
export class UsageError extends Error {}

export function onePath(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected exactly one ${what}, got ${positionals.length}`);
  return resolve(positionals[0]!);
}
