import { useCallback, useEffect, useState } from 'react';
import type { OpenedReport } from '../../core/api';
import type { ComputedData } from '../../core/data/data-schema';
import type { EditorStateJSON } from '../../core/document/editor-json';
import { type Block, type ComparedBlock, blocksOf, compareVersions } from '../../core/history/compare';
import type { SnapshotInfo } from '../../core/history/snapshot';
import { zh } from '../../core/zh';
import { apiClient } from '../api-client';
import { ModalDialog } from '../app/ModalDialog';
import { flushPendingSave } from '../editor/save-barrier';
import { VersionData } from './VersionData';
import './history.css';

const t = zh.history;
type Shown =
  | { kind: 'version'; blocks: Block[]; data: ComputedData | null }
  | { kind: 'compare'; title: string; blocks: ComparedBlock[] };

const when = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const labelOf = (s: SnapshotInfo) => s.name ?? t.reasons[s.reason];

/**
 * 文件 → 历史版本: the report's snapshots, newest first. One opens read-only beside the list;
 * 恢复此版本 puts it back (the current text is kept as a version first); versions are named
 * (送审稿, 定稿) and compared block by block, with each other or with the current text.
 */
export function HistoryDialog({
  readOnly,
  onRestored,
  onClose,
}: {
  readOnly: boolean;
  onRestored: (report: OpenedReport) => void;
  onClose: () => void;
}) {
  const [snapshots, setSnapshots] = useState<SnapshotInfo[]>([]);
  const [selected, setSelected] = useState<SnapshotInfo | null>(null);
  const [ticked, setTicked] = useState<number[]>([]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [naming, setNaming] = useState<'current' | 'selected' | null>(null);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const res = await apiClient['history.list']({});
    if (res.ok) setSnapshots([...res.value].reverse());
  }, []);
  useEffect(() => {
    // The current text goes in first, so 当前内容 and the newest snapshot are what the user sees.
    void flushPendingSave().then(refresh);
  }, [refresh]);

  const documentOf = async (id: number | 'current'): Promise<EditorStateJSON | null> => {
    if (id === 'current') {
      await flushPendingSave();
      const res = await apiClient['report.current']({});
      return res.ok ? (res.value?.document ?? null) : null;
    }
    const res = await apiClient['history.document']({ id });
    return res.ok ? res.value.document : null;
  };

  const open = async (snapshot: SnapshotInfo) => {
    setSelected(snapshot);
    setNotice(null);
    const res = await apiClient['history.document']({ id: snapshot.id });
    if (res.ok) setShown({ kind: 'version', blocks: blocksOf(res.value.document), data: res.value.data });
  };

  /** Older first, whichever order the user ticked them in; ids grow with time. */
  const compare = async (a: number | 'current', b: number | 'current') => {
    const [older, newer] = a === 'current' || (b !== 'current' && a > b) ? [b, a] : [a, b];
    const [from, to] = await Promise.all([documentOf(older), documentOf(newer)]);
    if (!from || !to) return;
    const title = (id: number | 'current') =>
      id === 'current'
        ? t.current
        : `${when(snapshots.find((s) => s.id === id)!.createdAt)} ${labelOf(snapshots.find((s) => s.id === id)!)}`;
    setShown({ kind: 'compare', title: t.comparing(title(older), title(newer)), blocks: compareVersions(from, to) });
  };

  const restore = async () => {
    if (!selected) return;
    await flushPendingSave();
    const res = await apiClient['history.restore']({ id: selected.id });
    if (!res.ok) return setNotice(res.error.message);
    onRestored(res.value);
    setNotice(t.restored);
    await refresh();
  };

  const saveName = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    if (naming === 'current') {
      await flushPendingSave();
      await apiClient['history.snapshot']({ reason: 'named', name: trimmed });
    } else if (naming === 'selected' && selected) {
      const res = await apiClient['history.name']({ id: selected.id, name: trimmed });
      if (res.ok) setSelected(res.value);
    }
    setNaming(null);
    setName('');
    await refresh();
  };

  const tick = (id: number, on: boolean) =>
    setTicked((now) => (on ? [...now.filter((x) => x !== id), id].slice(-2) : now.filter((x) => x !== id)));

  return (
    <ModalDialog title={t.title} className="history-dialog" onClose={onClose}>
      <div className="history-bar">
        {!readOnly && (
          <button type="button" onClick={() => setNaming('current')}>
            {t.nameCurrent}
          </button>
        )}
        <button type="button" disabled={ticked.length !== 2} onClick={() => void compare(ticked[0]!, ticked[1]!)}>
          {t.compareTwo}
        </button>
        {naming && (
          <span className="history-naming">
            <input
              aria-label={t.name}
              autoFocus
              value={name}
              placeholder={t.namePlaceholder}
              maxLength={60}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && void saveName()}
            />
            <button type="button" onClick={() => void saveName()}>
              {t.nameSave}
            </button>
          </span>
        )}
      </div>
      <div className="history-body">
        <ol className="history-list" aria-label={t.title}>
          {snapshots.length === 0 && <li className="history-empty">{t.empty}</li>}
          {snapshots.map((s) => (
            <li key={s.id} className={selected?.id === s.id ? 'selected' : undefined}>
              <input
                type="checkbox"
                aria-label={t.compareLabel}
                checked={ticked.includes(s.id)}
                onChange={(e) => tick(s.id, e.target.checked)}
              />
              <button type="button" onClick={() => void open(s)}>
                <span className="history-time">{when(s.createdAt)}</span>
                <span className={s.name ? 'history-name' : 'history-reason'}>{labelOf(s)}</span>
                <span className="history-chars">{t.chars(s.chars)}</span>
              </button>
            </li>
          ))}
        </ol>
        <section className="history-view" aria-label={shown?.kind === 'compare' ? shown.title : t.current}>
          {selected && (
            <div className="history-view-bar">
              <strong>
                {when(selected.createdAt)} {labelOf(selected)}
              </strong>
              {!readOnly && (
                <button type="button" onClick={() => void restore()}>
                  {t.restore}
                </button>
              )}
              {!readOnly && (
                <button type="button" onClick={() => setNaming('selected')}>
                  {t.name}
                </button>
              )}
              <button type="button" onClick={() => void compare(selected.id, 'current')}>
                {t.compareCurrent}
              </button>
            </div>
          )}
          {notice && <p className="history-notice">{notice}</p>}
          {!shown && <p className="history-hint">{t.pick}</p>}
          {shown?.kind === 'compare' && <h3 className="history-compare-title">{shown.title}</h3>}
          {shown?.kind === 'compare' && shown.blocks.every((b) => b.change === 'same') && (
            <p className="history-notice">{t.noChanges}</p>
          )}
          {shown?.kind === 'version' && <VersionData data={shown.data} />}
          <div className="history-text">
            {shown?.blocks.map((b, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a version's blocks are shown in order and never move
              <VersionBlock key={i} block={b} />
            ))}
          </div>
        </section>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </ModalDialog>
  );
}

function VersionBlock({ block }: { block: Block | ComparedBlock }) {
  const change = 'change' in block ? block.change : 'same';
  const text = block.type === 'figure' ? `〔${t.figure}〕${block.text}` : block.text;
  const Tag = change === 'added' ? 'ins' : change === 'removed' ? 'del' : 'span';
  return (
    <div className={`history-block history-${block.type}`} data-change={change}>
      {change !== 'same' && <span className="history-mark">{change === 'added' ? t.added : t.removed}</span>}
      <Tag>{text}</Tag>
    </div>
  );
}
