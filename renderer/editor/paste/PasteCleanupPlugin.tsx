import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, COMMAND_PRIORITY_LOW, PASTE_COMMAND, PASTE_TAG, TextNode } from 'lexical';
import { useEffect } from 'react';
import { standardCharacters } from '../../../core/import/character-repairs';
import { wordNumberingToHtml } from './word-numbering';

/**
 * Text pasted from Word, WPS, WeChat or a web page arrives with its own fonts, colours and
 * sizes as inline styles; a report must look uniform, so only bold/italic/underline (kept as
 * formats) and structure survive. The report's fonts come from its template. Word's lists,
 * which its clipboard writes as paragraphs with typed markers, arrive as lists. The look-alike
 * characters of PDF copies (⼀ for 一) become the characters they stand for.
 */
export function PasteCleanupPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(TextNode, (node) => {
          if (node.getStyle() !== '') node.setStyle('');
          // Never while an input method composes: the text is the IME's until it commits.
          if (node.isComposing()) return;
          const text = node.getTextContent();
          const standard = standardCharacters(text);
          if (standard !== text) node.setTextContent(standard);
        }),
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const clipboard = event instanceof ClipboardEvent ? event.clipboardData : null;
            const html = clipboard?.getData('text/html') ?? '';
            const withLists = html.includes('mso-list') ? wordNumberingToHtml(html) : null;
            if (!clipboard || withLists === null) return false;
            event.preventDefault();
            // Lexical's own paste, given the HTML with real lists.
            const data = new DataTransfer();
            data.setData('text/html', withLists);
            data.setData('text/plain', clipboard.getData('text/plain'));
            editor.update(
              () => {
                const selection = $getSelection();
                if (selection) $insertDataTransferForRichText(data, selection, editor);
              },
              { tag: PASTE_TAG },
            );
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}
