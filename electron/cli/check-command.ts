import { parseArgs } from 'node:util';
import { runChecks } from '../../core/check/index';
import { emptyDocument } from '../../core/document/editor-json';
import { buildReportTree } from '../../core/report-tree';
import { zh } from '../../core/zh';
import { type CliCommand, onePath } from './cli-command';

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
      cli.stdout(
        `${JSON.stringify(findings.map(({ rule, severity, message, excerpt, suggestion, location }) => ({ rule, severity, message, excerpt, ...(suggestion ? { suggestion } : {}), location })))}\n`,
      );
      return 0;
    }
    const lines = findings.map(
      (f) =>
        `${zh.check.severities[f.severity]}  ${f.location.headingPath.at(-1) ?? zh.check.preface}  ${f.message}：${f.excerpt}${f.suggestion ? `  ${zh.check.suggestion}${f.suggestion}` : ''}`,
    );
    cli.stdout([...lines, `${findings.length} findings`].join('\n') + '\n');
    return 0;
  },
};
