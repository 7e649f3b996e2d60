import { readFile } from 'node:fs/promises';
import { type AssetResponder, assetHeaders, parseAssetUrl } from './assets/asset-response';
import { PREVIEW_CSP, PREVIEW_PREFIX, type PrintPreview } from './export/print-preview';
import { printResponseHeaders } from './export/print-server';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY, mimeFor, resolveStaticPath } from './shell-policy';

export type ReadFile = (path: string) => Promise<Uint8Array<ArrayBuffer>>;

export interface AppRequestOptions {
  read?: ReadFile;
  /** Photos of the open report, under /report-assets/ (as the harness serves them). */
  assets?: AssetResponder;
  /** 打印预览 pages, under /print-preview/<secret>/ (as the harness serves them). */
  printPreview?: PrintPreview['respond'];
}

/**
 * The `app://nianbao/…` handler: serves the built renderer from `root` and the open report's
 * photos. Only GET, only the app's host, never outside `root`; unknown paths get the app
 * page, as the harness does.
 */
export function createAppRequestHandler(
  root: string,
  { read = readFile, assets, printPreview }: AppRequestOptions = {},
): (request: Request) => Promise<Response> {
  const indexFile = resolveStaticPath(root, '/') as string;
  return async (request) => {
    if (request.method !== 'GET') return plain(405, 'method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'bad url');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(403, 'forbidden host');
    const asset = parseAssetUrl(url);
    if (asset) {
      if (!assets) return plain(404, 'not found');
      const answer = await assets(asset);
      const headers = assetHeaders(answer, 'immutable');
      return new Response(new Uint8Array(answer.bytes), { status: answer.status, headers });
    }
    if (printPreview && url.pathname.startsWith(PREVIEW_PREFIX)) {
      const answer = (await printPreview(url.pathname)) ?? { status: 404, type: 'text/plain', body: 'not found' };
      const body = typeof answer.body === 'string' ? answer.body : new Uint8Array(answer.body);
      const headers = { ...printResponseHeaders(answer, PREVIEW_CSP), 'cache-control': 'no-store' };
      return new Response(body, { status: answer.status, headers });
    }
    const file = resolveStaticPath(root, url.pathname);
    if (!file) return plain(404, 'not found');
    const served = (await tryRead(read, file)) ?? (file === indexFile ? null : await tryRead(read, indexFile));
    if (!served) return plain(404, 'not found');
    return new Response(served.body, { status: 200, headers: headers(mimeFor(served.path)) });
  };
}

async function tryRead(read: ReadFile, path: string): Promise<{ path: string; body: Uint8Array<ArrayBuffer> } | null> {
  try {
    return { path, body: await read(path) };
  } catch {
    // Missing file or a directory: the caller falls back to the app page.
    return null;
  }
}

function headers(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}
