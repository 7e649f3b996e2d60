import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getSelection, COMMAND_PRIORITY_LOW, PASTE_COMMAND, PASTE_TAG, TextNode } from 'lexical';
import { useEffect } from 'react';
import { standardCharacters } from '../../../core/import/character-repairs';
import { unwrapPastedText } from '../../../core/import/pasted-text';
import { reportBlocksInHtml } from './pasted-blocks';
import { wordNumberingToHtml } from './word-numbering';

const LEXICAL_CLIPBOARD_TYPE = 'application/x-lexical-editor';

/**
 * Text pasted from Word, WPS, WeChat or a web page arrives with its own fonts, colours and
 * sizes as inline styles; a report must look uniform, so only bold/italic/underline (kept as
 * formats) and structure survive. The report's fonts come from its template. Word's lists,
 * which its clipboard writes as paragraphs with typed markers, arrive as lists. Text copied out
 * of a PDF viewer arrives with its printed lines joined back into paragraphs, and the look-alike
 * characters of PDF copies (⼀ for 一) become the characters they stand for. A picture set on a line of
 * its own and captioned below it (▲ …, 图为 …, as web pages and WeChat do) arrives as one figure; a
 * table arrives with its 表N caption.
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
            // A copy out of this editor carries its own nodes (a figure whole, a captioned table): Lexical's own paste.
            if (clipboard?.types.includes(LEXICAL_CLIPBOARD_TYPE)) return false;
            const html = clipboard?.getData('text/html') ?? '';
            const plain = clipboard?.getData('text/plain') ?? '';
            const withLists = html.includes('mso-list') ? wordNumberingToHtml(html) : null;
            const withBlocks = /<(img|table)/i.test(html) ? reportBlocksInHtml(withLists ?? html) : null;
            const cleanHtml = withBlocks ?? withLists;
            // Text out of a PDF viewer comes without HTML, a line break at every printed line.
            const unwrapped = !html && plain ? unwrapPastedText(plain) : null;
            if (!clipboard || (cleanHtml === null && unwrapped === null)) return false;
            event.preventDefault();
            // Lexical's own paste, given the HTML with real lists, figures and captions, or the text with
            // its lines joined.
            const data = new DataTransfer();
            if (cleanHtml !== null) data.setData('text/html', cleanHtml);
            data.setData('text/plain', unwrapped ? unwrapped.join('\n') : plain);
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
