import { checkSummary, countBySeverity } from '../../core/check';
import { apiClient } from '../api-client';
import { checkOnce } from '../check/run-checks';

export interface CheckLine {
  text: string;
  errors: number;
}

/**
 * The one-line 体检 result shown while exporting, over the report as saved (what the export
 * reads). Export never waits for it and is never blocked by what it finds.
 */
export async function exportCheckLine(): Promise<CheckLine | null> {
  const res = await apiClient['report.current']({});
  if (!res.ok || !res.value?.document) return null;
  const { meta, document } = res.value;
  const data = await apiClient['data.get']({});
  const findings = await checkOnce({
    json: document,
    meta,
    ignored: meta.ignoredFindings ?? [],
    ...(data.ok && { data: data.value }),
  });
  return { text: checkSummary(findings), errors: countBySeverity(findings).error };
}

/**
 * The 体检 panel calls registerCheckPanel with its "open" function when it mounts. The export
 * dialog shows 查看体检 only while one is registered, so the link never does nothing.
 */
let openPanel: (() => void) | null = null;

export function registerCheckPanel(open: () => void): () => void {
  openPanel = open;
  return () => {
    if (openPanel === open) openPanel = null;
  };
}

export function checkPanelOpener(): (() => void) | null {
  return openPanel;
}
