import { parseArgs } from 'node:util';
import { type ReportKind, reportKinds, reportMetaSchema } from '../../core/report-meta';
import { type TemplateId, templateIds } from '../../core/templates/report-templates';
import { zh } from '../../core/zh';
import { type CliCommand, UsageError, onePath } from './cli-command';

export const newCommand: CliCommand = {
  usage:
    'new <file.nianbao> [--title T] [--org O] [--year Y] [--kind school|bureau] [--template school|prefecture|blank]',
  async run(args, cli) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        org: { type: 'string' },
        year: { type: 'string' },
        kind: { type: 'string' },
        template: { type: 'string' },
      },
    });
    const path = onePath(positionals, 'report file');
    const year = values.year === undefined ? new Date().getFullYear() : Number(values.year);
    const kind = (values.kind ?? 'school') as ReportKind;
    if (!reportKinds.includes(kind)) throw new UsageError(`--kind must be one of ${reportKinds.join(', ')}`);
    const organisation = values.org ?? '';
    const meta = reportMetaSchema.safeParse({
      title: values.title ?? zh.start.defaultTitle(organisation, year),
      organisation,
      year,
      kind,
    });
    if (!meta.success)
      throw new UsageError(meta.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
    const template = (values.template ?? 'blank') as TemplateId;
    if (!templateIds.includes(template)) throw new UsageError(`--template must be one of ${templateIds.join(', ')}`);
    await cli.api.call('report.create', { path, meta: meta.data, template });
    cli.stdout(`${path}\n`);
    return 0;
  },
};
