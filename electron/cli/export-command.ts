import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { templates } from '../../core/report-meta';
import type { Template } from '../../core/print/templates';
import { zh } from '../../core/zh';
import { chromiumPrinter } from '../export/default-printer';
import { exportDocx } from '../export/docx-export';
import { fileSource, withPhotosTakenIn } from '../export/export-source';
import { exportPdf } from '../export/pdf-export';
import { ReportFile } from '../store/report-file';
import { type CliCommand, UsageError, onePath } from './cli-command';

export const exportCommand: CliCommand = {
  usage: 'export <file.nianbao> [--pdf out.pdf] [--docx out.docx] [--template gongwen|jianjie]',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { pdf: { type: 'string' }, docx: { type: 'string' }, template: { type: 'string' } } });
    if (!values.pdf && !values.docx) throw new UsageError('give --pdf <out.pdf>, --docx <out.docx> or both');
    if (values.template !== undefined && !(templates as readonly string[]).includes(values.template)) throw new UsageError(`unknown template "${values.template}"`);
    const template = values.template as Template | undefined;
    const file = await ReportFile.open(onePath(positionals, 'report file'), { readOnly: true });
    try {
      const source = await withPhotosTakenIn(fileSource(file), file);
      if (values.pdf) {
        const pdf = await exportPdf(source, resolve(values.pdf), { printer: io.pdfPrinter ?? (await chromiumPrinter()), ...(template && { template }) });
        io.stdout(`${pdf.path}\t${pdf.pages} pages\t${pdf.bytes} bytes\n`);
        if (pdf.substitutedFonts?.length) io.stderr(`${zh.exporting.substitutedFonts(pdf.substitutedFonts.map((role) => zh.exporting.fontRoles[role]))}\n`);
      }
      if (values.docx) {
        const docx = await exportDocx(source, resolve(values.docx), template ? { template } : {});
        io.stdout(`${docx.path}\t${docx.estimatedPages === null ? '?' : `~${docx.estimatedPages}`} pages\t${docx.bytes} bytes\n`);
      }
      return 0;
    } finally {
      file.close();
    }
  },
};
