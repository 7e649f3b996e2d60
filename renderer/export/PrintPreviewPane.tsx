import { useCallback, useEffect, useRef, useState } from 'react';
import { PRINT_READY_FLAG, type PrintReadyInfo } from '../../core/print/paged-script';
import { zh } from '../../core/zh';
import { apiClient } from '../api-client';

const t = zh.exporting;

/**
 * 打印预览: the report's print page (the same HTML the PDF is printed from) paginated by
 * Paged.js, as the report was last saved. The frame is sandboxed: a report comes from anyone,
 * so its page never runs with the app's origin, and says it is done by message.
 */
export function PrintPreviewPane({ onClose }: { onClose: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pages, setPages] = useState<number | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  const load = useCallback(async () => {
    setPages(null);
    const res = await apiClient['export.previewUrl']({});
    if (res.ok) setUrl(res.value.url);
    else setError(res.error.message);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!url) return;
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.source !== frame.current?.contentWindow) return;
      if (typeof event.data !== 'object' || event.data === null) return;
      const flag = (event.data as Record<string, PrintReadyInfo | undefined>)[PRINT_READY_FLAG];
      if (!flag) return;
      if (flag.error) setError(zh.errors.EXPORT_FAILED);
      else setPages(flag.pages ?? 0);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [url]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="print-preview" role="dialog" aria-label={t.preview}>
      <div className="print-preview-bar">
        <strong>{t.preview}</strong>
        <span className="print-preview-state" data-testid="preview-state">
          {error ?? (pages === null ? t.previewLoading : t.previewPages(pages))}
        </span>
        <button type="button" onClick={() => void load()}>
          {t.previewRefresh}
        </button>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
      {url && (
        <iframe
          ref={frame}
          key={url}
          className="print-preview-frame"
          src={url}
          title={t.preview}
          sandbox="allow-scripts"
        />
      )}
    </div>
  );
}
