import { parseArgs } from 'node:util';
import { documentStats } from '../../core/stats';
import { filledDocument } from '../store/report-data';
import { ReportFile } from '../store/report-file';
import { type CliCommand, onePath } from './cli-command';

export const statsCommand: CliCommand = {
  usage: 'stats <file.nianbao> [--json]',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const file = await ReportFile.open(onePath(positionals, 'report file'), { readOnly: true });
    try {
      const stats = documentStats(filledDocument(file), file.meta);
      if (values.json) {
        io.stdout(`${JSON.stringify(stats)}\n`);
        return 0;
      }
      const [h1, h2, h3, h4] = stats.headings;
      io.stdout(
        [
          file.meta.title,
          `headings   ${h1} / ${h2} / ${h3} / ${h4}`,
          `cases      ${stats.cases}`,
          `figures    ${stats.figures} (${stats.figuresWithImage} with photo)`,
          `tables     ${stats.tables}`,
          `paragraphs ${stats.paragraphs}`,
          `chars      ${stats.chars}`,
        ].join('\n') + '\n',
      );
      return 0;
    } finally {
      file.close();
    }
  },
};
