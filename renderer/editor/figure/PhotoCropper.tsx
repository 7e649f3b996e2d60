import { type KeyboardEvent, type PointerEvent, useRef, useState } from 'react';
import type { Crop } from '../../../core/photo-edit';
import { zh } from '../../../core/zh';

type Grip = 'move' | 'nw' | 'ne' | 'sw' | 'se';
const GRIPS: readonly Exclude<Grip, 'move'>[] = ['nw', 'ne', 'sw', 'se'];
/** The smallest part kept, a twentieth each way: a photo cropped to a speck is a slip of the mouse. */
const MIN = 0.05;

/**
 * The crop frame over a photo: a box to move, and four corners to drag, in fractions of the
 * photo as shown. 确定 (or Enter) hands the box on; 取消 (or Esc) leaves the photo as it was.
 */
export function PhotoCropper({ onDone, onCancel }: { onDone: (crop: Crop) => void; onCancel: () => void }) {
  const frame = useRef<HTMLDivElement>(null);
  const [box, setBox] = useState<Crop>({ x: 0.1, y: 0.1, width: 0.8, height: 0.8 });
  const drag = useRef<{ grip: Grip; startX: number; startY: number; start: Crop } | null>(null);

  const begin = (grip: Grip) => (e: PointerEvent) => {
    e.preventDefault();
    e.stopPropagation();
    (e.target as Element).setPointerCapture(e.pointerId);
    drag.current = { grip, startX: e.clientX, startY: e.clientY, start: box };
  };
  const move = (e: PointerEvent) => {
    const d = drag.current;
    const rect = frame.current?.getBoundingClientRect();
    if (!d || !rect || rect.width === 0 || rect.height === 0) return;
    setBox(dragged(d.start, d.grip, (e.clientX - d.startX) / rect.width, (e.clientY - d.startY) / rect.height));
  };
  const end = () => {
    drag.current = null;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Enter') onDone(box);
    else if (e.key === 'Escape') onCancel();
  };

  return (
    // Events stay here: the editor must not take a drag in the frame for a text selection.
    <div
      className="rp-cropper"
      role="group"
      aria-label={zh.figure.crop}
      onPointerMove={move}
      onPointerUp={end}
      onKeyDown={onKeyDown}
      onMouseDown={(e) => e.stopPropagation()}
      onClick={(e) => e.stopPropagation()}
    >
      <div className="rp-crop-area" ref={frame}>
        <div
          className="rp-crop-box"
          data-testid="crop-box"
          style={{
            left: `${box.x * 100}%`,
            top: `${box.y * 100}%`,
            width: `${box.width * 100}%`,
            height: `${box.height * 100}%`,
          }}
          onPointerDown={begin('move')}
        >
          {GRIPS.map((g) => (
            <span key={g} className={`rp-crop-grip rp-crop-${g}`} data-grip={g} onPointerDown={begin(g)} />
          ))}
        </div>
      </div>
      <div className="rp-crop-bar">
        <span>{zh.figure.cropHint}</span>
        <button type="button" onClick={onCancel}>
          {zh.figure.cropCancel}
        </button>
        {/* Focused at once, so Enter and Esc work the frame as they work a dialog. */}
        <button type="button" className="primary" autoFocus onClick={() => onDone(box)}>
          {zh.figure.cropDone}
        </button>
      </div>
    </div>
  );
}

/** The box after a drag of (dx, dy) photo fractions by `grip`, kept inside the photo and at least MIN each way. */
export function dragged(start: Crop, grip: Grip, dx: number, dy: number): Crop {
  if (grip === 'move') {
    return { ...start, x: clamp(start.x + dx, 0, 1 - start.width), y: clamp(start.y + dy, 0, 1 - start.height) };
  }
  let left = start.x;
  let top = start.y;
  let right = start.x + start.width;
  let bottom = start.y + start.height;
  if (grip === 'nw' || grip === 'sw') left = clamp(left + dx, 0, right - MIN);
  else right = clamp(right + dx, left + MIN, 1);
  if (grip === 'nw' || grip === 'ne') top = clamp(top + dy, 0, bottom - MIN);
  else bottom = clamp(bottom + dy, top + MIN, 1);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, n));
}
