import { useState } from 'react';
import type { ApiValue } from '../../core/api';
import { zh } from '../../core/zh';
import { apiClient } from '../api-client';

type Imported = NonNullable<ApiValue<'import.file'>>;

/**
 * 文件 → 导入: a path to a .docx/.txt/.md (typed or pasted; the same in Electron and the
 * browser harness), then the import report: what was recognised and what to check.
 */
export function ImportDialog({ onOpened, onClose }: { onOpened: (path: string) => Promise<void>; onClose: () => void }) {
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Imported | null>(null);

  const start = async () => {
    setBusy(true);
    setError(null);
    const res = await apiClient['import.file']({ path: path.trim(), into: 'new' });
    setBusy(false);
    if (!res.ok) return setError(res.error.message);
    if (!res.value) return;
    setDone(res.value);
    await onOpened(res.value.report.path);
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && !busy && onClose()}>
      <div className="dialog import-dialog" role="dialog" aria-label={zh.importing.title}>
        <h2>{zh.importing.title}</h2>
        {done ? (
          <ImportReport imported={done} />
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void start();
            }}
          >
            <label>
              {zh.importing.pathPrompt}
              <input name="import-path" value={path} onChange={(e) => setPath(e.target.value)} disabled={busy} autoFocus />
            </label>
            {error && (
              <p className="import-error" role="alert">
                {error}
              </p>
            )}
            <button type="submit" disabled={busy || path.trim() === ''}>
              {busy ? zh.importing.working : zh.importing.pick}
            </button>
          </form>
        )}
        <button type="button" onClick={onClose} disabled={busy}>
          {zh.importing.close}
        </button>
      </div>
    </div>
  );
}

function ImportReport({ imported }: { imported: Imported }) {
  const { stats, notes } = imported;
  return (
    <div className="import-report">
      <h3>{zh.importing.recognised}</h3>
      <ul>
        {stats.headings.map((n, i) => (n > 0 ? <li key={i}>{zh.importing.headings(i + 1, n)}</li> : null))}
        <li>{zh.importing.cases(stats.cases)}</li>
        <li>{zh.importing.figures(stats.figures, stats.figuresWithImage)}</li>
        <li>{zh.importing.tables(stats.tables)}</li>
      </ul>
      <h3>{notes.length ? zh.importing.noteCount(notes.length) : zh.importing.noNotes}</h3>
      <ol className="import-notes">
        {notes.map((n, i) => (
          <li key={i} data-kind={n.kind}>
            <span>{n.message}</span>
            <q>{n.text}</q>
          </li>
        ))}
      </ol>
    </div>
  );
}
