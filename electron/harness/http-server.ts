import { timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiError } from '../../core/errors';
import type { Dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY, mimeFor, resolveStaticPath } from '../shell-policy';

export const TOKEN_HEADER = 'x-nianbao-token';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface HarnessServerOptions {
  dispatch: Dispatch;
  token: string;
  /** Built renderer to serve (tests), or a dev middleware such as Vite's. */
  staticRoot?: string;
  middleware?: Middleware;
  port?: number;
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
  let port = 0;

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'text/plain', 'forbidden host');
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) return void handleApi(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
    if (opts.middleware) return opts.middleware(req, res, () => send(res, 404, 'text/plain', 'not found'));
    serveStatic(res, url.pathname);
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'method not allowed');
    const given = Buffer.from(String(req.headers[TOKEN_HEADER] ?? ''));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return send(res, 401, 'application/json', JSON.stringify({ ok: false, error: apiError('BAD_INPUT', 'missing or wrong token') }));
    let params: unknown;
    try {
      const body = await readBody(req);
      params = body.length === 0 ? {} : JSON.parse(body);
    } catch (err) {
      return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: apiError('BAD_INPUT', (err as Error).message) }));
    }
    const result = await opts.dispatch(name, params);
    send(res, 200, 'application/json', JSON.stringify(result));
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

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  res.end(body);
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
