import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiError } from '../../core/errors';
import { type AssetRequest, type AssetResponder, assetEtag, assetHeaders, parseAssetUrl } from '../assets/asset-response';
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
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'text/plain', 'forbidden host');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) return void handleApi(req, res, decodeURIComponent(url.pathname.slice(5)));
    const asset = parseAssetUrl(url);
    if (asset) return void handleAsset(req, res, asset);
    if (opts.printPreview && url.pathname.startsWith(PREVIEW_PREFIX)) return void handlePreview(req, res, opts.printPreview, url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    if (opts.middleware) return opts.middleware(req, res, () => send(res, 404, 'text/plain', 'not found'));
    serveStatic(res, url.pathname);
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    if (!sameSecret(req.headers[TOKEN_HEADER], expected)) return send(res, 401, 'application/json', JSON.stringify({ ok: false, error: apiError('BAD_INPUT', 'missing or wrong token') }));
    const cookie: Record<string, string> = hasAssetCookie(req) ? {} : { 'set-cookie': `${cookieName()}=${assetSecret.toString()}; Path=/report-assets; HttpOnly; SameSite=Strict` };
    let params: unknown;
    try {
      const body = await readBody(req);
      params = body.length === 0 ? {} : JSON.parse(body);
    } catch (err) {
      return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: apiError('BAD_INPUT', (err as Error).message) }), cookie);
    }
    const result = await opts.dispatch(name, params);
    send(res, 200, 'application/json', JSON.stringify(result), cookie);
  }

  function hasAssetCookie(req: IncomingMessage): boolean {
    const prefix = `${cookieName()}=`;
    const pair = (req.headers.cookie ?? '').split(';').map((c) => c.trim()).find((c) => c.startsWith(prefix));
    return pair !== undefined && sameSecret(pair.slice(prefix.length), assetSecret);
  }

  async function handleAsset(req: IncomingMessage, res: ServerResponse, request: AssetRequest): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    // Another page on this machine is "same-site" (ports do not count), so SameSite alone
    // would let it embed photos; the browser's own Sec-Fetch-Site says where a request came from.
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return send(res, 403, 'text/plain', 'cross-site asset request');
    if (!sameSecret(req.headers[TOKEN_HEADER], expected) && !hasAssetCookie(req)) return send(res, 401, 'text/plain', 'missing or wrong token');
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

  async function handlePreview(req: IncomingMessage, res: ServerResponse, preview: PrintPreview['respond'], pathname: string): Promise<void> {
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
    if (!root || !file) return send(res, 404, 'text/plain', 'not found');
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

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sameSecret(given: string | string[] | undefined, expected: Buffer): boolean {
  const bytes = Buffer.from(typeof given === 'string' ? given : '');
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
