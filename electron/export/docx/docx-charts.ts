import sharp from 'sharp';
import { renderChartSvg } from '../../../charts/chart-svg';
import { CHART_SIZE, type ChartSpec } from '../../../core/chart/chart-data';
import type { FigureBlock } from '../../../core/report-tree';

/** Word pictures of charts at 300 dpi for their print width: crisp on paper, a few hundred KB each. */
export const CHART_DPI = 300;

/**
 * A chart as a PNG `widthMm` wide at 300 dpi: the same SVG as the PDF, rasterised by sharp
 * (librsvg), whose fonts come from the system (仿宋/黑体 where installed, else a CJK fallback).
 * Null when the grid cannot be drawn.
 */
export async function chartPng(spec: ChartSpec, widthMm: number): Promise<Buffer | null> {
  const drawing = renderChartSvg(spec);
  if (!drawing.ok) return null;
  const pixels = Math.round((widthMm / 25.4) * CHART_DPI);
  // librsvg reads the SVG at 72 dpi by default: a density in proportion scales it to `pixels` wide.
  const density = (72 * pixels) / CHART_SIZE.width;
  // The drawing has its own white background; zlib's default level, as 9 triples the time for a few KB.
  return sharp(Buffer.from(drawing.svg), { density })
    .png({ compressionLevel: 6 })
    .withMetadata({ density: CHART_DPI })
    .toBuffer();
}

/** Every chart of the report drawn, keyed by its figure; the widths come from the layout (figure-size.ts). */
export async function chartPictures(
  figures: readonly FigureBlock[],
  widthOf: (f: FigureBlock) => number,
): Promise<Map<FigureBlock, Buffer>> {
  const pictures = new Map<FigureBlock, Buffer>();
  for (const f of figures) {
    if (!f.chart) continue;
    const png = await chartPng(f.chart, widthOf(f));
    if (png) pictures.set(f, png);
  }
  return pictures;
}
