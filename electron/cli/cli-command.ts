import { resolve } from 'node:path';
import type { PdfPrinter } from '../export/pdf-printer';
import type { CliApi } from './cli-api';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Electron's own printer when the CLI runs inside the app; absent, system Chromium. */
  pdfPrinter?: PdfPrinter;
  /** The app's version where it is known (inside the app). */
  version?: string;
}

/** What a command works with: the output streams and the contract's calls (cli-api.ts). */
export interface Cli extends CliIO {
  api: CliApi;
}

/** One `nianbao <name> …` command; `usage` is its line in the help text. */
export interface CliCommand {
  usage: string;
  run(args: string[], cli: Cli): Promise<number>;
}

/** Text for the terminal: each line ends with a newline, the last one too. */
export function asLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}

/** Wrong usage: exit code 2 and the help text. */
export class UsageError extends Error {}

export function onePath(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected exactly one ${what}, got ${positionals.length}`);
  return resolve(positionals[0]!);
}
