import type { QuantityView } from '../../core/data/data-schema';
import { zh } from '../../core/zh';
import { useEscape } from '../app/use-escape';
import { AddIndicatorForm } from './AddIndicatorForm';
import { AddQuantityForm } from './AddQuantityForm';
import { AddStarterButton } from './AddStarterButton';
import { type QuantityColumn, cellText } from './cell-edits';
import { useDataStore, useDataView } from './data-store';
import { EditableCell } from './EditableCell';
import { IndicatorValue } from './IndicatorValue';
import { RemoveButton } from './RemoveButton';
import { StatusBadge } from './StatusBadge';
import { XlsxActions } from './XlsxActions';

const t = zh.dataPanel;
const columns: readonly QuantityColumn[] = ['name', 'value', 'unit', 'year', 'previous', 'source', 'note'];
const numeric = new Set<QuantityColumn>(['value', 'year', 'previous']);

/**
 * 表格视图 of 数据, over the page: every quantity with all its columns to edit, rows to add and
 * remove, then the indicators with their 设置标准 line, 达标 or not, and the change from 上年;
 * the user's own indicators are added (name, formula, unit) and removed here too.
 */
export function DataSheet({ readOnly, onClose }: { readOnly: boolean; onClose: () => void }) {
  const store = useDataStore();
  const view = useDataView();
  useEscape(onClose);

  return (
    <div className="data-sheet" role="region" aria-label={t.sheetTitle}>
      <header className="pane-header">
        <strong>{t.sheetTitle}</strong>
        {view && <span className="muted">{t.standard(view.standard.name, view.standard.document)}</span>}
        <XlsxActions readOnly={readOnly} />
        <button type="button" onClick={onClose}>
          {t.closeSheet}
        </button>
      </header>
      {view && (
        <div className="data-sheet-body">
          {view.quantities.length === 0 && <AddStarterButton disabled={readOnly} />}
          <table className="data-table" aria-label={t.quantities}>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c}>{t.columns[c]}</th>
                ))}
                <th>{t.columns.status}</th>
                <th aria-label={t.remove} />
              </tr>
            </thead>
            <tbody>
              {view.quantities.map((q) => (
                <QuantityRow key={q.id} quantity={q} readOnly={readOnly} />
              ))}
            </tbody>
          </table>
          <AddQuantityForm disabled={readOnly} />

          <table className="data-table data-indicator-table" aria-label={t.indicators}>
            <thead>
              <tr>
                {(['name', 'value', 'previous', 'threshold', 'status', 'change', 'formula'] as const).map((c) => (
                  <th key={c}>{t.indicatorColumns[c]}</th>
                ))}
                <th aria-label={t.remove} />
              </tr>
            </thead>
            <tbody>
              {view.indicators.map((i) => (
                <tr key={i.id} data-testid={`sheet-indicator-${i.id}`}>
                  <td>{i.name}</td>
                  <td className="data-number">
                    <IndicatorValue indicator={i} />
                  </td>
                  <td className="data-number">{i.previousText}</td>
                  <td title={i.threshold?.basis}>{i.threshold?.text ?? ''}</td>
                  <td>
                    <StatusBadge status={i.status} threshold={i.threshold} />
                  </td>
                  <td>{i.change?.text ?? ''}</td>
                  <td className="muted">{i.formula}</td>
                  <td className="data-row-tools">
                    <RemoveButton
                      name={i.name}
                      disabled={readOnly}
                      onRemove={(force) => store.removeIndicators([i.id], force)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <AddIndicatorForm disabled={readOnly} />
        </div>
      )}
    </div>
  );
}

/** One quantity, each column a cell to edit; × asks again in the row, and says why when an indicator needs it. */
function QuantityRow({ quantity: q, readOnly }: { quantity: QuantityView; readOnly: boolean }) {
  const store = useDataStore();
  return (
    <tr data-testid={`sheet-quantity-${q.id}`}>
      {columns.map((c) => (
        <td key={c} className={numeric.has(c) ? 'data-number' : undefined}>
          <EditableCell
            value={cellText(q, c)}
            label={`${q.name} ${t.columns[c]}`}
            numeric={numeric.has(c)}
            disabled={readOnly}
            onCommit={(text) => store.editCell(q, c, text)}
          />
        </td>
      ))}
      <td>
        <StatusBadge status={q.status} threshold={q.threshold} />
      </td>
      <td className="data-row-tools">
        <RemoveButton name={q.name} disabled={readOnly} onRemove={(force) => store.remove([q.id], force)} />
      </td>
    </tr>
  );
}
