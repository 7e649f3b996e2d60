import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { computeData } from '../../core/data/compute';
import { dataSheets } from '../../core/data/data-sheets';
import { templates } from '../../core/report-meta';
import type { Template } from '../../core/print/templates';
import { zh } from '../../core/zh';
import { chromiumPrinter } from '../export/default-printer';
import { exportDocx } from '../export/docx-export';
import { checkExportPath, checkExportTarget } from '../export/export-target';
import { fileSource, withPhotosTakenIn } from '../export/export-source';
import { exportPdf } from '../export/pdf-export';
import { reportData } from '../store/report-data';
import { ReportFile } from '../store/report-file';
import { writeXlsx } from '../xlsx/xlsx-write';
import { type CliCommand, UsageError, onePath } from './cli-command';

export const exportCommand: CliCommand = {
  usage: 'export <file.nianbao> [--pdf out.pdf] [--docx out.docx] [--xlsx 数据.xlsx] [--template gongwen|jianjie]',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { pdf: { type: 'string' }, docx: { type: 'string' }, xlsx: { type: 'string' }, template: { type: 'string' } } });
    if (!values.pdf && !values.docx && !values.xlsx) throw new UsageError('give --pdf <out.pdf>, --docx <out.docx>, --xlsx <out.xlsx> or several');
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
      if (values.xlsx) {
        const path = resolve(values.xlsx);
        checkExportPath(path, 'xlsx');
        checkExportTarget(path, 'xlsx');
        const bytes = await writeXlsx(dataSheets(computeData(reportData(file))), path);
        io.stdout(`${path}\t数据 ${bytes} bytes\n`);
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
