import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect, useState } from 'react';
import { countChars } from '../../core/text-count';
import { zh } from '../../core/zh';

export function StatusBar({ saveLabel }: { saveLabel: string }) {
  const [editor] = useLexicalComposerContext();
  const [chars, setChars] = useState(0);

  useEffect(() => {
    const count = () => setChars(editor.getEditorState().read(() => countChars($getRoot().getTextContent())));
    count();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerTextContentListener(() => {
      clearTimeout(timer);
      timer = setTimeout(count, 300);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor]);

  return (
    <footer className="status-bar">
      <span>{zh.editor.chars(chars)}</span>
      <span className="save-state" data-testid="save-state">
        {saveLabel}
      </span>
    </footer>
  );
}
