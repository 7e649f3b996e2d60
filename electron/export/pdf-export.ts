import { renderChartSvg } from '../../charts/chart-svg';
import type { FontRole } from '../../core/print/fonts';
import type { PageZone } from '../../core/print/paged-script';
import { ReportError } from '../../core/errors';
import { withPageLabelsInBackground } from '../background/heavy-work';
import { printHtml } from '../../core/print/print-html';
import type { Template } from '../../core/print/templates';
import { type ExportResult, type ExportSource, type StageListener, treeOf, writeAtomically } from './export-source';
import { appendPageLabels } from './pdf-page-labels';
import type { PdfPrinter, PrintedPdf } from './pdf-printer';
import { printResources } from './print-resources';
import { PRINT_URLS } from './print-server';

export interface PdfExportOptions {
  printer: PdfPrinter;
  signal?: AbortSignal;
  template?: Template;
  onStage?: StageListener;
}

/** The print HTML as the PDF printers load it: every URL relative to the print page. */
export function printPageHtml(source: ExportSource, options: { template?: Template; paginate?: boolean } = {}): string {
  return printHtml(treeOf(source), source.meta, {
    imageUrl: PRINT_URLS.image,
    fontCssUrl: PRINT_URLS.fontCss,
    pagedJsUrl: options.paginate === false ? null : PRINT_URLS.pagedJs,
    drawChart: renderChartSvg,
    ...(options.template !== undefined && { template: options.template }),
  });
}

export async function exportPdf(source: ExportSource, path: string, options: PdfExportOptions): Promise<ExportResult> {
  options.onStage?.('prepare');
  const html = printPageHtml(source, options);
  const assets = (assetKey: string) => source.asset(assetKey);
  const { signal, onStage } = options;
  const printed = await options.printer.print({
    html,
    assets,
    resources: await printResources(),
    ...(signal && { signal }),
    ...(onStage && { onStage }),
  });
  if (options.signal?.aborted) throw new ReportError('EXPORT_CANCELLED');
  options.onStage?.('write');
  const pdf = printed.zones ? await labelled(printed.pdf, printed.zones, signal) : printed.pdf;
  writeAtomically(path, pdf);
  return { path, pages: printed.pages, bytes: pdf.byteLength, ...substitutes(printed) };
}

/** Page labels appended to Chromium's file; reading and writing the whole PDF (in a worker) only when that fails. */
async function labelled(pdf: Uint8Array, zones: readonly PageZone[], signal?: AbortSignal): Promise<Uint8Array> {
  return appendPageLabels(pdf, zones) ?? (await withPageLabelsInBackground(pdf, zones, signal));
}

/** The roles the report's text is set in that no installed office font served (song is the bundled serif by design). */
const REPORTED_ROLES = ['fangsong', 'hei', 'kai', 'xiaobiaosong'] as const satisfies readonly FontRole[];

function substitutes(printed: PrintedPdf): { substitutedFonts?: FontRole[] } {
  const fonts = printed.fonts;
  return fonts ? { substitutedFonts: REPORTED_ROLES.filter((role) => fonts[role] === null) } : {};
}
