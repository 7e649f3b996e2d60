import { useEffect, useState } from 'react';
import { zh } from '../../core/zh';
import { apiClient } from '../api-client';
import { DataStore } from './data-store';

/** The open report's 数据, read once when the editor opens; the reason, in Chinese, when it cannot be read. */
export function useReportData(): { store: DataStore; loadError: string | null } {
  const [store] = useState(() => new DataStore(apiClient));
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void store.load().then((problem) => live && setLoadError(problem && zh.dataPanel.loadFailed(problem)));
    return () => {
      live = false;
    };
  }, [store]);
  return { store, loadError };
}
