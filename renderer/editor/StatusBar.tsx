import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { type ReactNode, useEffect, useState } from 'react';
import { CASE_CHAR_LIMIT } from '../../core/templates/report-templates';
import { countChars } from '../../core/text-count';
import { zh } from '../../core/zh';
import type { ReportOutline } from './outline/report-outline';
import { $sectionHeadingOf, $sectionNodes } from './outline/sections';
import { usePhotosBeingSized } from './use-photos-being-sized';

interface Counts {
  total: number;
  section: number | null;
  /** The first case longer than a case's usual length, with its count. */
  longCase: { label: string; chars: number } | null;
}

function $longCase(outline: ReportOutline): Counts['longCase'] {
  for (const item of outline.items) {
    if (item.kind !== 'case') continue;
    const chars = countChars($getNodeByKey(item.blockKey)?.getTextContent() ?? '');
    if (chars > CASE_CHAR_LIMIT) return { label: item.label, chars };
  }
  return null;
}

function $counts(outline: ReportOutline): Counts {
  const total = countChars($getRoot().getTextContent());
  const longCase = $longCase(outline);
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { total, section: null, longCase };
  const heading = $sectionHeadingOf(selection.anchor.getNode());
  if (!heading) return { total, section: null, longCase };
  return {
    total,
    section: $sectionNodes(heading).reduce((sum, n) => sum + countChars(n.getTextContent()), 0),
    longCase,
  };
}

/**
 * Characters of the caret's section and of the report (CJK each as one), counts, photos still being sized, save state.
 */
export function StatusBar({
  saveLabel,
  outline,
  children,
}: {
  saveLabel: string;
  outline: ReportOutline;
  children?: ReactNode;
}) {
  const [editor] = useLexicalComposerContext();
  const [counts, setCounts] = useState<Counts>({ total: 0, section: null, longCase: null });
  const photosBeingSized = usePhotosBeingSized(outline.figures);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      // Counting walks the whole report: do it when typing pauses, not on every key.
      timer = setTimeout(() => setCounts(editor.getEditorState().read(() => $counts(outline))), 300);
    };
    schedule();
    const unregister = editor.registerUpdateListener(schedule);
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, outline]);

  return (
    <footer className="status-bar">
      <span className="status-counts">
        {counts.section !== null && <span>{zh.editor.sectionChars(counts.section)}</span>}
        <span data-testid="char-count">{zh.editor.chars(counts.total)}</span>
        <span data-testid="block-counts">{zh.editor.counts(outline.cases, outline.figures)}</span>
        {counts.longCase && (
          <span className="long-case" data-testid="long-case">
            {zh.editor.caseOverLimit(counts.longCase.label, counts.longCase.chars, CASE_CHAR_LIMIT)}
          </span>
        )}
      </span>
      {photosBeingSized > 0 && (
        <span className="photos-being-sized" data-testid="photos-being-sized" title={zh.editor.photosBeingSizedHint}>
          {zh.editor.photosBeingSized(photosBeingSized)}
        </span>
      )}
      {children}
      <span className="save-state" data-testid="save-state">
        {saveLabel}
      </span>
    </footer>
  );
}
