import { type RefObject, useEffect, useRef, useState } from 'react';
import { useEscape } from './use-escape';

/** A drop-down menu's open state; a press anywhere outside its element, or Esc, closes it. */
export function useMenu(): { open: boolean; setOpen: (open: boolean) => void; ref: RefObject<HTMLDivElement | null> } {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  useEscape(() => setOpen(false), open);
  return { open, setOpen, ref };
}
