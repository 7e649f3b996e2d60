import { parseArgs } from 'node:util';
import { type ReportKind, reportKinds, reportMetaSchema } from '../../core/report-meta';
import { zh } from '../../core/zh';
import { ReportFile } from '../store/report-file';
import { type CliCommand, UsageError, onePath } from './cli-command';

export const newCommand: CliCommand = {
  usage: 'new <file.nianbao> [--title T] [--org O] [--year Y] [--kind school|bureau]',
  async run(args, io) {
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
  },
};
