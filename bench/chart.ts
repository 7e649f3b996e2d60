import { loadavg } from 'node:os';
import { renderChartSvg } from '../charts/chart-svg';
import type { ChartKind, ChartSpec } from '../core/chart/chart-data';
import { contentWidth, PRINT_TEMPLATES } from '../core/print/templates';
import { chartPng } from '../electron/export/docx/docx-charts';

const TARGET_MS = 100;
const RUNS = 40;

/** A grid of the usual size: five years of two series (one for the single-series kinds). */
function sampleChart(kind: ChartKind, run: number): ChartSpec {
  const categories = ['2021年', '2022年', '2023年', '2024年', '2025年'];
  const values = (base: number) => categories.map((_, i) => String(base + ((run * 7 + i * 13) % 50)));
  const series = [{ name: '招生数', unit: '人', values: values(1800) }];
  if (kind === 'grouped-bar' || kind === 'line') series.push({ name: '就业率', unit: '%', values: values(50) });
  return { kind, categories, series, source: '学校教务处' };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/**
 * A chart rendered for export: the SVG the PDF prints (ECharts SSR) and the 300 dpi PNG the
 * .docx embeds (the same SVG through sharp), at the 公文 template's widest chart. Each kind
 * is drawn RUNS times with changing values, after one warm-up; target: p95 under 100 ms.
 */
export async function chartBench(): Promise<void> {
  const widthMm = contentWidth(PRINT_TEMPLATES.gongwen) * 0.9;
  console.log(
    `${RUNS} runs per kind after a warm-up; PNG ${widthMm.toFixed(0)} mm wide at 300 dpi; target p95 < ${TARGET_MS} ms`,
  );
  console.log(
    `machine load average at start: ${loadavg()[0]!.toFixed(1)} (figures on a busy machine run several times slower)`,
  );
  for (const kind of ['bar', 'grouped-bar', 'line', 'pie'] as const) {
    await chartPng(sampleChart(kind, 0), widthMm);
    const svg: number[] = [];
    const png: number[] = [];
    const pngCpu: number[] = [];
    let bytes = 0;
    for (let run = 1; run <= RUNS; run += 1) {
      const spec = sampleChart(kind, run);
      let started = performance.now();
      if (!renderChartSvg(spec).ok) throw new Error(`${kind} did not draw`);
      svg.push(performance.now() - started);
      started = performance.now();
      const cpu = process.cpuUsage();
      const picture = await chartPng(spec, widthMm);
      png.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      pngCpu.push((used.user + used.system) / 1000);
      bytes = picture?.length ?? 0;
    }
    svg.sort((a, b) => a - b);
    png.sort((a, b) => a - b);
    pngCpu.sort((a, b) => a - b);
    const p95 = Math.max(percentile(svg, 0.95), percentile(png, 0.95));
    console.log(
      `${kind.padEnd(11)} SVG (PDF) p50 ${percentile(svg, 0.5).toFixed(1)} ms, ` +
        `p95 ${percentile(svg, 0.95).toFixed(1)} ms; ` +
        `PNG (.docx, SVG included) p50 ${percentile(png, 0.5).toFixed(1)} ms, ` +
        `p95 ${percentile(png, 0.95).toFixed(1)} ms ` +
        `(CPU time, all threads: p50 ${percentile(pngCpu, 0.5).toFixed(1)} ms), ${(bytes / 1024).toFixed(0)} KB; ` +
        (p95 < TARGET_MS ? 'within target' : 'OVER target'),
    );
  }
}
