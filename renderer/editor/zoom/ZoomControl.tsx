import { zh } from '../../../core/zh';
import type { ZoomMode } from './page-zoom';
import { stepZoom } from './page-zoom';

/** 显示比例 in the status bar: − 93% + and 适合宽度, as in Word's corner. */
export function ZoomControl({
  zoom,
  mode,
  setMode,
}: {
  zoom: number;
  mode: ZoomMode;
  setMode: (mode: ZoomMode) => void;
}) {
  const t = zh.editor;
  return (
    <span className="zoom-control" role="group" aria-label={t.zoom}>
      <button
        type="button"
        title={t.zoomOut}
        aria-label={t.zoomOut}
        onClick={() => setMode({ kind: 'percent', value: stepZoom(zoom, -1) })}
      >
        −
      </button>
      <button
        type="button"
        className="zoom-value"
        title={zh.menu.actualSize}
        data-testid="zoom"
        onClick={() => setMode({ kind: 'percent', value: 1 })}
      >
        {t.zoomPercent(zoom)}
      </button>
      <button
        type="button"
        title={t.zoomIn}
        aria-label={t.zoomIn}
        onClick={() => setMode({ kind: 'percent', value: stepZoom(zoom, 1) })}
      >
        +
      </button>
      <button
        type="button"
        className={mode.kind === 'fit' ? 'active' : undefined}
        aria-pressed={mode.kind === 'fit'}
        onClick={() => setMode({ kind: 'fit' })}
      >
        {t.fitWidth}
      </button>
    </span>
  );
}
