import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pagedScript } from '../../core/print/paged-script';
import { sniffImageMime } from '../assets/image-header';
import type { PrintResources } from './print-resources';

/** A stored photo as the print page needs it: its type is read from its bytes when it is served. */
export interface PrintAsset {
  bytes: Uint8Array;
}

export type AssetLookup = (assetKey: string) => PrintAsset | null;

/** The URLs the print HTML refers to, relative to the print page. */
export const PRINT_URLS = {
  page: 'print.html',
  pagedJs: 'paged.polyfill.js',
  fontCss: 'fonts/fonts.css',
  image: (assetKey: string) => `assets/${assetKey}`,
} as const;

export interface PrintServer {
  /** The print page's URL. */
  url: string;
  close(): Promise<void>;
}

const fontFile = /^[\w.-]+\.(woff2|css)$/;
const ASSET_KEY = /^[0-9a-f]{64}$/;

/**
 * A loopback HTTP origin for one print job: the print HTML, the Paged.js polyfill, the bundled
 * fonts and the report's photos. Paged.js fetches stylesheets and Chromium treats file://
 * as opaque, so the page needs a real origin; a random path segment keeps other local
 * processes from reading the report while it prints.
 */
export async function startPrintServer(
  html: string,
  resources: PrintResources,
  assets: AssetLookup,
): Promise<PrintServer> {
  const base = `/${randomBytes(12).toString('hex')}/`;
  const server = createServer((req, res) => {
    serve(req, res).catch(() => send(res, 500, 'text/plain', 'error'));
  });
  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (!path.startsWith(base)) return send(res, 404, 'text/plain', 'not found');
    const answer = await printPageResponse(path.slice(base.length), html, resources, assets);
    send(res, answer.status, answer.type, answer.body);
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}${PRINT_URLS.page}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The print page's one inline script, allowed by its hash: a script slipped into the report's HTML never runs. */
const PAGED_SCRIPT_HASH = `'sha256-${createHash('sha256').update(pagedScript()).digest('base64')}'`;

/**
 * The print page's own files only: its own inline script and inline styles (Paged.js rewrites
 * styles inline), nothing from the network. Both printers send it, so the Chromium tests prove it.
 */
export const PRINT_PAGE_CSP = [
  "default-src 'self'",
  `script-src 'self' ${PAGED_SCRIPT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export interface PrintResponse {
  status: number;
  type: string;
  body: string | Uint8Array;
}

/**
 * What the print page's origin answers for `rest` (the path below the page's folder): the
 * page, the polyfill, the bundled fonts and the report's photos, nothing else. Shared by the
 * loopback server and Electron's print protocol.
 */
export async function printPageResponse(
  rest: string,
  html: string,
  resources: PrintResources,
  assets: AssetLookup,
): Promise<PrintResponse> {
  const notFound: PrintResponse = { status: 404, type: 'text/plain', body: 'not found' };
  if (rest === PRINT_URLS.page) return { status: 200, type: 'text/html; charset=utf-8', body: html };
  if (rest === PRINT_URLS.pagedJs)
    return { status: 200, type: 'text/javascript; charset=utf-8', body: await readFile(resources.pagedJs) };
  if (rest.startsWith('fonts/') && fontFile.test(rest.slice(6))) {
    const name = rest.slice(6);
    const body = await readFile(join(resources.fontsDir, name)).catch(() => null);
    return body
      ? { status: 200, type: name.endsWith('.css') ? 'text/css; charset=utf-8' : 'font/woff2', body }
      : notFound;
  }
  if (rest.startsWith('assets/') && ASSET_KEY.test(rest.slice(7))) {
    const bytes = assets(rest.slice(7))?.bytes;
    // The type its bytes show, as on /report-assets/: what is not an image is not served at all.
    const type = bytes && sniffImageMime(bytes);
    return bytes && type ? { status: 200, type, body: bytes } : notFound;
  }
  return notFound;
}

/**
 * The headers of a print page response on any origin that serves it. Fonts allow any origin:
 * the sandboxed 打印预览 has an opaque one, and @font-face loads are CORS requests.
 */
export function printResponseHeaders(
  answer: Pick<PrintResponse, 'type'>,
  csp = PRINT_PAGE_CSP,
): Record<string, string> {
  return {
    'content-type': answer.type,
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    ...(answer.type.startsWith('font/') && { 'access-control-allow-origin': '*' }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { ...printResponseHeaders({ type }), 'cache-control': 'private, max-age=600' });
  res.end(body);
}
