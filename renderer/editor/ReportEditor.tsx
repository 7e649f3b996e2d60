import { AutoFocusPlugin } from '@lexical/react/LexicalAutoFocusPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OpenedReport } from '../../core/api';
import type { NumberingOptions } from '../../core/numbering';
import { zh } from '../../core/zh';
import { loadBundledFontsAfterPaint } from '../report-fonts';
import { CheckPanel } from '../check/CheckPanel';
import { DataPanel } from '../data/DataPanel';
import { DataSheet } from '../data/DataSheet';
import { DataStoreContext } from '../data/data-store';
import { useReportData } from '../data/use-report-data';
import { AutosavePlugin } from './AutosavePlugin';
import { ListAutoformatPlugin } from './autoformat/ListAutoformatPlugin';
import type { SaveStatus } from './autosave-queue';
import { CasePlugin } from './case/CasePlugin';
import { ContextMenuPlugin } from './context-menu/ContextMenuPlugin';
import { DataFieldPlugin } from './data-field/DataFieldPlugin';
import { ImportInsertPlugin } from '../import/ImportInsertPlugin';
import { ChartPlugin } from './chart/ChartPlugin';
import { FigurePlugin } from './figure/FigurePlugin';
import { FindReplacePanel } from './find/FindReplacePanel';
import { NavigationPane } from './NavigationPane';
import { NestingPlugin } from './nesting/NestingPlugin';
import { reportNodes, unknownNodeType } from './nodes';
import { OutlinePlugin } from './outline/OutlinePlugin';
import { PrefacePlugin } from './outline/PrefacePlugin';
import type { ReportOutline } from './outline/report-outline';
import { PageBreakPlugin } from './page-break/PageBreakPlugin';
import { PasteCleanupPlugin } from './paste/PasteCleanupPlugin';
import { ShortcutsPlugin } from './ShortcutsPlugin';
import { StatusBar } from './StatusBar';
import { ReportTablePlugin } from './table/ReportTablePlugin';
import { editorTheme } from './theme';
import { Toolbar } from './toolbar/Toolbar';
import { useStoredFlag } from './use-stored-flag';
import { usePageZoom } from './zoom/use-page-zoom';
import { ZoomControl } from './zoom/ZoomControl';

const saveLabels: Record<SaveStatus, string> = {
  saved: zh.save.saved,
  unsaved: zh.save.unsaved,
  saving: zh.save.saving,
  failed: zh.save.failed,
};

const emptyOutline: ReportOutline = { items: [], cases: 0, figures: 0 };

export function ReportEditor({ report }: { report: OpenedReport }) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [outline, setOutline] = useState<ReportOutline>(emptyOutline);
  const [find, setFind] = useState<'find' | 'replace' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dataOpen, setDataOpen] = useStoredFlag('nianbao.dataOpen', false);
  const [sheetOpen, setSheetOpen] = useState(false);
  const data = useReportData();
  const scroller = useRef<HTMLDivElement>(null);
  const pageZoom = usePageZoom(scroller);
  const saveLabel = report.readOnly ? zh.save.readOnly : saveLabels[status];
  const { headingNumbering, chapterLabel, figureNumbering, caseNumbering } = report.meta;
  const numbering = useMemo<NumberingOptions>(
    () => ({ headingNumbering, chapterLabel, figureNumbering, caseNumbering }),
    [headingNumbering, chapterLabel, figureNumbering, caseNumbering],
  );

  useEffect(loadBundledFontsAfterPaint, []);

  useEffect(() => {
    document.title = `${report.meta.title} — ${saveLabel} — ${zh.appName}`;
  }, [report.meta.title, saveLabel]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'f' || key === 'h') {
        e.preventDefault();
        setFind(key === 'f' ? 'find' : 'replace');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onError = useCallback((message: string) => setNotice(message), []);

  const unknown = useMemo(() => (report.document ? unknownNodeType(report.document.root) : null), [report.document]);
  if (unknown) throw new Error(`document holds node type "${unknown}" this build does not know`);

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
      <DataStoreContext.Provider value={data.store}>
        <div className="editor-shell">
          <Toolbar
            disabled={report.readOnly}
            onError={onError}
            onFind={() => setFind('find')}
            dataOpen={dataOpen}
            onData={() => setDataOpen(!dataOpen)}
          />
          {report.readOnlyReason && (
            <div className="read-only-banner" role="status">
              {report.readOnlyReason}
            </div>
          )}
          {notice && (
            <div className="error-banner" role="alert">
              <span>{notice}</span>
              <button type="button" aria-label="关闭" onClick={() => setNotice(null)}>
                ×
              </button>
            </div>
          )}
          {find && <FindReplacePanel mode={find} onClose={() => setFind(null)} />}
          <div className="editor-body">
            <NavigationPane outline={outline} scroller={scroller} />
            <div className="page-scroller" ref={scroller}>
              {/* CSS zoom, not a transform: the page takes its zoomed size, so the scroll bars and caret follow. */}
              <div className="page" style={{ zoom: pageZoom.zoom }}>
                <RichTextPlugin
                  contentEditable={
                    <ContentEditable className="report-content" lang="zh-CN" aria-label="报告正文" spellCheck={false} />
                  }
                  placeholder={<div className="report-placeholder">{zh.editor.placeholder}</div>}
                  ErrorBoundary={LexicalErrorBoundary}
                />
              </div>
            </div>
            {dataOpen && (
              <DataPanel
                readOnly={report.readOnly}
                loadError={data.loadError}
                onSheet={() => setSheetOpen(true)}
                onClose={() => setDataOpen(false)}
              />
            )}
            <CheckPanel report={report} />
            {sheetOpen && <DataSheet readOnly={report.readOnly} onClose={() => setSheetOpen(false)} />}
          </div>
          <StatusBar saveLabel={saveLabel} outline={outline}>
            <ZoomControl {...pageZoom} />
          </StatusBar>
        </div>
        <HistoryPlugin />
        {/* Keys go to the page first, as in Word: the caret waits at the report's start. */}
        <AutoFocusPlugin defaultSelection="rootStart" />
        <ListPlugin />
        <ListAutoformatPlugin />
        <ReportTablePlugin template={report.meta.template} />
        <CasePlugin />
        <FigurePlugin onError={onError} />
        <ChartPlugin />
        <PageBreakPlugin />
        <ContextMenuPlugin onError={onError} />
        <DataFieldPlugin />
        <PasteCleanupPlugin />
        <NestingPlugin />
        <ShortcutsPlugin />
        <ImportInsertPlugin />
        <OutlinePlugin numbering={numbering} onOutline={setOutline} />
        <PrefacePlugin />
        {!report.readOnly && <AutosavePlugin path={report.path} onStatus={setStatus} onNotice={onError} />}
      </DataStoreContext.Provider>
    </LexicalComposer>
  );
}
