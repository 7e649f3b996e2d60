import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportJobStatus, ExportKind } from '../../core/api';
import type { ApiError } from '../../core/errors';
import { apiClient } from '../api-client';
import { flushPendingSave } from '../editor/save-barrier';

/** How often the dialog asks how the export is going. */
const POLL_MS = 250;

export type ExportPhase =
  | { step: 'picking' }
  | { step: 'running'; jobId: string; status: ExportJobStatus | null }
  | { step: 'over'; status: ExportJobStatus }
  | { step: 'refused'; error: ApiError };

/**
 * One export from the dialog: ask where (native save dialog, or the harness's reports
 * folder), start the job, poll its status until it ends. Closing the dialog mid-way cancels.
 */
export function useExportJob(
  kind: ExportKind,
  suggestedName: string,
  onNoTarget: () => void,
): { phase: ExportPhase | null; cancel(): void } {
  const [phase, setPhase] = useState<ExportPhase | null>(null);
  const jobRef = useRef<string | null>(null);

  // One export per dialog; its kind and name are fixed when it opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: as the comment above says
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (jobId: string) => {
      const res = await apiClient['export.status']({ jobId });
      if (!alive) return;
      if (!res.ok) return setPhase({ step: 'refused', error: res.error });
      if (res.value.state === 'running') {
        setPhase({ step: 'running', jobId, status: res.value });
        timer = setTimeout(() => void poll(jobId), POLL_MS);
      } else {
        jobRef.current = null;
        setPhase({ step: 'over', status: res.value });
      }
    };
    void (async () => {
      setPhase({ step: 'picking' });
      const picked = await apiClient['dialog.pickExportPath']({ suggestedName, kind });
      if (!alive) return;
      if (!picked.ok) return setPhase({ step: 'refused', error: picked.error });
      if (!picked.value) return onNoTarget();
      // The export reads the saved report: the last keystrokes must be in it.
      await flushPendingSave();
      const started = await apiClient['export.start']({ kind, path: picked.value });
      if (!alive) return;
      if (!started.ok) return setPhase({ step: 'refused', error: started.error });
      jobRef.current = started.value.jobId;
      setPhase({ step: 'running', jobId: started.value.jobId, status: null });
      void poll(started.value.jobId);
    })();
    return () => {
      alive = false;
      clearTimeout(timer);
      // The dialog went away with the export still running: stop it rather than leave it orphaned.
      if (jobRef.current) void apiClient['export.cancel']({ jobId: jobRef.current });
    };
  }, []);

  const cancel = useCallback(() => {
    if (jobRef.current) void apiClient['export.cancel']({ jobId: jobRef.current });
  }, []);

  return { phase, cancel };
}
