import type { ComputedData } from '../../core/data/data-schema';
import { zh } from '../../core/zh';
import { IndicatorValue } from '../data/IndicatorValue';
import { StatusBadge } from '../data/StatusBadge';
import '../data/data.css';

const t = zh.history;
const columns = zh.dataPanel.indicatorColumns;

/**
 * A version's 数据, read only, under its text in 历史版本: the quantities filled in then and every
 * indicator with its status, so the numbers a 恢复此版本 brings back are seen before restoring.
 */
export function VersionData({ data }: { data: ComputedData | null }) {
  if (!data) return <p className="history-hint">{t.noData}</p>;
  const filled = data.quantities.filter((q) => q.value !== null || q.previous !== null);
  return (
    <details className="history-data">
      <summary>{t.dataTitle(filled.length, data.quantities.length)}</summary>
      <table className="data-table" aria-label={t.dataQuantities}>
        <thead>
          <tr>
            <th>{zh.dataPanel.columns.name}</th>
            <th>{zh.dataPanel.columns.value}</th>
            <th>{zh.dataPanel.columns.previous}</th>
          </tr>
        </thead>
        <tbody>
          {filled.map((q) => (
            <tr key={q.id}>
              <td>{q.name}</td>
              <td className="data-number">{q.text}</td>
              <td className="data-number">{q.previousText}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table" aria-label={t.dataIndicators}>
        <thead>
          <tr>
            {(['name', 'value', 'previous', 'threshold', 'status'] as const).map((c) => (
              <th key={c}>{columns[c]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.indicators.map((i) => (
            <tr key={i.id}>
              <td>{i.name}</td>
              <td className="data-number">
                <IndicatorValue indicator={i} />
              </td>
              <td className="data-number">{i.previousText}</td>
              <td>{i.threshold?.text ?? ''}</td>
              <td>
                <StatusBadge status={i.status} threshold={i.threshold} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
