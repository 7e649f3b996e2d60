import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import { zh } from '../../../core/zh';
import { apiClient } from '../../api-client';
import { revealBlock } from '../reveal';
import { flushPendingSave } from '../save-barrier';
import { $findMatches, $replaceMatches, $selectMatch, type TextMatch } from './text-search';

const HIGHLIGHT_ALL = 'nb-find';
const HIGHLIGHT_CURRENT = 'nb-find-current';

function domPoint(root: HTMLElement | null, offset: number): [Node, number] | null {
  // A Lexical text node renders as an element holding one DOM text node.
  const text = root?.firstChild;
  return text ? [text, Math.min(offset, text.textContent?.length ?? 0)] : null;
}

/** 查找和替换 across the whole report (Ctrl+F / Ctrl+H), matches highlighted in place. */
export function FindReplacePanel({ mode, onClose }: { mode: 'find' | 'replace'; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matches, setMatches] = useState<TextMatch[]>([]);
  const [current, setCurrent] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const findInput = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (mode === 'replace' ? replaceInput : findInput).current?.focus();
  }, [mode]);

  const search = useCallback(
    () => setMatches(editor.getEditorState().read(() => $findMatches(query))),
    [editor, query],
  );

  useEffect(() => {
    search();
    setCurrent(0);
    return editor.registerTextContentListener(search);
  }, [editor, search]);

  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const ranges = matches.map((m) => {
      const start = domPoint(editor.getElementByKey(m.start.key), m.start.offset);
      const end = domPoint(editor.getElementByKey(m.end.key), m.end.offset);
      if (!start || !end) return null;
      const range = new Range();
      range.setStart(...start);
      range.setEnd(...end);
      return range;
    });
    const valid = ranges.filter((r): r is Range => r !== null);
    CSS.highlights.set(HIGHLIGHT_ALL, new Highlight(...valid));
    const active = ranges[current];
    if (active) {
      CSS.highlights.set(HIGHLIGHT_CURRENT, new Highlight(active));
      const block = active.startContainer.parentElement;
      if (block) revealBlock(block);
    } else CSS.highlights.delete(HIGHLIGHT_CURRENT);
    return () => {
      CSS.highlights.delete(HIGHLIGHT_ALL);
      CSS.highlights.delete(HIGHLIGHT_CURRENT);
    };
  }, [editor, matches, current]);

  const step = (delta: number) => {
    if (matches.length === 0) return;
    setCurrent((current + delta + matches.length) % matches.length);
  };

  /** Replaces `chosen` at once and says how many, and how many were numbers from 数据 left alone. */
  const replace = (chosen: TextMatch[]) => {
    let replaced = 0;
    editor.update(
      () => {
        replaced = $replaceMatches(chosen, replacement);
      },
      { discrete: true },
    );
    setNotice(zh.find.replaced(replaced, chosen.length - replaced));
  };

  const replaceOne = () => {
    const match = matches[current];
    if (match) replace([match]);
  };

  const replaceAll = async () => {
    // What the report was before, kept in 历史版本 to take back whole (Ctrl+Z works too, until the report is closed).
    await flushPendingSave();
    await apiClient['history.snapshot']({ reason: 'replace-all' });
    replace(matches);
  };

  const close = () => {
    const match = matches[current];
    if (match) editor.update(() => $selectMatch(match));
    onClose();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') close();
    else if (e.key === 'Enter') step(e.shiftKey ? -1 : 1);
  };

  return (
    <div className="find-panel" role="search" onKeyDown={onKeyDown}>
      <input
        ref={findInput}
        aria-label={zh.find.find}
        placeholder={zh.find.find}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setNotice(null);
        }}
      />
      <span className="find-count" data-testid="find-count">
        {query ? zh.find.count(matches.length ? current + 1 : 0, matches.length) : ''}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={!matches.length}>
        {zh.find.previous}
      </button>
      <button type="button" onClick={() => step(1)} disabled={!matches.length}>
        {zh.find.next}
      </button>
      <input
        ref={replaceInput}
        aria-label={zh.find.replaceWith}
        placeholder={zh.find.replaceWith}
        value={replacement}
        onChange={(e) => setReplacement(e.target.value)}
      />
      <button type="button" onClick={replaceOne} disabled={!matches.length || !editor.isEditable()}>
        {zh.find.replace}
      </button>
      <button type="button" onClick={() => void replaceAll()} disabled={!matches.length || !editor.isEditable()}>
        {zh.find.replaceAll}
      </button>
      {notice && <span className="find-notice">{notice}</span>}
      <button type="button" className="find-close" aria-label={zh.find.close} onClick={close}>
        ×
      </button>
    </div>
  );
}
