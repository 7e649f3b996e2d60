import { useEffect, useState } from 'react';
import type { ApiValue } from '../../core/api';
import { demoteHeadings } from '../../core/document/nodes';
import { foldRepeats } from '../../core/fold-repeats';
import type { ImportNote } from '../../core/import/import-notes';
import { headingNumberingPreview } from '../../core/numbering';
import type { ReportMeta } from '../../core/report-meta';
import { zh } from '../../core/zh';
import { apiClient } from '../api-client';
import { CasePicker, casesAmong } from './CasePicker';
import { importEditor } from './editor-bridge';
import { insertImported, jumpToNote } from './import-actions';
import './import-dialog.css';
import { flushPendingSave } from '../editor/save-barrier';
import { ModalDialog } from '../app/ModalDialog';

type Stats = ApiValue<'report.stats'>;
/** What 插入文件 and 粘贴文字 read: the blocks to insert, all or some of the cases, by `id`. */
type Read = ApiValue<'import.read'>;

/** What the import report shows, and where its notes point (the inserted blocks, or the whole new report). */
interface Done {
  stats: Stats;
  notes: ImportNote[];
  keys: string[] | null;
  /** A new report's numbering settings, as taken from the source; null for an insert (the open report's stay). */
  meta: ReportMeta | null;
}

export interface ImportDialogProps {
  /**
   * 'new': 文件 → 导入 makes a new report; 'insert': 插入文件 at the cursor of the open one;
   * 'paste': text pasted into the dialog (out of a PDF, a web page), inserted at the cursor.
   */
  mode: 'new' | 'insert' | 'paste';
  nativeDialogs: boolean;
  onOpened: (path: string) => Promise<void>;
  /** The open report's meta as the insert left it: its notes appended to meta.importNotes. */
  onMeta: (meta: ReportMeta) => void;
  onClose: () => void;
}

/**
 * 文件 → 导入, 插入文件 and 粘贴文字: a .docx/.pdf/.doc/.wps/.txt/.md picked natively (Electron) or typed as a
 * path (the browser harness, or anyone pasting one), or text pasted in; then the import report:
 * what was recognised, and each note to check, which jumps to its place in the editor once the
 * dialog closes.
 */
export function ImportDialog({ mode, nativeDialogs, onOpened, onMeta, onClose }: ImportDialogProps) {
  const [path, setPath] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  /** Levels the inserted headings move down, so a school's chapters can sit under one of this report's. */
  const [demote, setDemote] = useState(0);
  /** 插入文件 of some of the file's cases: they are picked once it is read (`picking`). */
  const [casesOnly, setCasesOnly] = useState(false);
  const [picking, setPicking] = useState<Read | null>(null);
  const progress = useImportProgress(busy);
  const t = zh.importing;
  /** What the form holds: the pasted text, or the file's path. */
  const typed = mode === 'paste' ? text : path.trim();

  const start = async (source: string) => {
    setBusy(true);
    setError(null);
    try {
      if (mode === 'new') {
        await flushPendingSave(); // the open report is about to be replaced
        const res = await apiClient['import.file']({ path: source, into: 'new' });
        if (!res.ok) return setError(res.error.message);
        if (!res.value) return;
        setDone({ stats: res.value.stats, notes: res.value.notes, keys: null, meta: res.value.report.meta });
        await onOpened(res.value.report.path);
      } else {
        const res = await apiClient['import.read'](mode === 'paste' ? { text: source } : { path: source });
        if (!res.ok) return setError(res.error.message);
        if (!casesOnly) return await insert(res.value);
        if (casesAmong(res.value.blocks).length > 0) return setPicking(res.value);
        void apiClient['import.discard']({ id: res.value.id });
        setError(t.noCases);
      }
    } finally {
      setBusy(false);
    }
  };

  /**
   * Inserts at the cursor what `read` gave: all of it, or the blocks at `pick` (some of its cases, with only the notes
   * about them).
   */
  const insert = async (read: Read, pick?: number[]) => {
    setPicking(null);
    if (!importEditor()) return setError(t.noEditor);
    const res = await apiClient['import.insert']({ id: read.id, pick });
    if (!res.ok) return setError(res.error.message);
    const keys = insertImported(demoteHeadings(res.value.blocks, demote));
    onMeta(res.value.meta);
    setDone({ stats: res.value.stats, notes: res.value.notes, keys, meta: null });
  };

  const insertPicked = async (read: Read, pick: number[]) => {
    setBusy(true);
    try {
      await insert(read, pick);
    } finally {
      setBusy(false);
    }
  };

  /** Closing while cases are still to be picked inserts nothing: what was read is dropped. */
  const close = () => {
    if (picking) void apiClient['import.discard']({ id: picking.id });
    onClose();
  };

  const browse = async () => {
    const res = await apiClient['dialog.pickImportSource']({});
    if (res.ok && res.value) {
      setPath(res.value);
      await start(res.value);
    }
  };

  const jump = (note: ImportNote) => {
    onClose();
    // After the dialog is gone, so the editor can take the focus.
    requestAnimationFrame(() => jumpToNote(note, done?.keys ?? null));
  };

  return (
    <ModalDialog title={TITLES[mode]} className="import-dialog" onClose={close} closable={!busy}>
      {done ? (
        <ImportReport done={done} onJump={jump} />
      ) : picking ? (
        <CasePicker
          cases={casesAmong(picking.blocks)}
          onPick={(at) => void insertPicked(picking, at)}
          onCancel={close}
        />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void start(typed);
          }}
        >
          {mode === 'insert' && <p className="import-hint">{t.insertHint}</p>}
          {mode !== 'new' && (
            <label className="import-cases-only">
              <input
                type="checkbox"
                name="import-cases-only"
                checked={casesOnly}
                onChange={(e) => setCasesOnly(e.target.checked)}
                disabled={busy}
              />
              {t.casesOnly}
            </label>
          )}
          {mode !== 'new' && (
            <label className="import-demote">
              {t.demote}
              <select
                name="import-demote"
                value={demote}
                onChange={(e) => setDemote(Number(e.target.value))}
                disabled={busy || casesOnly}
              >
                {t.demoteOptions.map((label, by) => (
                  <option key={label} value={by}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {mode === 'paste' ? (
            <label>
              {t.pasteHint}
              <textarea
                name="import-text"
                value={text}
                onChange={(e) => setText(e.target.value)}
                disabled={busy}
                autoFocus
                rows={12}
              />
            </label>
          ) : (
            <PathField
              path={path}
              onPath={setPath}
              busy={busy}
              nativeDialogs={nativeDialogs}
              onBrowse={() => void browse()}
            />
          )}
          {error && (
            <p className="import-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy || typed.trim() === ''}>
            {busy ? progress : mode === 'new' ? t.pick : t.insert}
          </button>
        </form>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={close} disabled={busy}>
          {t.close}
        </button>
      </div>
    </ModalDialog>
  );
}

const TITLES = { new: zh.importing.title, insert: zh.importing.insertTitle, paste: zh.importing.pasteTitle } as const;

/**
 * The source file: picked natively where there is a dialog (the app then reads only what the
 * dialog answered, so the path is shown, not typed), or its path typed in the browser harness.
 */
function PathField({
  path,
  onPath,
  busy,
  nativeDialogs,
  onBrowse,
}: {
  path: string;
  onPath: (path: string) => void;
  busy: boolean;
  nativeDialogs: boolean;
  onBrowse: () => void;
}) {
  const t = zh.importing;
  return (
    <>
      {nativeDialogs && (
        <button type="button" className="primary" onClick={onBrowse} disabled={busy}>
          {t.browse}
        </button>
      )}
      <label>
        {t.pathPrompt}
        <input
          name="import-path"
          value={path}
          onChange={(e) => onPath(e.target.value)}
          disabled={busy}
          readOnly={nativeDialogs}
          autoFocus={!nativeDialogs}
        />
      </label>
    </>
  );
}

/** While an import runs, how far it is (asked every 250 ms): a Word file full of photos takes seconds. */
function useImportProgress(busy: boolean): string {
  const [label, setLabel] = useState<string>(zh.importing.working);
  useEffect(() => {
    setLabel(zh.importing.working);
    if (!busy) return;
    let stopped = false;
    const poll = async () => {
      const res = await apiClient['import.progress']({});
      if (stopped) return;
      if (res.ok && res.value && res.value.photosTotal > 0)
        setLabel(zh.importing.workingPhotos(res.value.photosDone, res.value.photosTotal));
      timer = window.setTimeout(() => void poll(), 250);
    };
    let timer = window.setTimeout(() => void poll(), 250);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [busy]);
  return label;
}

function ImportReport({ done, onJump }: { done: Done; onJump: (note: ImportNote) => void }) {
  const { stats, notes, meta } = done;
  const t = zh.importing;
  const order = new Map(notes.map((n, i) => [n, i]));
  return (
    <div className="import-report">
      <h3>{t.recognised}</h3>
      <ul className="import-counts">
        {stats.headings.map((n, level) =>
          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the heading level, the line's identity
          n > 0 ? <li key={level}>{t.headings(level + 1, n)}</li> : null,
        )}
        <li>{t.cases(stats.cases)}</li>
        <li>{t.figures(stats.figures, stats.figuresWithImage)}</li>
        <li>{t.tables(stats.tables)}</li>
      </ul>
      {meta && (
        <p className="import-numbering">
          {t.numberingKept(
            headingNumberingPreview(meta.headingNumbering, meta.chapterLabel),
            meta.figureNumbering === 'per-chapter',
            meta.caseNumbering === 'per-chapter',
          )}
        </p>
      )}
      <h3>
        {notes.length ? t.noteCount(notes.length) : t.noNotes}
        {notes.length > 0 && <span className="import-jump-hint">{t.jumpHint}</span>}
      </h3>
      <ol className="import-notes">
        {foldRepeats(notes, (n) => `${n.kind}\u0000${n.message}`).map((group) => {
          const item = (n: ImportNote) => (
            <li key={order.get(n)} data-kind={n.kind}>
              <button type="button" onClick={() => onJump(n)}>
                <span>{n.message}</span>
                {n.text && <q>{n.text}</q>}
              </button>
            </li>
          );
          if (group.length === 1) return group.map(item);
          return (
            <li key={`group-${order.get(group[0]!)}`} className="import-note-group" data-kind={group[0]!.kind}>
              <details>
                <summary>{t.noteGroup(group[0]!.message, group.length)}</summary>
                <ol>{group.map(item)}</ol>
              </details>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
