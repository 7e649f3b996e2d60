import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { templates } from '../../core/report-meta';
import type { Template } from '../../core/print/templates';
import { zh } from '../../core/zh';
import { type CliCommand, UsageError, onePath } from './cli-command';

export const exportCommand: CliCommand = {
  usage: 'export <file.nianbao> [--pdf out.pdf] [--docx out.docx] [--xlsx 数据.xlsx] [--template gongwen|jianjie]',
  async run(args, cli) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        pdf: { type: 'string' },
        docx: { type: 'string' },
        xlsx: { type: 'string' },
        template: { type: 'string' },
      },
    });
    if (!values.pdf && !values.docx && !values.xlsx)
      throw new UsageError('give --pdf <out.pdf>, --docx <out.docx>, --xlsx <out.xlsx> or several');
    if (values.template !== undefined && !(templates as readonly string[]).includes(values.template))
      throw new UsageError(`unknown template "${values.template}"`);
    const template = values.template as Template | undefined;
    // Read only: exporting never changes the report (not even the snapshot an export takes in the app).
    await cli.api.call('report.open', { path: onePath(positionals, 'report file'), readOnly: true });
    if (values.pdf) {
      const pdf = await cli.api.call('export.pdf', { path: resolve(values.pdf), ...(template && { template }) });
      cli.stdout(`${pdf.path}\t${pdf.pages} pages\t${pdf.bytes} bytes\n`);
      if (pdf.substitutedFonts?.length)
        cli.stderr(
          `${zh.exporting.substitutedFonts(pdf.substitutedFonts.map((role) => zh.exporting.fontRoles[role]))}\n`,
        );
    }
    if (values.xlsx) {
      const xlsx = await cli.api.call('data.exportXlsx', { path: resolve(values.xlsx) });
      cli.stdout(`${xlsx.path}\t数据 ${xlsx.bytes} bytes\n`);
    }
    if (values.docx) {
      const docx = await cli.api.call('export.docx', { path: resolve(values.docx), ...(template && { template }) });
      // A .docx's pages are docx's estimate (0 where it made none): Word counts its own.
      cli.stdout(`${docx.path}\t${docx.pages > 0 ? `~${docx.pages}` : '?'} pages\t${docx.bytes} bytes\n`);
    }
    return 0;
  },
};
