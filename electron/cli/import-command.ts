import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ReportKind, reportKinds } from '../../core/report-meta';
import { documentStats } from '../../core/stats';
import { PhotoCompactor } from '../assets/photo-compactor';
import { importToNewReport } from '../import/import-to-report';
import { type CliCommand, UsageError, onePath } from './cli-command';

export const importCommand: CliCommand = {
  usage: 'import <input.docx|.pdf|.doc|.wps|.txt|.md> -o <out.nianbao> [--title T] [--org O] [--year Y] [--kind school|bureau]',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, title: { type: 'string' }, org: { type: 'string' }, year: { type: 'string' }, kind: { type: 'string' } },
    });
    const input = onePath(positionals, 'input file');
    if (!values.out) throw new UsageError('give -o <out.nianbao>');
    const kind = values.kind as ReportKind | undefined;
    if (kind !== undefined && !reportKinds.includes(kind)) throw new UsageError(`--kind must be one of ${reportKinds.join(', ')}`);
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100)) throw new UsageError('--year must be a year between 2000 and 2100');
    // What is not given is read off the source's cover where it has one.
    const { file, result } = await importToNewReport(input, resolve(values.out), {
      ...(values.org !== undefined && { organisation: values.org }),
      ...(year !== undefined && { year }),
      ...(kind !== undefined && { kind }),
      ...(values.title !== undefined && { title: values.title }),
    });
    try {
      // The app takes the photos in while the user works; the command's file is finished before it exits.
      await new PhotoCompactor(file).settle();
      const stats = documentStats(result.document, file.meta);
      io.stdout(`${JSON.stringify({ ...stats, notes: result.notes })}\n`);
      return 0;
    } finally {
      file.close();
    }
  },
};
