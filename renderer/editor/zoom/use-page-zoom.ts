import { type RefObject, useCallback, useEffect, useState } from 'react';
import { useAppCommands } from '../../app/app-commands';
import { type ZoomMode, parseZoomMode, stepZoom, zoomFor } from './page-zoom';

const STORAGE_KEY = 'nianbao.pageZoom';
/** 210 mm at 96 dpi: the page's width before zoom. */
const PAGE_WIDTH_PX = (210 / 25.4) * 96;

function loadMode(): ZoomMode {
  try {
    return parseZoomMode(localStorage.getItem(STORAGE_KEY));
  } catch {
    return { kind: 'auto' };
  }
}

/**
 * The page's zoom for the scroller `scroller`: follows its width (导航 collapsed, 体检 opened, the
 * window resized), answers the menus' and keys' zoom commands and Ctrl+wheel, and is remembered
 * between sessions.
 */
export function usePageZoom(scroller: RefObject<HTMLElement | null>): {
  zoom: number;
  mode: ZoomMode;
  setMode: (mode: ZoomMode) => void;
} {
  const [mode, setModeState] = useState<ZoomMode>(loadMode);
  const [available, setAvailable] = useState(0);

  const setMode = useCallback((next: ZoomMode) => {
    setModeState(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or off: the zoom still applies for this session.
    }
  }, []);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setAvailable(element.clientWidth));
    observer.observe(element);
    setAvailable(element.clientWidth);
    return () => observer.disconnect();
  }, [scroller]);

  const zoom = available > 0 ? zoomFor(mode, available, PAGE_WIDTH_PX) : 1;
  const step = useCallback(
    (direction: 1 | -1) => setMode({ kind: 'percent', value: stepZoom(zoom, direction) }),
    [zoom, setMode],
  );

  useAppCommands({
    'zoom-in': () => step(1),
    'zoom-out': () => step(-1),
    'zoom-reset': () => setMode({ kind: 'percent', value: 1 }),
    'zoom-fit': () => setMode({ kind: 'fit' }),
  });

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.deltaY === 0) return;
      e.preventDefault();
      step(e.deltaY < 0 ? 1 : -1);
    };
    // Not passive: Ctrl+wheel must not also zoom the whole window.
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [scroller, step]);

  return { zoom, mode, setMode };
}
