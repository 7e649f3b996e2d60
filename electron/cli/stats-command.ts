import { parseArgs } from 'node:util';
import { asLines, type CliCommand, onePath } from './cli-command';

export const statsCommand: CliCommand = {
  usage: 'stats <file.nianbao> [--json]',
  async run(args, cli) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const report = await cli.api.call('report.open', { path: onePath(positionals, 'report file'), readOnly: true });
    const stats = await cli.api.call('report.stats', {});
    if (values.json) {
      cli.stdout(`${JSON.stringify(stats)}\n`);
      return 0;
    }
    const [h1, h2, h3, h4] = stats.headings;
    cli.stdout(
      asLines([
        report.meta.title,
        `headings   ${h1} / ${h2} / ${h3} / ${h4}`,
        `cases      ${stats.cases}`,
        `figures    ${stats.figures} (${stats.figuresWithImage} with photo)`,
        `tables     ${stats.tables}`,
        `paragraphs ${stats.paragraphs}`,
        `chars      ${stats.chars}`,
      ]),
    );
    return 0;
  },
};
