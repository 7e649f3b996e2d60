import type { PdfPrinter } from './pdf-printer';

/**
 * The system-Chromium printer, loaded only when a PDF is printed without Electron's own
 * printer (harness, tests, CLI under Node): the app never loads playwright-core.
 */
export async function chromiumPrinter(): Promise<PdfPrinter> {
  const { chromiumPdfPrinter } = await import('./chromium-pdf-printer');
  return chromiumPdfPrinter();
}
