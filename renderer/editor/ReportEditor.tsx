import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useEffect, useState } from 'react';
import type { OpenedReport } from '../../core/api';
import { zh } from '../../core/zh';
import { AutosavePlugin } from './AutosavePlugin';
import type { SaveStatus } from './autosave-queue';
import { HeadingNumbersPlugin } from './HeadingNumbersPlugin';
import { NavigationPane } from './NavigationPane';
import { reportNodes } from './nodes';
import { ShortcutsPlugin } from './ShortcutsPlugin';
import { StatusBar } from './StatusBar';
import { editorTheme } from './theme';
import { Toolbar } from './Toolbar';

const saveLabels: Record<SaveStatus, string> = {
  saved: zh.save.saved,
  unsaved: zh.save.unsaved,
  saving: zh.save.saving,
  failed: zh.save.failed,
};

export function ReportEditor({ report }: { report: OpenedReport }) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const saveLabel = report.readOnly ? zh.save.readOnly : saveLabels[status];

  useEffect(() => {
    document.title = `${report.meta.title} — ${saveLabel} — ${zh.appName}`;
  }, [report.meta.title, saveLabel]);

  const initialConfig = {
    namespace: 'nianbao-report',
    nodes: reportNodes,
    theme: editorTheme,
    editable: !report.readOnly,
    editorState: report.document ? JSON.stringify(report.document) : null,
    onError: (error: Error) => console.error(error),
  };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="editor-shell">
        <Toolbar disabled={report.readOnly} />
        {report.readOnlyReason && (
          <div className="read-only-banner" role="status">
            {report.readOnlyReason}
          </div>
        )}
        <div className="editor-body">
          <NavigationPane />
          <div className="page-scroller">
            <div className="page">
              <RichTextPlugin
                contentEditable={<ContentEditable className="report-content" lang="zh-CN" aria-label="报告正文" spellCheck={false} />}
                placeholder={<div className="report-placeholder">{zh.editor.placeholder}</div>}
                ErrorBoundary={LexicalErrorBoundary}
              />
            </div>
          </div>
        </div>
        <StatusBar saveLabel={saveLabel} />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <HeadingNumbersPlugin />
      <ShortcutsPlugin />
      {!report.readOnly && <AutosavePlugin onStatus={setStatus} />}
    </LexicalComposer>
  );
}
