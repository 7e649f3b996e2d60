import { randomBytes } from 'node:crypto';
import type { ReportFile } from '../store/report-file';
import { fileSource } from './export-source';
import { printPageHtml } from './pdf-export';
import { printResources } from './print-resources';
import { PRINT_PAGE_CSP, PRINT_URLS, type PrintResponse, printPageResponse } from './print-server';

export const PREVIEW_PREFIX = '/print-preview/';
/** How many preview URLs stay valid: the pane's current one and the one it is replacing. */
const KEEP = 4;

/** 打印预览: the open report's print HTML, paginated by Paged.js in the app's own origin. */
export interface PrintPreview {
  /** A new URL path for the preview page; only paths handed out here are served. */
  issue(): string;
  /** The answer for a GET of `pathname`, or null when it is not a preview path at all. */
  respond(pathname: string): Promise<PrintResponse | null>;
}

/**
 * The preview page may sit in the app's own frame, nowhere else, and always runs sandboxed
 * (an opaque origin), even opened on its own: it shows a report, which anyone may have made.
 */
export const PREVIEW_CSP = `${PRINT_PAGE_CSP}; frame-ancestors 'self'; sandbox allow-scripts`;

/**
 * Serves the print page under `/print-preview/<secret>/` in the harness (HTTP) and in
 * Electron (app://): the same HTML, polyfill, fonts and photos as the PDF printers, built
 * from the report as saved when the page is requested. The random segment is handed out
 * through the contract (which the token or IPC guards), so an iframe can load it without
 * headers or cookies and nothing else on the machine can guess it.
 */
export function createPrintPreview(report: () => ReportFile | null): PrintPreview {
  const secrets: string[] = [];
  return {
    issue() {
      const secret = randomBytes(12).toString('hex');
      secrets.push(secret);
      secrets.splice(0, Math.max(0, secrets.length - KEEP));
      return `${PREVIEW_PREFIX}${secret}/${PRINT_URLS.page}`;
    },
    async respond(pathname) {
      if (!pathname.startsWith(PREVIEW_PREFIX)) return null;
      const [secret = '', ...rest] = pathname.slice(PREVIEW_PREFIX.length).split('/');
      const file = report();
      if (!secrets.includes(secret) || !file) return { status: 404, type: 'text/plain', body: 'not found' };
      const source = fileSource(file);
      const html = rest.join('/') === PRINT_URLS.page ? printPageHtml(source) : '';
      return printPageResponse(rest.join('/'), html, await printResources(), (assetKey) => source.asset(assetKey));
    },
  };
}
