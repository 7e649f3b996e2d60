import { parseArgs } from 'node:util';
import { computeData } from '../../core/data/compute';
import type { DataView, QuantityChange } from '../../core/data/data-schema';
import { changeQuantities, findQuantity, parseValueInput } from '../../core/data/edit';
import { PREVIOUS_FUNCTION } from '../../core/data/formula';
import type { ReportData } from '../../core/data/data-schema';
import { ReportError } from '../../core/errors';
import { zh } from '../../core/zh';
import { reportData } from '../store/report-data';
import { ReportFile } from '../store/report-file';
import { type CliCommand, UsageError, onePath } from './cli-command';

/**
 * `nianbao data <file> [--json] [--set 名称=值 …]`: the report's 数据 (quantities, indicators,
 * 设置标准 lines and 达标), and changes to it. `上年(名称)=值` sets last year's value; an empty
 * value clears one. All the changes are made or none.
 */
export const dataCommand: CliCommand = {
  usage: 'data <file.nianbao> [--json] [--set 名称=值 [名称=值 …]]   (上年(名称)=值 for last year)',
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, set: { type: 'string', multiple: true } } });
    const [path, ...more] = positionals;
    const sets = [...(values.set ?? []), ...more];
    if (more.length && !values.set) throw new UsageError(`expected one report file; put assignments after --set (got ${positionals.join(' ')})`);
    const reportPath = onePath(path === undefined ? [] : [path], 'report file');
    // Read and checked without writing: a mistyped name or value leaves the file exactly as it was.
    const file = await ReportFile.open(reportPath, { readOnly: true });
    let view: DataView;
    try {
      const data = reportData(file);
      const changes = sets.map((s) => assignment(data, s));
      view = computeData(changes.length ? changeQuantities(data, changes) : data);
    } finally {
      file.close();
    }
    if (sets.length) view = await saveChanges(reportPath, sets);
    io.stdout(values.json ? `${JSON.stringify(asJson(view))}\n` : describe(view));
    return 0;
  },
};

/** Opens the report for writing (its 打开时 snapshot keeps the data as it was) and saves the changes. */
async function saveChanges(path: string, sets: readonly string[]): Promise<DataView> {
  const file = await ReportFile.open(path);
  try {
    if (file.readOnly) throw new ReportError('READ_ONLY', file.readOnlyReason ?? undefined);
    const data = reportData(file);
    const next = changeQuantities(data, sets.map((s) => assignment(data, s)));
    file.saveData(next);
    return computeData(next);
  } finally {
    file.close();
  }
}

/** 在校生数=6531 or 上年(在校生数)=6200 as a change; the value read in the quantity's unit. */
function assignment(data: ReportData, text: string): QuantityChange {
  const eq = text.search(/[=＝]/);
  if (eq <= 0) throw new UsageError(`--set expects 名称=值, got "${text}"`);
  let ref = text.slice(0, eq).trim();
  const previous = new RegExp(`^${PREVIOUS_FUNCTION}[(（](.+)[)）]$`).exec(ref);
  if (previous) ref = previous[1]!.trim();
  const quantity = findQuantity(data, ref);
  if (!quantity) throw new ReportError('DATA_UNKNOWN', `no quantity ${ref}`, zh.data.errors.unknown(ref));
  const value = parseValueInput(quantity, text.slice(eq + 1));
  return previous ? { ref: quantity.id, previous: value } : { ref: quantity.id, value };
}

function asJson(view: DataView) {
  const statusText = (s: keyof typeof zh.data.statuses) => zh.data.statuses[s];
  return {
    standard: view.standard,
    quantities: view.quantities.map((q) => ({ ...q, statusText: statusText(q.status) })),
    indicators: view.indicators.map((i) => ({ ...i, statusText: statusText(i.status) })),
  };
}

function describe(view: DataView): string {
  const row = (item: DataView['quantities'][number] | DataView['indicators'][number], fault = '') =>
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
  return [
    '数据',
    ...view.quantities.map((q) => `  ${row(q)}`),
    '指标',
    ...view.indicators.map((i) => `  ${row(i, i.error ?? (i.missing.length ? `（缺 ${i.missing.join('、')}）` : ''))}`),
    `达标线：${view.standard.name}（${view.standard.document}）`,
  ].join('\n') + '\n';
}
