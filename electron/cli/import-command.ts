import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ReportKind, reportKinds } from '../../core/report-meta';
import { ReportError } from '../../core/errors';
import { type CliCommand, UsageError, onePath } from './cli-command';

export const importCommand: CliCommand = {
  usage:
    'import <input.docx|.pdf|.doc|.wps|.txt|.md> -o <out.nianbao> ' +
    '[--title T] [--org O] [--year Y] [--kind school|bureau]',
  async run(args, cli) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        title: { type: 'string' },
        org: { type: 'string' },
        year: { type: 'string' },
        kind: { type: 'string' },
      },
    });
    const input = onePath(positionals, 'input file');
    if (!values.out) throw new UsageError('give -o <out.nianbao>');
    const kind = values.kind as ReportKind | undefined;
    if (kind !== undefined && !reportKinds.includes(kind))
      throw new UsageError(`--kind must be one of ${reportKinds.join(', ')}`);
    const year = values.year === undefined ? undefined : Number(values.year);
    if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100))
      throw new UsageError('--year must be a year between 2000 and 2100');
    // The save dialog import.file asks is answered by -o.
    cli.api.answers.reportToSave = resolve(values.out);
    const imported = await cli.api.call('import.file', { path: input });
    if (!imported) throw new ReportError('INTERNAL', 'import.file saved nowhere');
    // What is given wins over what the import read off the source's cover.
    const given = {
      ...(values.org !== undefined && { organisation: values.org }),
      ...(year !== undefined && { year }),
      ...(kind !== undefined && { kind }),
      ...(values.title !== undefined && { title: values.title.slice(0, 200) }),
    };
    if (Object.keys(given).length > 0)
      await cli.api.call('report.updateMeta', { meta: { ...imported.report.meta, ...given } });
    // The app sizes an import's photos for print while the user works; the command's file is finished before it exits.
    await cli.api.call('assets.photosSized', {});
    const stats = await cli.api.call('report.stats', {});
    cli.stdout(`${JSON.stringify({ ...stats, notes: imported.notes })}\n`);
    return 0;
  },
};
