import type { PdfBox, PdfRule } from '../../core/import/pdf-layout';

/** A PDF transform [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/**
 * More straight lines than this on a page is a drawing (a chart, a pattern), not a table's ruling: the rest are not
 * read.
 */
export const MAX_RULES = 5000;
/** A filled bar at most this thick (in points) is a drawn line; thicker, it is a shape. */
const RULE_THICKNESS = 2.5;
/** pdf.js's path data: an operator, then its points. */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** How a path is painted: its outline stroked, or its inside filled; null for a clip or nothing painted. */
export function paintOf(OPS: Record<string, number>, fn: number): 'stroke' | 'fill' | null {
  if (fn === OPS.fill || fn === OPS.eoFill) return 'fill';
  const stroked = [
    OPS.stroke,
    OPS.closeStroke,
    OPS.fillStroke,
    OPS.eoFillStroke,
    OPS.closeFillStroke,
    OPS.closeEOFillStroke,
  ];
  return stroked.includes(fn) ? 'stroke' : null;
}

/**
 * The straight lines across or down the page a path draws: a stroked path's straight
 * segments, a filled path's thin rectangles (as Chromium draws a table's borders).
 */
export function rulesOf(data: Float32Array, ctm: Matrix, painted: 'stroke' | 'fill'): PdfRule[] {
  const rules: PdfRule[] = [];
  const subpaths = subpathsOf(data, ctm);
  for (const points of subpaths) {
    if (painted === 'stroke') {
      for (let j = 1; j < points.length; j += 1) {
        const rule = straight(points[j - 1]!, points[j]!);
        if (rule) rules.push(rule);
      }
      continue;
    }
    // A filled thin rectangle (4 corners, closed): the line down its middle.
    const box = rectangleOf(points);
    if (!box) continue;
    const [x0, x1, y0, y1] = [box.x, box.x + box.width, box.y, box.y + box.height];
    if (y1 - y0 <= RULE_THICKNESS && x1 - x0 > y1 - y0) rules.push({ x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 });
    else if (x1 - x0 <= RULE_THICKNESS && y1 - y0 > x1 - x0)
      rules.push({ x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 });
  }
  return rules;
}

/**
 * The rectangles a filled path paints wider and taller than a rule: a cell's shading, a
 * coloured band. `fill` is the colour it is painted in ("#rrggbb"); white is the page's own.
 */
export function shadesOf(data: Float32Array, ctm: Matrix, fill: string): PdfBox[] {
  if (/^#f{6}$/i.test(fill)) return [];
  return subpathsOf(data, ctm).flatMap((points) => {
    const box = rectangleOf(points);
    return box && box.width > RULE_THICKNESS && box.height > RULE_THICKNESS ? [box] : [];
  });
}

/** A path's subpaths as points on the page; a curve ends one (what is drawn up to it stands). */
function subpathsOf(data: Float32Array, ctm: Matrix): [number, number][][] {
  const subpaths: [number, number][][] = [];
  let current: [number, number][] = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i]!;
    if (op === DRAW.moveTo) {
      if (current.length) subpaths.push(current);
      current = [apply(ctm, data[i + 1]!, data[i + 2]!)];
      i += 3;
    } else if (op === DRAW.lineTo) {
      current.push(apply(ctm, data[i + 1]!, data[i + 2]!));
      i += 3;
    } else if (op === DRAW.closePath) {
      if (current.length) current.push(current[0]!);
      i += 1;
    } else {
      // A curve: what is drawn so far stands, the curve is no rule.
      if (current.length) subpaths.push(current);
      const last = op === DRAW.curveTo ? 6 : 4;
      current = [apply(ctm, data[i + last - 1]!, data[i + last]!)];
      i += last + 1;
    }
  }
  if (current.length) subpaths.push(current);
  return subpaths;
}

/** The box a closed path of four corners at right angles draws; null for any other shape. */
function rectangleOf(points: readonly [number, number][]): PdfBox | null {
  if (points.length < 4 || points.length > 5) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const square = points.every(([x, y]) => (near(x, x0) || near(x, x1)) && (near(y, y0) || near(y, y1)));
  return square ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;

/** The segment from a to b as a rule, when it runs across or down the page. */
function straight([ax, ay]: [number, number], [bx, by]: [number, number]): PdfRule | null {
  if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= 0.5)
    return { x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: (ay + by) / 2, y1: (ay + by) / 2 };
  if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= 0.5)
    return { x0: (ax + bx) / 2, x1: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) };
  return null;
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];
