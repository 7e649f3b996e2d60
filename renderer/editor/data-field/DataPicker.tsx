import { useMemo, useState } from 'react';
import { fieldShown } from '../../../core/data/fields';
import { DATA_FIELD_PARTS, type DataFieldPart } from '../../../core/document/nodes';
import { zh } from '../../../core/zh';
import { ModalDialog } from '../../app/ModalDialog';
import { useDataView } from '../../data/data-store';
import { dataItems } from './data-items';
import type { InsertDataFieldPayload } from './register-data-fields';

const t = zh.dataField;

/**
 * 插入数据: every quantity and indicator with its value; a name typed narrows the list, Enter
 * takes the first. 插入指标表 puts in a table of every indicator instead.
 */
export function DataPicker({
  onPick,
  onTable,
  onClose,
}: {
  onPick: (payload: InsertDataFieldPayload) => void;
  onTable: () => void;
  onClose: () => void;
}) {
  const view = useDataView();
  const [filter, setFilter] = useState('');
  const [part, setPart] = useState<DataFieldPart>('value');
  const items = useMemo(() => dataItems(view).filter((item) => item.name.includes(filter.trim())), [view, filter]);
  const pick = (dataId: string) => onPick({ dataId, part });

  return (
    <ModalDialog title={t.pickerTitle} className="data-picker" onClose={onClose}>
      <input
        autoFocus
        aria-label={t.pickerFilter}
        placeholder={t.pickerFilter}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && items[0]) {
            e.preventDefault();
            pick(items[0].id);
          }
        }}
      />
      <fieldset className="data-picker-part">
        {DATA_FIELD_PARTS.map((p) => (
          <label key={p} className="radio">
            <input type="radio" name="part" checked={part === p} onChange={() => setPart(p)} />
            {t.parts[p]}
          </label>
        ))}
      </fieldset>
      {view === null && <p className="muted">{t.loading}</p>}
      {view !== null && items.length === 0 && <p className="muted">{filter ? t.noMatch : t.noData}</p>}
      <ul className="data-picker-list">
        {items.map((item) => {
          const field = view && fieldShown(view, item.id, part);
          const shown = field?.state === 'value' ? field.text : '';
          return (
            <li key={item.id}>
              <button type="button" onClick={() => pick(item.id)}>
                <span className="data-picker-name">{item.name}</span>
                <span className="data-picker-kind">{t.kinds[item.kind]}</span>
                <span className={shown ? 'data-picker-value' : 'data-picker-value muted'}>{shown || t.empty}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <div className="dialog-actions">
        <button
          type="button"
          className="data-picker-table"
          title={t.insertTableTitle}
          disabled={!view || view.indicators.length === 0}
          onClick={onTable}
        >
          {t.insertTable}
        </button>
        <button type="button" onClick={onClose}>
          {zh.start.cancel}
        </button>
      </div>
    </ModalDialog>
  );
}
