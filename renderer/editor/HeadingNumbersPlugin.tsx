import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { useOutline } from './use-headings';

/**
 * Shows each heading's number (from core's numbering rules, as every export uses) through a
 * data attribute that CSS renders, so the number is never part of the editable text.
 */
export function HeadingNumbersPlugin() {
  const [editor] = useLexicalComposerContext();
  const outline = useOutline();
  useEffect(() => {
    for (const h of outline) editor.getElementByKey(h.key)?.setAttribute('data-number', h.label);
  }, [editor, outline]);
  return null;
}
