import { useRef } from 'react';
import { zh } from '../../core/zh';
import { ReportEditor } from '../editor/ReportEditor';
import { ExportMenu } from '../export/ExportMenu';
import { EditorErrorBoundary } from './EditorErrorBoundary';
import { ErrorBanner } from './ErrorBanner';
import { FileMenu } from './FileMenu';
import { StartScreen } from './StartScreen';
import { useReportSession } from './use-report';
import { useCommandSources } from './use-command-sources';
import { useMenuBarKeys } from './use-menu-bar-keys';

export function App() {
  const session = useReportSession();
  useCommandSources();
  const bar = useRef<HTMLElement>(null);
  useMenuBarKeys(bar);
  if (!session.ready) return null;
  return (
    <div className="app">
      <header className="app-bar" ref={bar}>
        <span className="app-name">{zh.appName}</span>
        <FileMenu session={session} />
        <ExportMenu report={session.report} />
        {session.report && <span className="app-bar-title">{session.report.meta.title}</span>}
      </header>
      {session.error && <ErrorBanner error={session.error} onDismiss={session.dismissError} />}
      {session.report ? (
        // Keyed by path and generation: another report, or a restored version, starts a fresh editor and undo history.
        <EditorErrorBoundary key={`${session.report.path}#${session.generation}`} onClose={() => void session.close()}>
          <ReportEditor report={session.report} />
        </EditorErrorBoundary>
      ) : (
        <StartScreen session={session} />
      )}
    </div>
  );
}
