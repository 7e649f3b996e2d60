import { describe, expect, it } from 'vitest';
import { type Matrix, rulesOf, shadesOf } from '../../electron/import/pdf-rules';

/** pdf.js's path operators: 0 moveTo, 1 lineTo, 2 curveTo, 4 closePath. */
const path = (...ops: number[]) => new Float32Array(ops);
const identity: Matrix = [1, 0, 0, 1, 0, 0];
/** PDF space (y up from the foot of an 842 pt page) to the page as seen. */
const toPage: Matrix = [1, 0, 0, -1, 0, 842];

describe('the straight lines a PDF path draws, for a table’s ruling', () => {
  it('a stroked rectangle is its four edges, in page coordinates', () => {
    const frame = path(0, 100, 700, 1, 300, 700, 1, 300, 742, 1, 100, 742, 4);
    expect(rulesOf(frame, toPage, 'stroke')).toEqual([
      { x0: 100, x1: 300, y0: 142, y1: 142 },
      { x0: 300, x1: 300, y0: 100, y1: 142 },
      { x0: 100, x1: 300, y0: 100, y1: 100 },
      { x0: 100, x1: 100, y0: 100, y1: 142 },
    ]);
  });

  it('a filled thin bar is the line down its middle; a filled shape and a slanted or curved stroke are none', () => {
    const bar = path(0, 100, 50, 1, 400, 50, 1, 400, 51, 1, 100, 51, 4);
    const shape = path(0, 100, 50, 1, 400, 50, 1, 400, 90, 1, 100, 90, 4);
    expect(rulesOf(bar, identity, 'fill')).toEqual([{ x0: 100, x1: 400, y0: 50.5, y1: 50.5 }]);
    expect(rulesOf(shape, identity, 'fill')).toEqual([]);
    expect(rulesOf(path(0, 0, 0, 1, 50, 40, 2, 60, 40, 70, 50, 80, 80), identity, 'stroke')).toEqual([]);
  });

  it('a rectangle filled in a colour is a shade (cell background); a white one, a thin bar or a shape is none', () => {
    const cell = path(0, 100, 700, 1, 300, 700, 1, 300, 720, 1, 100, 720, 4);
    expect(shadesOf(cell, toPage, '#d9d9d9')).toEqual([{ x: 100, y: 122, width: 200, height: 20 }]);
    expect(shadesOf(cell, toPage, '#FFFFFF')).toEqual([]);
    expect(shadesOf(path(0, 100, 50, 1, 400, 50, 1, 400, 51, 1, 100, 51, 4), identity, '#000000')).toEqual([]);
    expect(shadesOf(path(0, 100, 50, 1, 400, 50, 1, 250, 90, 4), identity, '#d9d9d9')).toEqual([]);
  });
});
