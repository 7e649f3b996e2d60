import { useEffect, useState } from 'react';
import { apiClient } from '../api-client';

const POLL_MS = 1000;

/**
 * How many of an import's photos are still being sized for print in the background: asked when
 * the report opens and whenever its number of figures changes (插入文件 adds photos), then once
 * a second until none is left.
 */
export function usePhotosBeingSized(figures: number): number {
  const [count, setCount] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new number of figures (插入文件) is the reason to ask again
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const ask = async () => {
      const res = await apiClient['assets.photosBeingSized']({});
      if (stopped) return;
      const left = res.ok ? res.value.count : 0;
      setCount(left);
      if (left > 0) timer = window.setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [figures]);
  return count;
}
