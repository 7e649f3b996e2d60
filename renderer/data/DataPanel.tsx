import { zh } from '../../core/zh';
import { AddQuantityForm } from './AddQuantityForm';
import { AddStarterButton } from './AddStarterButton';
import { cellText } from './cell-edits';
import { useDataStore, useDataView } from './data-store';
import { EditableCell } from './EditableCell';
import { IndicatorValue } from './IndicatorValue';
import { StatusBadge } from './StatusBadge';
import './data.css';

const t = zh.dataPanel;

/**
 * 数据, docked beside the page as 体检 is: each quantity with its value to type in, and the
 * indicators worked out from them against the 设置标准. The other columns (year, 上年, 数据来源,
 * note) are in the sheet (表格视图), which this opens.
 */
export function DataPanel({
  readOnly,
  loadError,
  onSheet,
  onClose,
}: {
  readOnly: boolean;
  loadError: string | null;
  onSheet: () => void;
  onClose: () => void;
}) {
  const store = useDataStore();
  const view = useDataView();

  return (
    <aside className="data-panel side-panel" aria-label={t.title}>
      <header className="pane-header">
        <strong>{t.title}</strong>
        <button type="button" className="data-sheet-open" onClick={onSheet}>
          {t.openSheet}
        </button>
        <button type="button" className="data-close" aria-label={t.close} title={t.close} onClick={onClose}>
          ×
        </button>
      </header>
      {loadError && (
        <p className="data-load-error" role="alert">
          {loadError}
        </p>
      )}
      {!view && !loadError && <p className="data-loading muted">{zh.dataField.loading}</p>}
      {view && (
        <>
          <section>
            <h3>{t.quantities}</h3>
            {view.quantities.length === 0 && <AddStarterButton disabled={readOnly} />}
            <ul className="data-list">
              {view.quantities.map((q) => (
                <li key={q.id}>
                  <span className="data-name" title={q.note || undefined}>
                    {q.name}
                  </span>
                  <EditableCell
                    value={cellText(q, 'value')}
                    label={q.name}
                    numeric
                    placeholder={zh.dataField.empty}
                    disabled={readOnly}
                    onCommit={(text) => store.editCell(q, 'value', text)}
                  />
                  <span className="data-unit">{q.unit}</span>
                </li>
              ))}
            </ul>
            <AddQuantityForm disabled={readOnly} />
          </section>
          <section>
            <h3>{t.indicators}</h3>
            <ul className="data-list data-indicators">
              {view.indicators.map((i) => (
                <li key={i.id} data-testid={`indicator-${i.id}`}>
                  <span className="data-name" title={i.formula}>
                    {i.name}
                  </span>
                  <IndicatorValue indicator={i} />
                  <StatusBadge status={i.status} threshold={i.threshold} />
                  {(i.threshold || i.change) && (
                    <span className="data-detail">
                      {i.threshold && <span>{t.threshold(i.threshold.text)}</span>}
                      {i.change && <span>{t.change(i.change.text)}</span>}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </aside>
  );
}
