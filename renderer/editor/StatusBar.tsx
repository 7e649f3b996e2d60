import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { type ReactNode, useEffect, useState } from 'react';
import { countChars } from '../../core/text-count';
import { zh } from '../../core/zh';
import type { ReportOutline } from './outline/report-outline';
import { $sectionHeadingOf, $sectionNodes } from './outline/sections';
import { usePendingPhotos } from './use-pending-photos';

function $counts(): { total: number; section: number | null } {
  const total = countChars($getRoot().getTextContent());
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { total, section: null };
  const heading = $sectionHeadingOf(selection.anchor.getNode());
  if (!heading) return { total, section: null };
  return { total, section: $sectionNodes(heading).reduce((sum, n) => sum + countChars(n.getTextContent()), 0) };
}

/** Characters of the caret's section and of the report (CJK each as one), counts, photos still being sized, save state. */
export function StatusBar({ saveLabel, outline, children }: { saveLabel: string; outline: ReportOutline; children?: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const [counts, setCounts] = useState<{ total: number; section: number | null }>({ total: 0, section: null });
  const pendingPhotos = usePendingPhotos(outline.figures);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      // Counting walks the whole report: do it when typing pauses, not on every key.
      timer = setTimeout(() => setCounts(editor.getEditorState().read($counts)), 300);
    };
    schedule();
    const unregister = editor.registerUpdateListener(schedule);
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor]);

  return (
    <footer className="status-bar">
      <span className="status-counts">
        {counts.section !== null && <span>{zh.editor.sectionChars(counts.section)}</span>}
        <span data-testid="char-count">{zh.editor.chars(counts.total)}</span>
        <span data-testid="block-counts">{zh.editor.counts(outline.cases, outline.figures)}</span>
      </span>
      {pendingPhotos > 0 && (
        <span className="photos-pending" data-testid="photos-pending" title={zh.editor.photosPendingHint}>
          {zh.editor.photosPending(pendingPhotos)}
        </span>
      )}
      {children}
      <span className="save-state" data-testid="save-state">
        {saveLabel}
      </span>
    </footer>
  );
}
