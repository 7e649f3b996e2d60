import type { FontRole } from '../../core/print/fonts';
import type { PageZone } from '../../core/print/paged-script';
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
