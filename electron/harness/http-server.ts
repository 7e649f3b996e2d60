import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_PARAMS_DEPTH } from '../../core/api';
import { type ApiError, apiError } from '../../core/errors';
import { jsonTextDeeperThan } from '../../core/nesting-depth';
import {
  type AssetRequest,
  type AssetResponder,
  assetEtag,
  assetHeaders,
  parseAssetUrl,
} from '../assets/asset-response';
import type { Dispatch } from '../api/dispatch';
import { PREVIEW_CSP, PREVIEW_PREFIX, type PrintPreview } from '../export/print-preview';
import { printResponseHeaders } from '../export/print-server';
import { CONTENT_SECURITY_POLICY, mimeFor, resolveStaticPath } from '../shell-policy';

export const TOKEN_HEADER = 'x-nianbao-token';
/** A 50 MB photo as base64 in JSON (assets.add) is about 67 MB. */
const MAX_BODY_BYTES = 72 * 1024 * 1024;

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface HarnessServerOptions {
  dispatch: Dispatch;
  token: string;
  /** Built renderer to serve (tests), or a dev middleware such as Vite's. */
  staticRoot?: string;
  middleware?: Middleware;
  port?: number;
  /** Photos of the open report, under /report-assets/. */
  assets?: AssetResponder;
  /** 打印预览 pages, under /print-preview/<secret>/ (the secret is their guard). */
  printPreview?: PrintPreview['respond'];
}

export interface RunningServer {
  port: number;
  /** Page URL; the token travels in the fragment, which browsers never send to servers. */
  url: string;
  close(): Promise<void>;
}

/**
 * The browser harness: the same contract as Electron IPC, as POST /api/<call> on 127.0.0.1.
 * Calls need the per-run token; the Host check stops DNS-rebinding pages from reaching it.
 */
export async function startHarnessServer(opts: HarnessServerOptions): Promise<RunningServer> {
  const expected = Buffer.from(opts.token);
  // <img> cannot send the token header, so a page that has shown the token gets this cookie.
  const assetSecret = Buffer.from(randomBytes(24).toString('hex'));
  let port = 0;
  // Cookies ignore ports: the name keeps two harnesses on one machine apart.
  const cookieName = () => `nianbao_assets_${port}`;

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return send(res, 403, 'text/plain', 'forbidden host');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      return void handleApi(req, res, callName(url.pathname)).catch((err: unknown) => failed(res, err));
    }
    const asset = parseAssetUrl(url);
    if (asset) return void handleAsset(req, res, asset);
    if (opts.printPreview && url.pathname.startsWith(PREVIEW_PREFIX))
      return void handlePreview(req, res, opts.printPreview, url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    if (opts.middleware) return opts.middleware(req, res, () => send(res, 404, 'text/plain', 'not found'));
    serveStatic(res, url.pathname);
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    if (!sameSecret(req.headers[TOKEN_HEADER], expected)) {
      return sendError(res, 401, apiError('BAD_INPUT', 'missing or wrong token'));
    }
    const cookie: Record<string, string> = hasAssetCookie(req)
      ? {}
      : { 'set-cookie': `${cookieName()}=${assetSecret.toString()}; Path=/report-assets; HttpOnly; SameSite=Strict` };
    let params: unknown;
    try {
      const body = await readBody(req);
      if (body === null) {
        return sendError(res, 413, apiError('BAD_INPUT', `request body over ${MAX_BODY_BYTES} bytes`), cookie);
      }
      // JSON.parse builds every level before the dispatcher can measure them: the text is measured first.
      if (jsonTextDeeperThan(body, MAX_PARAMS_DEPTH)) {
        return sendError(res, 400, apiError('TOO_DEEP', `body nested deeper than ${MAX_PARAMS_DEPTH}`), cookie);
      }
      params = body.length === 0 ? {} : JSON.parse(body);
    } catch (err) {
      return sendError(res, 400, apiError('BAD_INPUT', (err as Error).message), cookie);
    }
    send(res, 200, 'application/json', JSON.stringify(await opts.dispatch(name, params)), cookie);
  }

  function hasAssetCookie(req: IncomingMessage): boolean {
    const prefix = `${cookieName()}=`;
    const pair = (req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim())
      .find((c) => c.startsWith(prefix));
    return pair !== undefined && sameSecret(pair.slice(prefix.length), assetSecret);
  }

  async function handleAsset(req: IncomingMessage, res: ServerResponse, request: AssetRequest): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    // Another page on this machine is "same-site" (ports do not count), so SameSite alone
    // would let it embed photos; the browser's own Sec-Fetch-Site says where a request came from.
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      return send(res, 403, 'text/plain', 'cross-site asset request');
    if (!sameSecret(req.headers[TOKEN_HEADER], expected) && !hasAssetCookie(req))
      return send(res, 401, 'text/plain', 'missing or wrong token');
    if (!opts.assets) return send(res, 404, 'text/plain', 'not found');
    try {
      const answer = await opts.assets(request);
      const etag = assetEtag(request);
      const headers = assetHeaders(answer, 'revalidate', etag);
      // Revalidation is what keeps each use checked; answering it costs no body.
      const unchanged = answer.status === 200 && req.headers['if-none-match'] === etag;
      res.writeHead(unchanged ? 304 : answer.status, headers);
      res.end(req.method === 'HEAD' || unchanged ? undefined : answer.bytes);
    } catch (err) {
      console.error(err);
      send(res, 500, 'text/plain', 'asset failed');
    }
  }

  async function handlePreview(
    req: IncomingMessage,
    res: ServerResponse,
    preview: PrintPreview['respond'],
    pathname: string,
  ): Promise<void> {
    if (req.method !== 'GET') return send(res, 405, 'text/plain', 'method not allowed');
    try {
      const answer = (await preview(pathname)) ?? { status: 404, type: 'text/plain', body: 'not found' };
      const body = typeof answer.body === 'string' ? answer.body : Buffer.from(answer.body);
      send(res, answer.status, answer.type, body, printResponseHeaders(answer, PREVIEW_CSP));
    } catch (err) {
      console.error(err);
      send(res, 500, 'text/plain', 'preview failed');
    }
  }

  function serveStatic(res: ServerResponse, pathname: string): void {
    const root = opts.staticRoot;
    const file = root ? resolveStaticPath(root, pathname) : null;
    if (!root || !file) {
      send(res, 404, 'text/plain', 'not found');
      return;
    }
    // Client-side routes fall back to the app page, as the Electron protocol handler does.
    const target = existsSync(file) && statSync(file).isFile() ? file : `${root}/index.html`;
    send(res, 200, mimeFor(target), readFileSync(target));
  }

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/#token=${opts.token}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

/** The call a path names; one not validly percent-encoded goes on as it is, for the dispatcher to refuse. */
function callName(pathname: string): string {
  const encoded = pathname.slice('/api/'.length);
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

function sendError(res: ServerResponse, status: number, error: ApiError, extra: Record<string, string> = {}): void {
  send(res, status, 'application/json', JSON.stringify({ ok: false, error }), extra);
}

/** A call that failed past the dispatcher (say, its answer could not be written as JSON): an error, not a crash. */
function failed(res: ServerResponse, err: unknown): void {
  console.error(err);
  if (res.headersSent) res.destroy();
  else sendError(res, 500, apiError('INTERNAL', err instanceof Error ? err.message : String(err)));
}

function sameSecret(given: string | string[] | undefined, expected: Buffer): boolean {
  const bytes = Buffer.from(typeof given === 'string' ? given : '');
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

/**
 * The body as text, or null when it runs past MAX_BODY_BYTES: the rest is then read and dropped,
 * so that the refusal reaches the caller instead of a reset connection.
 */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
