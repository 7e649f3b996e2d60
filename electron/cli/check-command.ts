import { parseArgs } from 'node:util';
import { runChecks } from '../../core/check/index';
import { emptyDocument } from '../../core/document/editor-json';
import { buildReportTree } from '../../core/report-tree';
import { zh } from '../../core/zh';
import { asLines, type CliCommand, onePath } from './cli-command';

/**
 * `nianbao check <file> [--json]`: the 体检 findings. Exit 0 whatever was found; only a report
 * that cannot be read is a failure. Ignored findings stay out, as in the editor, which runs
 * the same checks (core) over the same opened report.
 */
export const checkCommand: CliCommand = {
  usage: 'check <file.nianbao> [--json]',
  async run(args, cli) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
    const { meta, document } = await cli.api.call('report.open', {
      path: onePath(positionals, 'report file'),
      readOnly: true,
    });
    const data = await cli.api.call('data.get', {});
    const findings = runChecks(buildReportTree(document ?? emptyDocument(), meta), {
      importNotes: meta.importNotes ?? [],
      ignored: meta.ignoredFindings ?? [],
      data,
    });
    if (values.json) {
      const reported = findings.map(({ rule, severity, message, excerpt, suggestion, location }) => ({
        rule,
        severity,
        message,
        excerpt,
        ...(suggestion ? { suggestion } : {}),
        location,
      }));
      cli.stdout(`${JSON.stringify(reported)}\n`);
      return 0;
    }
    const lines = findings.map((f) => {
      const where = f.location.headingPath.at(-1) ?? zh.check.preface;
      const suggestion = f.suggestion ? `  ${zh.check.suggestion}${f.suggestion}` : '';
      return `${zh.check.severities[f.severity]}  ${where}  ${f.message}：${f.excerpt}${suggestion}`;
    });
    cli.stdout(asLines([...lines, `${findings.length} findings`]));
    return 0;
  },
};
