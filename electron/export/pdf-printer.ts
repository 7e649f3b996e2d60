import { ReportError } from '../../core/errors';
import type { FontRole } from '../../core/print/fonts';
import type { PageZone, PrintReadyInfo } from '../../core/print/paged-script';
import type { StageListener } from './export-source';
import type { PrintResources } from './print-resources';
import type { AssetLookup } from './print-server';

/** One print: the print HTML (from core/print) and where its photos come from. */
export interface PrintJob {
  /** Builds the print HTML once the printer knows its URLs (relative ones work everywhere). */
  html: string;
  assets: AssetLookup;
  resources: PrintResources;
  signal?: AbortSignal;
  /** Told when pagination starts ('layout') and when the PDF is being written ('print'). */
  onStage?: StageListener;
}

export interface PrintedPdf {
  pdf: Uint8Array;
  pages: number;
  /** What each page belongs to, when the print page said (for the PDF's page labels). */
  zones?: readonly PageZone[];
  /** Per font role, the office font that printed it, or null for the bundled substitute. */
  fonts?: Partial<Record<FontRole, string | null>>;
}

/**
 * Renders print HTML to PDF. Two implementations: system Chromium through playwright-core
 * (CLI, tests, harness) and Electron's own webContents.printToPDF (the app).
 */
export interface PdfPrinter {
  print(job: PrintJob): Promise<PrintedPdf>;
}

/** How long pagination may take before the printer gives up (a 60-page report takes seconds). */
export const PRINT_TIMEOUT_MS = 180_000;

/** How many pages the print page laid out; EXPORT_FAILED when it said it could not. */
export function laidOutPages(info: PrintReadyInfo): number {
  if (info.error || !info.pages)
    throw new ReportError('EXPORT_FAILED', `pagination failed: ${info.error ?? 'no pages'}`);
  return info.pages;
}

/** The printed file, with what the print page said about its pages and fonts. */
export function printedPdf(pdf: Uint8Array, pages: number, info: PrintReadyInfo): PrintedPdf {
  return { pdf, pages, ...(info.zones && { zones: info.zones }), ...(info.fonts && { fonts: info.fonts }) };
}

/** A print's failure as the user is told it: cancelled when the job was, else EXPORT_FAILED. */
export function printFailure(err: unknown, signal: AbortSignal | undefined): ReportError {
  if (signal?.aborted) return new ReportError('EXPORT_CANCELLED');
  if (err instanceof ReportError) return err;
  return new ReportError('EXPORT_FAILED', err instanceof Error ? err.message : String(err));
}
