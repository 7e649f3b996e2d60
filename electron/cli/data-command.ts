import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ComputedData, QuantityChange } from '../../core/data/data-schema';
import { byRef, parseValueInput } from '../../core/data/edit';
import { PREVIOUS_FUNCTION } from '../../core/data/formula';
import { ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { asLines, type CliCommand, UsageError, onePath } from './cli-command';
import { importXlsxCommand } from './data-import-command';

/**
 * `nianbao data <file> [--json] [--set 名称=值 …]`: the report's 数据 (quantities, indicators,
 * 设置标准 lines and 达标), and changes to it. `上年(名称)=值` sets last year's value; an empty
 * value clears one; `--last-year` takes last year's report's values into 上年 first.
 */
export const dataCommand: CliCommand = {
  usage:
    'data <file.nianbao> [--json] [--last-year last.nianbao] [--set 名称=值 [名称=值 …]] ' +
    '[--import data.xlsx [--sheet 名称]]   (上年(名称)=值 for last year)',
  async run(args, cli) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        set: { type: 'string', multiple: true },
        'last-year': { type: 'string' },
        import: { type: 'string' },
        sheet: { type: 'string' },
      },
    });
    if (values.sheet !== undefined && values.import === undefined)
      throw new UsageError('--sheet goes with --import <file.xlsx>');
    if (values.import !== undefined) {
      if (values.set || values['last-year'] !== undefined || positionals.length > 1)
        throw new UsageError('give --import alone, without --set or --last-year');
      return importXlsxCommand(onePath(positionals, 'report file'), values.import, values.sheet, cli);
    }
    const lastYear = values['last-year'] === undefined ? null : resolve(values['last-year']);
    const [path, ...more] = positionals;
    const sets = [...(values.set ?? []), ...more];
    if (more.length && !values.set)
      throw new UsageError(`expected one report file; put assignments after --set (got ${positionals.join(' ')})`);
    const reportPath = onePath(path === undefined ? [] : [path], 'report file');
    // Read and checked first, opened to read only: a mistyped name or value leaves the file exactly as it was.
    await cli.api.call('report.open', { path: reportPath, readOnly: true });
    let view = await cli.api.call('data.get', {});
    const changes = sets.map((s) => assignment(view, s));
    if (changes.length || lastYear) {
      // Opened again for writing (its 打开时 snapshot keeps the data as it was), then changed.
      await cli.api.call('report.close', {});
      await cli.api.call('report.open', { path: reportPath });
      if (lastYear) view = await cli.api.call('data.takeLastYear', { path: lastYear });
      if (changes.length) view = await cli.api.call('data.set', { changes });
    }
    cli.stdout(values.json ? `${JSON.stringify(asJson(view))}\n` : describe(view));
    return 0;
  },
};

/** 在校生数=6531 or 上年(在校生数)=6200 as a change; the value read in the quantity's unit. */
function assignment(view: ComputedData, text: string): QuantityChange {
  const eq = text.search(/[=＝]/);
  if (eq <= 0) throw new UsageError(`--set expects 名称=值, got "${text}"`);
  let ref = text.slice(0, eq).trim();
  const previous = new RegExp(`^${PREVIOUS_FUNCTION}[(（](.+)[)）]$`).exec(ref);
  if (previous) ref = previous[1]!.trim();
  const quantity = byRef(view.quantities, ref);
  if (!quantity) throw new ReportError('DATA_UNKNOWN', `no quantity ${ref}`, zh.data.errors.unknown(ref));
  const value = parseValueInput(quantity, text.slice(eq + 1));
  return previous ? { ref: quantity.id, previous: value } : { ref: quantity.id, value };
}

function asJson(view: ComputedData) {
  const statusText = (s: keyof typeof zh.data.statuses) => zh.data.statuses[s];
  return {
    standard: view.standard,
    quantities: view.quantities.map((q) => ({ ...q, statusText: statusText(q.status) })),
    indicators: view.indicators.map((i) => ({ ...i, statusText: statusText(i.status) })),
  };
}

function describe(view: ComputedData): string {
  const row = (item: ComputedData['quantities'][number] | ComputedData['indicators'][number], fault = '') =>
    [
      item.name,
      item.text || '—',
      item.previousText ? `上年 ${item.previousText}` : '',
      item.change?.text ?? '',
      item.threshold ? `${item.threshold.text} ${zh.data.statuses[item.status]}` : '',
      fault,
    ]
      .filter(Boolean)
      .join('  ');
  return asLines([
    '数据',
    ...view.quantities.map((q) => `  ${row(q)}`),
    '指标',
    ...view.indicators.map((i) => `  ${row(i, i.error ?? (i.missing.length ? `（缺 ${i.missing.join('、')}）` : ''))}`),
    `达标线：${view.standard.name}（${view.standard.document}）`,
  ]);
}
