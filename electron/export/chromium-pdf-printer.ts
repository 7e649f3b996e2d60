import { existsSync } from 'node:fs';
import { ReportError } from '../../core/errors';
import { PRINT_READY_FLAG, type PrintReadyInfo, pagesLaidOut } from '../../core/print/paged-script';
import {
  laidOutPages,
  PRINT_TIMEOUT_MS,
  type PdfPrinter,
  type PrintedPdf,
  type PrintJob,
  printedPdf,
  printFailure,
} from './pdf-printer';
import { startPrintServer } from './print-server';

/** How Chromium starts here and in the tests: no GPU, and none of its own calls to the network. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  return process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';
}

/** PDF through a system Chromium driven by playwright-core, the page served from loopback. */
export function chromiumPdfPrinter(executablePath = chromiumPath()): PdfPrinter {
  return {
    async print(job: PrintJob): Promise<PrintedPdf> {
      if (!existsSync(executablePath)) throw new ReportError('NO_CHROMIUM', executablePath);
      if (job.signal?.aborted) throw new ReportError('EXPORT_CANCELLED');
      // Required here, not at the top: the Electron bundle keeps playwright-core external and
      // must start without it (the packaged app prints with Electron's own printer).
      const { chromium } = await import('playwright-core');
      const server = await startPrintServer(job.html, job.resources, job.assets);
      const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
      const abort = () => void browser.close();
      job.signal?.addEventListener('abort', abort, { once: true });
      try {
        if (job.signal?.aborted) throw new ReportError('EXPORT_CANCELLED');
        const page = await browser.newPage();
        job.onStage?.('layout');
        page.on('console', (message) => {
          const laidOut = pagesLaidOut(message.text());
          if (laidOut !== null) job.onStage?.('layout', laidOut);
        });
        await page.goto(server.url, { waitUntil: 'load' });
        const handle = await page.waitForFunction(
          (flag) => (window as unknown as Record<string, unknown>)[flag],
          PRINT_READY_FLAG,
          { timeout: PRINT_TIMEOUT_MS, polling: 100 },
        );
        const info = (await handle.jsonValue()) as PrintReadyInfo;
        const pages = laidOutPages(info);
        job.onStage?.('print');
        const pdf = await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          tagged: true,
          outline: true,
          scale: info.scale ?? 1,
        });
        if (job.signal?.aborted) throw new ReportError('EXPORT_CANCELLED');
        return printedPdf(pdf, pages, info);
      } catch (err) {
        throw printFailure(err, job.signal);
      } finally {
        job.signal?.removeEventListener('abort', abort);
        await browser.close().catch(() => undefined);
        await server.close();
      }
    },
  };
}
