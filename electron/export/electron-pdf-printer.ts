import { randomBytes } from 'node:crypto';
import type { App, BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions, Session } from 'electron';
import { ReportError } from '../../core/errors';
import { PRINT_READY_FLAG, type PrintReadyInfo, pagesLaidOut } from '../../core/print/paged-script';
import { denyAllPermissions, lockedDownPreferences } from '../window-options';
import {
  laidOutPages,
  PRINT_TIMEOUT_MS,
  type PdfPrinter,
  type PrintedPdf,
  type PrintJob,
  printedPdf,
  printFailure,
} from './pdf-printer';
import { PRINT_URLS, printPageResponse, printResponseHeaders } from './print-server';

/**
 * Electron's own printer for the app (and the packaged CLI): a hidden, sandboxed window with
 * no preload loads the print page from a private scheme on its own session, Paged.js
 * paginates it, and webContents.printToPDF writes the PDF. Each job is a host of the scheme
 * (a random id), served only while the job runs.
 */

/** What the printer uses of Electron, handed over by main.ts: only main.ts and preload.ts load electron. */
export interface PrintingElectron {
  app: Pick<App, 'whenReady'>;
  session: { fromPartition(partition: string): Session };
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
}

export const PRINT_SCHEME = 'nianbao-print';
export const PRINT_PARTITION = 'nianbao-print';

/** For protocol.registerSchemesAsPrivileged, before 'ready': a secure origin that may fetch its own files. */
export const PRINT_SCHEME_PRIVILEGES = {
  scheme: PRINT_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

export const PRINT_PDF_OPTIONS: PrintToPDFOptions = {
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  printBackground: true,
  pageSize: 'A4',
  preferCSSPageSize: true,
};

export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      // No preload: the print page needs nothing from the app but its own files.
      ...lockedDownPreferences(),
      partition: PRINT_PARTITION,
      // A hidden window's timers are throttled by default, which would stretch pagination.
      backgroundThrottling: false,
    },
  };
}

const jobs = new Map<string, PrintJob>();
let protocolInstalled = false;

/** One protocol handler for the print session, looking the job up by host. */
function installProtocol(session: PrintingElectron['session']): void {
  if (protocolInstalled) return;
  const ses = session.fromPartition(PRINT_PARTITION);
  denyAllPermissions(ses);
  ses.protocol.handle(PRINT_SCHEME, async (request) => {
    const url = new URL(request.url);
    const job = jobs.get(url.host);
    if (request.method !== 'GET' || !job) return new Response('not found', { status: 404 });
    const answer = await printPageResponse(url.pathname.slice(1), job.html, job.resources, job.assets);
    const body = typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
    return new Response(body, { status: answer.status, headers: printResponseHeaders(answer) });
  });
  protocolInstalled = true;
}

/** Resolves with the page's ready flag: the page's own promise, no polling from here, no sleep. */
export const WAIT_FOR_READY = `new Promise((resolve) => {
  const flag = ${JSON.stringify(PRINT_READY_FLAG)};
  if (window[flag]) return resolve(window[flag]);
  let value;
  Object.defineProperty(window, flag, { configurable: true, get: () => value, set: (v) => { value = v; resolve(v); } });
})`;

export function electronPdfPrinter(
  { app, session, BrowserWindow }: PrintingElectron,
  timeoutMs = PRINT_TIMEOUT_MS,
): PdfPrinter {
  return {
    async print(job: PrintJob): Promise<PrintedPdf> {
      await app.whenReady();
      if (job.signal?.aborted) throw new ReportError('EXPORT_CANCELLED');
      installProtocol(session);
      const host = randomBytes(12).toString('hex');
      const pageUrl = `${PRINT_SCHEME}://${host}/${PRINT_URLS.page}`;
      jobs.set(host, job);
      const win = new BrowserWindow(printWindowOptions());
      const contents = win.webContents;
      // The print page never goes anywhere else and never opens windows.
      contents.on('will-navigate', (event) => event.preventDefault());
      contents.setWindowOpenHandler(() => ({ action: 'deny' }));
      contents.on('console-message', (details) => {
        const laidOut = pagesLaidOut(details.message);
        if (laidOut !== null) job.onStage?.('layout', laidOut);
      });
      let stop: (err: ReportError) => void = () => undefined;
      const stopped = new Promise<never>((_resolve, reject) => {
        stop = reject;
      });
      stopped.catch(() => undefined); // raced below; never an unhandled rejection
      const onAbort = () => stop(new ReportError('EXPORT_CANCELLED'));
      job.signal?.addEventListener('abort', onAbort, { once: true });
      const timer = setTimeout(
        () => stop(new ReportError('EXPORT_FAILED', `pagination took longer than ${timeoutMs} ms`)),
        timeoutMs,
      );
      try {
        job.onStage?.('layout');
        await Promise.race([win.loadURL(pageUrl), stopped]);
        const info = ((await Promise.race([contents.executeJavaScript(WAIT_FOR_READY, true), stopped])) ??
          {}) as PrintReadyInfo;
        const pages = laidOutPages(info);
        job.onStage?.('print');
        const pdf = await Promise.race([
          contents.printToPDF({ ...PRINT_PDF_OPTIONS, scale: info.scale ?? 1 }),
          stopped,
        ]);
        if (job.signal?.aborted) throw new ReportError('EXPORT_CANCELLED');
        return printedPdf(new Uint8Array(pdf), pages, info);
      } catch (err) {
        throw printFailure(err, job.signal);
      } finally {
        clearTimeout(timer);
        job.signal?.removeEventListener('abort', onAbort);
        jobs.delete(host);
        if (!win.isDestroyed()) win.destroy();
      }
    },
  };
}
