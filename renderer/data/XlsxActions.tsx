import { useState } from 'react';
import { zh } from '../../core/zh';
import { apiClient } from '../api-client';
import { XlsxImportDialog } from './XlsxImportDialog';
import './xlsx.css';

const t = zh.xlsx;

/**
 * 导入Excel… and 导出Excel… for the 数据: the import opens its dialog; the export asks where
 * (a native save dialog, or a new name in the harness's folder) and writes the sheets 数据 and 指标.
 */
export function XlsxActions({ readOnly, suggestedName = '数据' }: { readOnly: boolean; suggestedName?: string }) {
  const [importing, setImporting] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const exportXlsx = async () => {
    setMessage(null);
    const picked = await apiClient['dialog.pickExportPath']({ suggestedName, kind: 'xlsx' });
    if (!picked.ok) return setMessage({ text: picked.error.message, error: true });
    if (!picked.value) return;
    const written = await apiClient['data.exportXlsx']({ path: picked.value });
    setMessage(
      written.ok
        ? { text: t.exported(written.value.path), error: false }
        : { text: written.error.message, error: true },
    );
  };

  return (
    <span className="xlsx-actions">
      <button type="button" title={t.importTitle} disabled={readOnly} onClick={() => setImporting(true)}>
        {t.import}
      </button>
      <button type="button" title={t.exportTitle} onClick={() => void exportXlsx()}>
        {t.export}
      </button>
      {message && (
        <span className={message.error ? 'xlsx-error' : 'xlsx-done'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </span>
      )}
      {importing && <XlsxImportDialog onClose={() => setImporting(false)} />}
    </span>
  );
}
