import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode } from '@lexical/rich-text';
import { createRoot } from 'react-dom/client';

// The reference for the editor benchmark: Lexical's rich text and nothing of ours.
const state = await (await fetch('./doc.json')).text();
createRoot(document.getElementById('root')!).render(
  <LexicalComposer
    initialConfig={{
      namespace: 'bare',
      nodes: [HeadingNode],
      editorState: state,
      onError: (e: Error) => console.error(e),
    }}
  >
    <div
      style={{
        width: '210mm',
        margin: '0 auto',
        padding: '37mm 26mm 35mm 28mm',
        fontSize: '16pt',
        lineHeight: '28.95pt',
      }}
    >
      <RichTextPlugin
        contentEditable={<ContentEditable className="report-content" />}
        ErrorBoundary={LexicalErrorBoundary}
      />
    </div>
    <HistoryPlugin />
  </LexicalComposer>,
);
