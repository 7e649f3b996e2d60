import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { NumberingOptions } from '../../../core/numbering';
import { $computeOutline, type ReportOutline } from './report-outline';

/**
 * Keeps the live numbers on screen (as data-label attributes that CSS draws, so they are
 * never part of the editable text) and hands the numbered outline to the navigation pane.
 */
export function OutlinePlugin({ numbering, onOutline }: { numbering: NumberingOptions; onOutline: (outline: ReportOutline) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const refresh = () => {
      const outline = editor.getEditorState().read(() => $computeOutline(numbering));
      for (const item of outline.items) {
        const dom = editor.getElementByKey(item.labelKey);
        if (dom && dom.getAttribute('data-label') !== item.label) dom.setAttribute('data-label', item.label);
      }
      onOutline(outline);
    };
    refresh();
    return editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) refresh();
    });
  }, [editor, numbering, onOutline]);
  return null;
}
