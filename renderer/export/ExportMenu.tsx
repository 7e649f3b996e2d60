import { useState } from 'react';
import type { ExportKind } from '../../core/api';
import type { OpenedReport } from '../../core/api';
import { zh } from '../../core/zh';
import { useAppCommands } from '../app/app-commands';
import { useMenu } from '../app/use-menu';
import { ExportDialog } from './ExportDialog';
import { PrintPreviewPane } from './PrintPreviewPane';
import './export.css';

/** The 导出 menu in the app bar: 导出 PDF…, 导出 Word… (each opens the export dialog) and 打印预览. */
export function ExportMenu({ report }: { report: OpenedReport | null }) {
  const { open, setOpen, ref } = useMenu();
  const [exporting, setExporting] = useState<ExportKind | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const start = (kind: ExportKind) => () => {
    setOpen(false);
    setExporting(kind);
  };
  useAppCommands({
    'export-pdf': () => report && setExporting('pdf'),
    'export-docx': () => report && setExporting('docx'),
    'print-preview': () => report && setPreviewing(true),
  });

  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="menu-button"
        aria-expanded={open}
        disabled={!report}
        onClick={() => setOpen(!open)}
      >
        {zh.exporting.menu}
      </button>
      {open && (
        <div className="menu-list" role="menu">
          <button type="button" role="menuitem" onClick={start('pdf')}>
            {zh.exporting.pdf}
          </button>
          <button type="button" role="menuitem" onClick={start('docx')}>
            {zh.exporting.docx}
          </button>
          <hr />
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              setPreviewing(true);
            }}
          >
            {zh.exporting.preview}
          </button>
        </div>
      )}
      {previewing && report && <PrintPreviewPane onClose={() => setPreviewing(false)} />}
      {exporting && report && (
        <ExportDialog
          kind={exporting}
          suggestedName={report.meta.title || zh.start.untitled}
          onClose={() => setExporting(null)}
        />
      )}
    </div>
  );
}
