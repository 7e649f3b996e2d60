import { useCallback, useState } from 'react';

/** A yes/no the user set (导航 collapsed), remembered in the window's storage between sessions. */
export function useStoredFlag(key: string, initial: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : stored === 'true';
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        localStorage.setItem(key, String(next));
      } catch {
        // Storage off: the choice holds for this session.
      }
    },
    [key],
  );
  return [value, set];
}
