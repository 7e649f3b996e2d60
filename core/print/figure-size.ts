import { CHART_SIZE } from '../chart/chart-data';
import type { FigureBlock } from '../report-tree';
import type { PrintTemplate } from './templates';

/** Print sizes of photos, shared by the PDF and the .docx so both lay figures out alike. */

/** Width over height of a figure's photo or chart; 4:3 when unknown (placeholders, old data). */
export function figureAspect(f: FigureBlock): number {
  if (f.chart) return CHART_SIZE.width / CHART_SIZE.height;
  return f.image && f.image.width > 0 && f.image.height > 0 ? f.image.width / f.image.height : 4 / 3;
}

/** A photo alone: as wide as the column allows (90 %), never taller than the template's limit. */
export function singleFigureWidth(t: PrintTemplate, f: FigureBlock, columnMm: number): number {
  return Math.min(columnMm * 0.9, t.maxFigureHeight * figureAspect(f));
}

export const FIGURE_ROW_GAP_MM = 4;

/**
 * Photos side by side at one height: each as wide as its aspect ratio asks; the row narrows
 * when that height would exceed the template's limit.
 */
export function figureRowSize(
  t: PrintTemplate,
  figures: readonly FigureBlock[],
  columnMm: number,
): { rowWidth: number; height: number; widths: number[] } {
  const ratios = figures.map(figureAspect);
  const sum = ratios.reduce((a, b) => a + b, 0);
  const gaps = FIGURE_ROW_GAP_MM * (figures.length - 1);
  const rowWidth = Math.min(columnMm, t.maxFigureHeight * sum + gaps);
  const height = (rowWidth - gaps) / sum;
  return { rowWidth, height, widths: ratios.map((r) => r * height) };
}
