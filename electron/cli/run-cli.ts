import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ReportError } from '../../core/errors';
import { type ReportKind, reportKinds, reportMetaSchema } from '../../core/report-meta';
import { buildReportTree } from '../../core/report-tree';
import { reportStats } from '../../core/stats';
import { zh } from '../../core/zh';
import { ReportFile } from '../store/report-file';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const USAGE = `nianbao — 年报工坊 command line

Usage:
  nianbao new <file.nianbao> [--title T] [--org O] [--year Y] [--kind school|bureau]
  nianbao stats <file.nianbao> [--json]

Exit codes: 0 success, 1 the command failed, 2 wrong usage.`;

class UsageError extends Error {}

/** Runs one CLI command; returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'new':
        return await newCommand(rest, io);
      case 'stats':
        return await statsCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
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

function onePath(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected exactly one ${what}, got ${positionals.length}`);
  return resolve(positionals[0]!);
}

async function newCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { title: { type: 'string' }, org: { type: 'string' }, year: { type: 'string' }, kind: { type: 'string' } },
  });
  const path = onePath(positionals, 'report file');
  const year = values.year === undefined ? new Date().getFullYear() : Number(values.year);
  const kind = (values.kind ?? 'school') as ReportKind;
  if (!reportKinds.includes(kind)) throw new UsageError(`--kind must be one of ${reportKinds.join(', ')}`);
  const organisation = values.org ?? '';
  const meta = reportMetaSchema.safeParse({ title: values.title ?? zh.start.defaultTitle(organisation, year), organisation, year, kind });
  if (!meta.success) throw new UsageError(meta.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
  const file = await ReportFile.create(path, meta.data);
  file.close();
  io.stdout(`${path}\n`);
  return 0;
}

async function statsCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const file = await ReportFile.open(onePath(positionals, 'report file'), { readOnly: true });
  try {
    const doc = file.document;
    const stats = reportStats(buildReportTree(doc ? doc.json : { root: { type: 'root', version: 1, children: [] } }));
    if (values.json) io.stdout(`${JSON.stringify(stats)}\n`);
    else {
      const [h1, h2, h3, h4] = stats.headings;
      io.stdout(
        [`${file.meta.title}`, `headings  ${h1} / ${h2} / ${h3} / ${h4}`, `cases     ${stats.cases}`, `figures   ${stats.figures} (${stats.figuresWithImage} with photo)`, `tables    ${stats.tables}`, `paragraphs ${stats.paragraphs}`, `chars     ${stats.chars}`].join('\n') + '\n',
      );
    }
    return 0;
  } finally {
    file.close();
  }
}
