import { useEffect, useState } from 'react';
import type { ExportKind } from '../../core/api';
import { zh } from '../../core/zh';
import { apiClient } from '../api-client';
import { ModalDialog } from '../app/ModalDialog';
import { type CheckLine, checkPanelOpener, exportCheckLine } from './check-summary';
import { useExportJob } from './use-export-job';

const t = zh.exporting;

/**
 * 导出 PDF / Word: asks where to save, then shows the progress bar, what is being done and
 * 取消; at the end where the file went, 打开所在文件夹 (where the shell can) and 关闭.
 */
export function ExportDialog({
  kind,
  suggestedName,
  onClose,
}: {
  kind: ExportKind;
  suggestedName: string;
  onClose: () => void;
}) {
  const { phase, cancel } = useExportJob(kind, suggestedName, onClose);
  const [check, setCheck] = useState<CheckLine | null>(null);
  const [canReveal, setCanReveal] = useState(false);
  const openCheckPanel = checkPanelOpener();

  useEffect(() => {
    void exportCheckLine().then(setCheck);
    void apiClient['app.capabilities']({}).then((res) => setCanReveal(res.ok && res.value.reveal));
  }, []);

  // While the native save dialog is open there is nothing to show yet.
  if (!phase || phase.step === 'picking') return null;
  const status = phase.step === 'running' || phase.step === 'over' ? phase.status : null;
  const running = phase.step === 'running';
  const result = status?.state === 'done' ? status.result : null;
  const error = phase.step === 'refused' ? phase.error : status?.error;

  return (
    <ModalDialog title={t.title(t.kinds[kind])} className="export-dialog" onClose={onClose} closable={!running}>
      {check && (
        <p className="export-check" data-errors={check.errors}>
          <span>{check.text}</span>
          {check.errors > 0 && <span className="export-check-note">（{t.checkNotBlocking}）</span>}
          {openCheckPanel && (
            <button type="button" className="link-button" onClick={openCheckPanel}>
              {t.checkLink}
            </button>
          )}
        </p>
      )}
      {phase.step !== 'refused' && (
        <>
          <progress
            className="export-progress"
            max={1}
            value={status?.progress ?? 0}
            aria-label={status?.stage ?? t.stages.queued}
          />
          <p className="export-stage" data-testid="export-stage" data-state={status?.state ?? 'running'}>
            {result
              ? kind === 'pdf'
                ? t.done(result.pages)
                : t.doneEstimated(result.pages)
              : (status?.stage ?? t.stages.queued)}
          </p>
        </>
      )}
      {error && (
        <p className="export-error" role="alert">
          {error.message}
        </p>
      )}
      {result?.substitutedFonts && result.substitutedFonts.length > 0 && (
        <p className="export-warning" role="status" data-testid="export-font-warning">
          {t.substitutedFonts(result.substitutedFonts.map((role) => t.fontRoles[role]))}
        </p>
      )}
      {result && (
        <p className="export-path">
          {t.savedTo} <code data-testid="export-path">{result.path}</code>
        </p>
      )}
      <div className="dialog-actions">
        {result && canReveal && (
          <button type="button" onClick={() => void apiClient['app.reveal']({ path: result.path })}>
            {t.openFolder}
          </button>
        )}
        {running ? (
          <button type="button" onClick={cancel}>
            {t.cancel}
          </button>
        ) : (
          <button type="button" onClick={onClose} autoFocus>
            {t.close}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
