import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TextNode } from 'lexical';
import { useEffect } from 'react';

/**
 * Text pasted from Word, WPS, WeChat or a web page arrives with its own fonts, colours and
 * sizes as inline styles; a report must look uniform, so only bold/italic/underline (kept as
 * formats) and structure survive. The report's fonts come from its template.
 */
export function PasteCleanupPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(TextNode, (node) => {
        if (node.getStyle() !== '') node.setStyle('');
      }),
    [editor],
  );
  return null;
}
