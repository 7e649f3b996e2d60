import sharp from 'sharp';
import type { ReportFile } from '../store/report-file';
import { sniffImageMime } from './image-header';
import { JPEG_OPTIONS } from './photo-for-print';
import { type CachedImage, ThumbnailCache } from './thumbnail-cache';

/** Photos are served under this path by the harness (HTTP) and by Electron (app://nianbao). */
export const ASSET_ROUTE = '/report-assets/';
/**
 * The editor shows thumbnails first: 640 px covers a photo alone at its printed width (90% of
 * the A4 column, about 530 CSS px) on an ordinary screen; a 2× screen takes the full photo.
 */
export const THUMB_LONG_SIDE = 640;
const THUMB_CACHE_BYTES = 24 * 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;

export type AssetVariant = 'full' | 'thumb';

export interface AssetRequest {
  assetKey: string;
  variant: AssetVariant;
}

export interface AssetResponse {
  status: number;
  mime: string;
  bytes: Buffer;
}

export type AssetResponder = (request: AssetRequest) => Promise<AssetResponse>;

/** `/report-assets/<assetKey>[?thumb=1]` → the request, or null when the path is not an asset path. */
export function parseAssetUrl(url: URL): AssetRequest | null {
  if (!url.pathname.startsWith(ASSET_ROUTE)) return null;
  return {
    assetKey: url.pathname.slice(ASSET_ROUTE.length),
    variant: url.searchParams.get('thumb') === '1' ? 'thumb' : 'full',
  };
}

/**
 * Answers asset requests from the open report. Content-addressed, so a 200 may be cached for
 * ever; the assetKey is checked for form before it reaches any lookup.
 */
export function createAssetResponder(
  currentReport: () => ReportFile | null,
  /** Resolves once an import's photos are read out of its source: a photo asked for meanwhile is answered then. */
  photosRead: () => Promise<void> = () => Promise.resolve(),
  thumbs = new ThumbnailCache(THUMB_CACHE_BYTES),
): AssetResponder {
  return async ({ assetKey, variant }) => {
    if (!SHA256.test(assetKey)) return plain(400, 'bad asset id');
    const report = currentReport();
    if (!report) return plain(404, 'no report open');
    // A cached thumbnail spares reading the full photo out of the file.
    const cached = variant === 'thumb' ? thumbs.peek(assetKey) : undefined;
    if (cached) return ok(cached);
    let asset = report.getAsset(assetKey);
    // A photo an import left in its source is answered once read in, a moment after the report opened.
    if (!asset && report.isPhotoToRead(assetKey))
      asset = await photosRead().then(
        () => (report.isOpen ? report.getAsset(assetKey) : null),
        () => null,
      );
    if (!asset) return plain(404, 'asset not found');
    if (variant === 'full' || Math.max(asset.width, asset.height) <= THUMB_LONG_SIDE)
      return ok({ mime: asset.mime, bytes: asset.bytes });
    return ok(await thumbs.get(assetKey, () => makeThumbnail(asset.bytes, asset.mime)));
  };
}

async function makeThumbnail(bytes: Buffer, mime: string): Promise<CachedImage> {
  // Upright: a photo an import kept as imported may still carry its EXIF orientation, which the thumbnail would lose.
  const resized = sharp(bytes)
    .autoOrient()
    .resize({ width: THUMB_LONG_SIDE, height: THUMB_LONG_SIDE, fit: 'inside', withoutEnlargement: true });
  if (mime === 'image/png')
    return { mime, bytes: await resized.png({ palette: true, quality: 90, compressionLevel: 9 }).toBuffer() };
  return { mime: 'image/jpeg', bytes: await resized.jpeg({ ...JPEG_OPTIONS, quality: 80 }).toBuffer() };
}

/** Served as the type its bytes show: a crafted report's "photo" that is a page is refused, never served as one. */
function ok(image: CachedImage): AssetResponse {
  const mime = sniffImageMime(image.bytes);
  return mime ? { status: 200, mime, bytes: image.bytes } : plain(415, 'not an image');
}

function plain(status: number, text: string): AssetResponse {
  return { status, mime: 'text/plain; charset=utf-8', bytes: Buffer.from(text) };
}

/**
 * How a 200 may be cached. `immutable`: for ever (content-addressed), where only the app's own
 * pages exist (Electron). `revalidate`: the browser keeps it but asks again each time, so the
 * harness checks every use; otherwise another page on 127.0.0.1 (same site: ports do not count)
 * could be shown a photo straight from the shared cache.
 */
export type AssetCaching = 'immutable' | 'revalidate';

/** A validator for `revalidate`: the content never changes for one id and variant. */
export function assetEtag(request: AssetRequest): string {
  return `"${request.assetKey}${request.variant === 'thumb' ? '-thumb' : ''}"`;
}

/** A photo is never a page: opened on its own, nothing in it may run or load. */
export const ASSET_CSP = "default-src 'none'; sandbox";

export function assetHeaders(response: AssetResponse, caching: AssetCaching, etag?: string): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': response.mime,
    'content-length': String(response.bytes.length),
    'content-security-policy': ASSET_CSP,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
  if (response.status !== 200) return headers;
  if (caching === 'immutable') return { ...headers, 'cache-control': 'private, max-age=31536000, immutable' };
  return { ...headers, 'cache-control': 'private, no-cache', ...(etag !== undefined && { etag }) };
}
