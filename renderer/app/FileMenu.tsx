import { useState } from 'react';
import { zh } from '../../core/zh';
import { ImportDialog, type ImportDialogProps } from '../import/ImportDialog';
import { HistoryDialog } from '../history/HistoryDialog';
import { ReportSettingsDialog } from './ReportSettingsDialog';
import { NewReportForm } from './StartScreen';
import { useAppCommands } from './app-commands';
import { ModalDialog } from './ModalDialog';
import { useMenu } from './use-menu';
import type { ReportSession } from './use-report';

/** The 文件 menu: the start screen's commands, reachable while a report is open. */
export function FileMenu({ session }: { session: ReportSession }) {
  const { open, setOpen, ref } = useMenu();
  const [creating, setCreating] = useState(false);
  const [editingSettings, setEditingSettings] = useState(false);
  const [viewingHistory, setViewingHistory] = useState(false);
  const [importing, setImporting] = useState<ImportDialogProps['mode'] | null>(null);
  const run = (action: () => unknown) => () => {
    setOpen(false);
    void action();
  };
  const editable = session.report !== null && !session.report.readOnly;
  // The application menu and Ctrl+Shift+S run what this menu's items run, under the same conditions.
  useAppCommands({
    'new-report': () => setCreating(true),
    open: () => session.nativeDialogs && void session.open(),
    import: () => setImporting('new'),
    'insert-file': () => editable && setImporting('insert'),
    'paste-text': () => editable && setImporting('paste'),
    settings: () => editable && setEditingSettings(true),
    history: () => session.report && setViewingHistory(true),
    'save-as': () => session.report && void session.saveAs(),
    close: () => session.report && void session.close(),
  });

  return (
    <div className="menu" ref={ref}>
      <button type="button" className="menu-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {zh.menu.file}
      </button>
      {open && (
        <div className="menu-list" role="menu">
          <button type="button" role="menuitem" onClick={run(() => setCreating(true))}>
            {zh.menu.newReport}
          </button>
          {session.nativeDialogs && (
            <button type="button" role="menuitem" onClick={run(() => session.open())}>
              {zh.menu.open}
            </button>
          )}
          <button type="button" role="menuitem" onClick={run(() => setImporting('new'))}>
            {zh.importing.menu}
          </button>
          <button
            type="button"
            role="menuitem"
            disabled={!session.report || session.report.readOnly}
            onClick={run(() => setImporting('insert'))}
          >
            {zh.importing.insertMenu}
          </button>
          <button
            type="button"
            role="menuitem"
            disabled={!session.report || session.report.readOnly}
            onClick={run(() => setImporting('paste'))}
          >
            {zh.importing.pasteMenu}
          </button>
          <div className="menu-group">{zh.menu.recent}</div>
          {session.recent.slice(0, 8).map((entry) => (
            <button
              type="button"
              role="menuitem"
              key={entry.path}
              title={entry.path}
              onClick={run(() => session.open(entry.path))}
            >
              {entry.title}
            </button>
          ))}
          <hr />
          <button
            type="button"
            role="menuitem"
            disabled={!session.report || session.report.readOnly}
            onClick={run(() => setEditingSettings(true))}
          >
            {zh.settings.menu}
          </button>
          <button type="button" role="menuitem" disabled={!session.report} onClick={run(() => setViewingHistory(true))}>
            {zh.history.menu}
          </button>
          <button type="button" role="menuitem" disabled={!session.report} onClick={run(() => session.saveAs())}>
            {zh.menu.saveAs}
          </button>
          <button type="button" role="menuitem" disabled={!session.report} onClick={run(() => session.close())}>
            {zh.menu.close}
          </button>
        </div>
      )}
      {importing && (
        <ImportDialog
          mode={importing}
          nativeDialogs={session.nativeDialogs}
          onOpened={(path) => session.open(path)}
          onMeta={session.adoptMeta}
          onClose={() => setImporting(null)}
        />
      )}
      {viewingHistory && session.report && (
        <HistoryDialog
          readOnly={session.report.readOnly}
          onRestored={session.adoptReplaced}
          onClose={() => setViewingHistory(false)}
        />
      )}
      {editingSettings && session.report && (
        <ReportSettingsDialog
          meta={session.report.meta}
          onSave={session.updateMeta}
          onClose={() => setEditingSettings(false)}
        />
      )}
      {creating && (
        <ModalDialog title={zh.start.newReport} onClose={() => setCreating(false)}>
          <NewReportForm session={session} onDone={() => setCreating(false)} />
        </ModalDialog>
      )}
    </div>
  );
}
