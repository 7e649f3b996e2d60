/**
 * The page's zoom, as Word's 显示比例: a percentage the user picked, 适合宽度 (the page fills the
 * space beside 导航 and 体检), or by default 100% unless the page would not fit, then fitted:
 * a 1366×768 or 1024×700 school screen never shows a horizontal scroll bar.
 */
export type ZoomMode = { kind: 'auto' } | { kind: 'fit' } | { kind: 'percent'; value: number };

export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const;
const MIN = ZOOM_STEPS[0];
const MAX = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
/** Room kept on each side of the page so its shadow shows. */
export const PAGE_GUTTER_PX = 16;

const clamp = (z: number) => Math.min(MAX, Math.max(MIN, z));

/** The zoom at which a page `pageWidth` wide fills `available` pixels. */
export function fitZoom(available: number, pageWidth: number): number {
  return clamp(Math.floor(((available - 2 * PAGE_GUTTER_PX) / pageWidth) * 100) / 100);
}

export function zoomFor(mode: ZoomMode, available: number, pageWidth: number): number {
  if (mode.kind === 'percent') return clamp(mode.value);
  const fit = fitZoom(available, pageWidth);
  return mode.kind === 'fit' ? fit : Math.min(1, fit);
}

/** The next step up or down from `current` (Ctrl+= / Ctrl+-, Ctrl+wheel). */
export function stepZoom(current: number, direction: 1 | -1): number {
  const steps = direction > 0 ? ZOOM_STEPS : [...ZOOM_STEPS].reverse();
  return steps.find((s) => (direction > 0 ? s > current + 0.001 : s < current - 0.001)) ?? (direction > 0 ? MAX : MIN);
}

/** Read back from storage: anything but a well-formed mode is the default. */
export function parseZoomMode(stored: string | null): ZoomMode {
  try {
    const value = JSON.parse(stored ?? 'null') as Partial<ZoomMode> | null;
    if (value?.kind === 'fit') return { kind: 'fit' };
    if (value?.kind === 'percent' && typeof value.value === 'number' && Number.isFinite(value.value))
      return { kind: 'percent', value: clamp(value.value) };
  } catch {
    // A value written by hand or by another version: the default serves.
  }
  return { kind: 'auto' };
}
