import { describe, expect, it } from 'vitest';
import { fitZoom, parseZoomMode, stepZoom, zoomFor } from '../../renderer/editor/zoom/page-zoom';

const A4 = 793.7; // 210 mm in CSS pixels

describe('the page zoom (显示比例)', () => {
  it('fits the page into the space left at 1024 and 1366 pixels, and stays at 100% by default where it fits', () => {
    expect(fitZoom(1024 - 250, A4)).toBe(0.93);
    expect(zoomFor({ kind: 'auto' }, 1024 - 250, A4)).toBe(0.93);
    expect(zoomFor({ kind: 'auto' }, 1366 - 250, A4)).toBe(1);
    // 适合宽度 fills wide screens too.
    expect(zoomFor({ kind: 'fit' }, 1366 - 250, A4)).toBe(1.36);
    expect(zoomFor({ kind: 'percent', value: 1.25 }, 600, A4)).toBe(1.25);
    expect(zoomFor({ kind: 'auto' }, 100, A4)).toBe(0.5);
  });

  it('steps through Word’s percentages, from any value, within 50%–200%', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(0.93, 1)).toBe(1);
    expect(stepZoom(0.93, -1)).toBe(0.9);
    expect(stepZoom(2, 1)).toBe(2);
    expect(stepZoom(0.5, -1)).toBe(0.5);
  });

  it('reads back only well-formed stored modes', () => {
    expect(parseZoomMode(JSON.stringify({ kind: 'percent', value: 1.5 }))).toEqual({ kind: 'percent', value: 1.5 });
    expect(parseZoomMode(JSON.stringify({ kind: 'percent', value: 9 }))).toEqual({ kind: 'percent', value: 2 });
    expect(parseZoomMode(JSON.stringify({ kind: 'fit' }))).toEqual({ kind: 'fit' });
    for (const bad of [null, '', '{', '"x"', '{"kind":"percent"}'])
      expect(parseZoomMode(bad)).toEqual({ kind: 'auto' });
  });
});
