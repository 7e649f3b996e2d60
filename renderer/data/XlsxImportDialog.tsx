import { useState } from 'react';
import type { ColumnMapping, XlsxPreview } from '../../core/data/sheet-import';
import { zh } from '../../core/zh';
import { apiClient } from '../api-client';
import { ModalDialog } from '../app/ModalDialog';
import { useDataStore } from './data-store';

const t = zh.xlsx;
type ColumnKey = keyof typeof t.columns;
const COLUMN_KEYS: readonly ColumnKey[] = ['name', 'value', 'unit', 'year', 'previous', 'source'];
const REQUIRED = new Set<ColumnKey>(['name', 'value']);
/** Rows the preview lists; the counts above it cover them all. */
const MAX_SHOWN = 500;

/** Columns for the pickers when none were recognised: A names, B values, no header. */
const FALLBACK: ColumnMapping = {
  headerRow: null,
  name: 0,
  value: 1,
  unit: null,
  year: null,
  previous: null,
  source: null,
};

/**
 * 导入Excel: a workbook chosen (natively, or by its path in the browser harness), its sheet and
 * columns picked (guessed from the headers first), a preview of every row (新增 / 修改 / 不变 /
 * 未能识别 with the reason), then 导入, which applies all of it or nothing.
 */
export function XlsxImportDialog({ onClose }: { onClose: () => void }) {
  const store = useDataStore();
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<XlsxPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const read = async (choice: { sheet?: string; mapping?: ColumnMapping }, from = path) => {
    setBusy(true);
    setError(null);
    setDone(null);
    const result = await apiClient['data.readXlsx']({ path: from.trim(), ...choice });
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else setError(result.error.message);
  };
  const browse = async () => {
    const picked = await apiClient['dialog.pickXlsxSource']({});
    if (picked.ok && picked.value) {
      setPath(picked.value);
      await read({}, picked.value);
    }
  };
  const mapping = preview?.mapping ?? FALLBACK;
  const remap = (change: Partial<ColumnMapping>) =>
    preview && void read({ sheet: preview.sheet, mapping: { ...mapping, ...change } });
  const toApply = preview ? preview.counts.new + preview.counts.changed : 0;
  const apply = async () => {
    if (!preview?.mapping) return;
    setBusy(true);
    setError(null);
    const result = await apiClient['data.importXlsx']({
      path: path.trim(),
      sheet: preview.sheet,
      mapping: preview.mapping,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    store.adopt(result.value.view);
    setDone(t.applied(result.value.counts));
    setPreview(null);
  };
  const rowCount = preview?.sheets.find((s) => s.name === preview.sheet)?.rowCount ?? 0;

  return (
    <ModalDialog title={t.dialogTitle} className="xlsx-import" onClose={onClose} closable={!busy}>
      <form
        className="xlsx-source"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) void read({});
        }}
      >
        <label>
          {t.path}
          <input
            value={path}
            onChange={(e) => setPath(e.target.value)}
            placeholder="/…/数据.xlsx"
            disabled={busy}
            autoFocus
          />
        </label>
        <button type="button" onClick={() => void browse()} disabled={busy}>
          {t.browse}
        </button>
        <button type="submit" className="primary" disabled={busy || !path.trim()}>
          {busy ? t.reading : t.read}
        </button>
      </form>
      {preview && (
        <div className="xlsx-pickers">
          <label>
            {t.sheet}
            <select value={preview.sheet} onChange={(e) => void read({ sheet: e.target.value })} disabled={busy}>
              {preview.sheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.headerRow}
            <select
              value={mapping.headerRow ?? ''}
              onChange={(e) => remap({ headerRow: e.target.value === '' ? null : Number(e.target.value) })}
              disabled={busy}
            >
              <option value="">{t.noHeader}</option>
              {Array.from({ length: Math.min(rowCount, 20) }, (_, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the option is the row number itself
                <option key={r} value={r}>
                  {t.rowNumber(r + 1)}
                </option>
              ))}
            </select>
          </label>
          {COLUMN_KEYS.map((key) => (
            <label key={key}>
              {t.columns[key]}
              <select
                value={mapping[key] ?? ''}
                onChange={(e) => remap({ [key]: e.target.value === '' ? null : Number(e.target.value) })}
                disabled={busy}
              >
                {!REQUIRED.has(key) && <option value="">{t.none}</option>}
                {preview.columns.map((c) => (
                  <option key={c.index} value={c.index}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      {error && (
        <p className="xlsx-error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="xlsx-done" role="status">
          {done}
        </p>
      )}
      {preview && !preview.mapping && <p className="xlsx-hint">{t.chooseColumns}</p>}
      {preview?.mapping && (
        <>
          <p className="xlsx-counts">{t.counts(preview.counts)}</p>
          <div className="xlsx-preview">
            <table aria-label={t.dialogTitle}>
              <thead>
                <tr>
                  <th>{t.previewColumns.row}</th>
                  <th>{t.previewColumns.name}</th>
                  <th>{t.previewColumns.status}</th>
                  <th>{t.previewColumns.reason}</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.slice(0, MAX_SHOWN).map((row) => (
                  <tr key={row.row} data-status={row.status}>
                    <td>{row.row}</td>
                    <td>{row.name}</td>
                    <td>{t.statuses[row.status]}</td>
                    <td>{row.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} disabled={busy}>
          {done ? t.close : t.cancel}
        </button>
        {preview?.mapping && (
          <button
            type="button"
            className="primary"
            onClick={() => void apply()}
            disabled={busy || toApply === 0}
            title={toApply === 0 ? t.nothingToApply : undefined}
          >
            {busy ? t.applying : t.apply(toApply)}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
