import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OpenedReport } from '../../core/api';
import { type Finding, type IgnoredFinding, type Severity, checkSummary, findingHash } from '../../core/check';
import { foldRepeats } from '../../core/fold-repeats';
import { zh } from '../../core/zh';
import { apiClient } from '../api-client';
import { useDataView } from '../data/data-store';
import { registerCheckPanel } from '../export/check-summary';
import { stateJSON } from '../editor/state-json';
import { jumpToBlock } from './jump';
import { CHECK_DELAY_MS, CheckRunner } from './run-checks';
import './check.css';

const t = zh.check;
const severities: Severity[] = ['error', 'warning', 'info'];
/** Two findings of one rule can share a block: their place in the list parts them. */
const findingKey = (f: Finding, place: number) => `${f.rule}-${f.location.blockPath.join('.')}-${place}`;

/**
 * 体检: a badge with the count, and a panel of findings grouped by severity. Re-runs a moment
 * after typing stops; 忽略 stores the finding (rule + excerpt hash) in the report's meta, so it
 * stays ignored until its text changes. Findings saying the same more than a few times (an
 * imported text's 53 captions without photos) fold into one line, with 全部忽略.
 */
export function CheckPanel({ report }: { report: OpenedReport }) {
  const [editor] = useLexicalComposerContext();
  const [open, setOpen] = useState(false);
  const [findings, setFindings] = useState<Finding[]>([]);
  const [ignored, setIgnored] = useState<IgnoredFinding[]>(report.meta.ignoredFindings ?? []);
  const { meta } = report;
  // The text is checked against 数据 (a typed 6513 where the data says 6531): a change there re-runs the checks.
  const data = useDataView();

  const runner = useRef<CheckRunner | null>(null);
  useEffect(() => {
    const started = new CheckRunner(setFindings);
    runner.current = started;
    return () => started.dispose();
  }, []);

  useEffect(() => {
    const run = () =>
      runner.current?.run({ json: stateJSON(editor.getEditorState()), meta, ignored, ...(data && { data }) });
    // The first check waits like the later ones, so opening a large report paints its text first.
    let timer = window.setTimeout(run, CHECK_DELAY_MS);
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
      window.clearTimeout(timer);
      timer = window.setTimeout(run, CHECK_DELAY_MS);
    });
    return () => {
      unregister();
      window.clearTimeout(timer);
      runner.current?.cancel();
    };
  }, [editor, meta, ignored, data]);

  useEffect(() => registerCheckPanel(() => setOpen(true)), []);

  const ignore = useCallback(
    async (dismissed: readonly Finding[]) => {
      const next = [...ignored, ...dismissed.map((f) => ({ rule: f.rule, hash: findingHash(f) }))];
      setIgnored(next);
      setFindings((current) => current.filter((other) => !dismissed.includes(other))); // at once, not at the next run
      if (report.readOnly) return; // ignored for this session only
      // Re-read the meta so a setting changed meanwhile is not overwritten.
      const current = await apiClient['report.current']({});
      if (current.ok && current.value)
        await apiClient['report.updateMeta']({ meta: { ...current.value.meta, ignoredFindings: next } });
    },
    [ignored, report.readOnly],
  );

  const jump = useCallback((f: Finding) => jumpToBlock(editor, f.location.blockPath), [editor]);
  const groups = useMemo(
    () => severities.map((s) => [s, findings.filter((f) => f.severity === s)] as const),
    [findings],
  );

  return (
    <>
      <button
        type="button"
        className="check-badge"
        data-severity={groups.find(([, list]) => list.length)?.[0] ?? 'none'}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
      >
        {t.badge(findings.length)}
      </button>
      {open && (
        <aside className="check-panel side-panel" aria-label={t.title}>
          <header className="pane-header">
            <strong>{t.title}</strong>
            <span className="check-summary">{checkSummary(findings)}</span>
            <button type="button" aria-label="关闭" onClick={() => setOpen(false)}>
              ×
            </button>
          </header>
          {findings.length === 0 && <p className="check-none">{t.none}</p>}
          {groups.map(
            ([severity, list]) =>
              list.length > 0 && (
                <section key={severity} className={`check-group check-${severity}`}>
                  <h3>
                    {t.severities[severity]} <span>{list.length}</span>
                  </h3>
                  <ul>
                    {foldRepeats(list, (f) => `${f.rule}\u0000${f.message}`).map((group, i) => {
                      const first = group[0]!;
                      if (group.length === 1)
                        return (
                          <FindingItem key={findingKey(first, i)} finding={first} onJump={jump} onIgnore={ignore} />
                        );
                      // The group's open state lives in its <details>: the key keeps it across re-runs.
                      return (
                        <li key={`fold-${first.rule}-${first.message}`} className="check-fold">
                          <details>
                            <summary>
                              <span className="check-message">{first.message}</span>
                              <span className="check-count">{t.foldCount(group.length)}</span>
                            </summary>
                            <ul>
                              {group.map((f, j) => (
                                <FindingItem key={findingKey(f, j)} finding={f} onJump={jump} onIgnore={ignore} />
                              ))}
                            </ul>
                          </details>
                          <button
                            type="button"
                            className="check-ignore"
                            title={t.ignoreAllTitle(group.length)}
                            onClick={() => void ignore(group)}
                          >
                            {t.ignoreAll}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </section>
              ),
          )}
        </aside>
      )}
    </>
  );
}

/** One finding: a click goes to where it stands; 忽略 dismisses it. */
function FindingItem({
  finding: f,
  onJump,
  onIgnore,
}: {
  finding: Finding;
  onJump: (f: Finding) => void;
  onIgnore: (dismissed: readonly Finding[]) => Promise<void>;
}) {
  return (
    <li>
      <button type="button" className="check-item" title={t.jump} onClick={() => onJump(f)}>
        <span className="check-message">{f.message}</span>
        <span className="check-excerpt">{f.excerpt}</span>
        {f.suggestion && (
          <span className="check-suggestion">
            {t.suggestion}
            {f.suggestion}
          </span>
        )}
        <span className="check-where">{f.location.headingPath.at(-1) ?? t.preface}</span>
      </button>
      <button type="button" className="check-ignore" title={t.ignoreTitle} onClick={() => void onIgnore([f])}>
        {t.ignore}
      </button>
    </li>
  );
}
