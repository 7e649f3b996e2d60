import sharp from 'sharp';
import type { FigureImageRef } from '../../core/document/nodes';
import { ReportError } from '../../core/errors';
import type { PdfBox, PdfPage, PdfPicture, PdfRule, PdfTextPiece } from '../../core/import/pdf-layout';
import type { AddPhoto } from './docx-blocks';
import { STUB_HEIGHT, stubJpegPhotos } from './pdf-jpegs';
import { PDF_TIME_LIMIT_MS } from './pdf-time-limit';
import { MAX_RULES, type Matrix, paintOf, rulesOf, shadesOf } from './pdf-rules';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Pictures smaller than this on the page (in points, either side) are bullets, icons and rules, not photos. */
const MIN_PICTURE_SIDE = 36;

/** A picture pdf.js has not decoded by then is taken as unreadable (a placeholder with a note), not waited for. */
const PICTURE_WAIT_MS = 30_000;

let loading: Promise<Pdfjs> | null = null;

/**
 * pdf.js's legacy build, which runs in Node (the utility process, the CLI, vitest). Its worker
 * code is loaded in this thread and named on globalThis, where pdf.js looks first: no worker
 * file to ship beside the bundle and no thread to start.
 */
function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return loading;
}

/**
 * Reads a PDF's pages: its text with positions and sizes, the boxes drawn on it (a case's frame)
 * and its pictures, each handed to `addPhoto` as PNG or JPEG. Positions are in points from the
 * page's top left. An encrypted or damaged file throws a ReportError, never a crash.
 */
export async function readPdfPages(
  bytes: Uint8Array,
  addPhoto: AddPhoto,
  { timeLimitMs = PDF_TIME_LIMIT_MS }: { timeLimitMs?: number } = {},
): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  const limit = timeLimit(timeLimitMs);
  // Its JPEG photos are taken as they are (pdf-jpegs.ts): pdf.js gets the file with stubs in their place.
  const { bytes: stubbed, photos } = stubJpegPhotos(bytes);
  const task = pdfjs.getDocument({
    data: stubbed,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    // The fonts' own names ("…SansSC-Medium"): the heading fonts differ from the body's.
    fontExtraProperties: true,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await limit.within(task.promise);
  } catch (err) {
    limit.clear();
    await task.destroy();
    throw err instanceof ReportError ? err : pdfError(err);
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await limit.within(doc.getPage(n));
      pages.push(await limit.within(readPage(pdfjs, page, n, { addPhoto, photos })));
      // Its decoded pictures (megabytes each) are stored photos now: free them before the next page.
      page.cleanup();
    }
    return pages;
  } catch (err) {
    throw err instanceof ReportError ? err : pdfError(err);
  } finally {
    limit.clear();
    // Also what stops pdf.js's work on a page the time limit left unfinished.
    await task.destroy();
  }
}

/** Races pdf.js's steps against one deadline for the whole file. */
function timeLimit(ms: number): { within<T>(step: Promise<T>): Promise<T>; clear(): void } {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new ReportError('IMPORT_PDF_TOO_SLOW', `pdf.js still reading after ${ms} ms: stopped`)),
      ms,
    );
  });
  // Nobody may be racing it when it fires (between two steps): that is no unhandled rejection.
  expired.catch(() => {});
  return { within: (step) => Promise.race([step, expired]), clear: () => clearTimeout(timer) };
}

function pdfError(err: unknown): ReportError {
  const name = (err as { name?: string }).name;
  const message = (err as Error).message ?? String(err);
  if (name === 'PasswordException')
    return new ReportError('IMPORT_PDF_ENCRYPTED', `the PDF needs a password to open: ${message}`);
  return new ReportError('IMPORT_PDF_DAMAGED', `not a readable PDF: ${message}`);
}

type PdfPageProxy = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;

/** Where a page's pictures go, and the JPEG photos taken out of the file before pdf.js read it. */
interface PictureOut {
  addPhoto: AddPhoto;
  photos: Buffer[];
}

async function readPage(pdfjs: Pdfjs, page: PdfPageProxy, number: number, out: PictureOut): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  // PDF space has y upwards from the foot; the viewport's transform turns it to the page as seen.
  const toPage = viewport.transform as Matrix;
  // The operators first: they load the fonts, whose names the text's pieces then refer to.
  const { pictures, boxes, rules, shades } = await drawings(pdfjs, page, toPage, number, out);
  const content = await page.getTextContent();
  const fonts = new Map<string, string>();
  const fontName = (id: string) => {
    if (!fonts.has(id)) {
      const font = (page.commonObjs.has(id) ? page.commonObjs.get(id) : null) as { name?: string } | null;
      // A subset's name starts with six letters and a plus ("ABCDEF+"), different for each subset of one font.
      fonts.set(id, font?.name?.replace(/^[A-Z]{6}\+/, '') ?? id);
    }
    return fonts.get(id)!;
  };
  const pieces: PdfTextPiece[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const m = multiply(toPage, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]);
    // Text set sideways (a stamp, a vertical label) is no line of the body.
    if (Math.abs(m[1]) > 0.01 * size) continue;
    pieces.push({ text: item.str, x: m[4], y: m[5], width: item.width, size, font: fontName(item.fontName) });
  }
  return { number, width: viewport.width, height: viewport.height, pieces, pictures, boxes, rules, shades };
}

/** The pictures and rectangles a page paints, found by following its operators' transforms. */
async function drawings(
  pdfjs: Pdfjs,
  page: PdfPageProxy,
  toPage: Matrix,
  number: number,
  out: PictureOut,
): Promise<{ pictures: PdfPicture[]; boxes: PdfBox[]; rules: PdfRule[]; shades: PdfBox[] }> {
  const { OPS } = pdfjs;
  const list = await page.getOperatorList();
  // The graphics state saved and restored: the transform, and the colour paths are filled in.
  const stack: { ctm: Matrix; fill: string }[] = [];
  let ctm: Matrix = toPage;
  let fill = '#000000';
  const placed: { id: string; box: PdfBox; photo?: Buffer }[] = [];
  const boxes: PdfBox[] = [];
  const rules: PdfRule[] = [];
  const shades: PdfBox[] = [];
  const restore = () => {
    const saved = stack.pop();
    if (saved) ({ ctm, fill } = saved);
  };
  for (let i = 0; i < list.fnArray.length; i += 1) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push({ ctm, fill });
    else if (fn === OPS.restore) restore();
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    // pdf.js hands every fill colour over as "#rrggbb".
    else if (fn === OPS.setFillRGBColor && typeof args[0] === 'string') fill = args[0];
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push({ ctm, fill });
      // The form's own matrix, as an array or a typed array.
      const matrix = args[0] as ArrayLike<number> | null;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, Array.from(matrix) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) restore();
    else if (fn === OPS.paintImageXObject) {
      const box = boundsOf(ctm, [0, 0, 1, 1]);
      const [id, width, height] = args as [string, number, number];
      // A stub: the JPEG photo it stands for, as the file holds it.
      const photo = height === STUB_HEIGHT ? out.photos[width] : undefined;
      if (box.width >= MIN_PICTURE_SIDE && box.height >= MIN_PICTURE_SIDE) placed.push({ id, box, photo });
    } else if (fn === OPS.constructPath) {
      // [painting operator, path data, [minX, minY, maxX, maxY]] in user space.
      const bounds = args[2];
      if (bounds instanceof Float32Array || Array.isArray(bounds)) {
        const [x0, y0, x1, y1] = bounds as ArrayLike<number> as [number, number, number, number];
        boxes.push(boundsOf(ctm, [x0, y0, x1, y1]));
      }
      const painted = paintOf(OPS, args[0] as number);
      const data = (args[1] as (Float32Array | null)[] | undefined)?.[0];
      if (painted && data && rules.length < MAX_RULES) rules.push(...rulesOf(data, ctm, painted));
      if (painted === 'fill' && data && shades.length < MAX_RULES) shades.push(...shadesOf(data, ctm, fill));
    }
  }
  const pictures: PdfPicture[] = [];
  for (const [slot, { id, box, photo }] of placed.entries()) {
    const image = photo ?? (await pictureBytes(page, id));
    const ref: FigureImageRef | null = image
      ? await out.addPhoto(image, `pdf-p${number}-${slot + 1}.${image[0] === 0xff ? 'jpg' : 'png'}`)
      : null;
    pictures.push({ ...box, image: ref });
  }
  return { pictures, boxes, rules, shades };
}

interface DecodedImage {
  width: number;
  height: number;
  /** pdf.js's ImageKind: 1 one bit grey, 2 RGB, 3 RGBA. */
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** The picture `id` as a photo file: its decoded pixels re-encoded (JPEG for photos without transparency). */
async function pictureBytes(page: PdfPageProxy, id: string): Promise<Buffer | null> {
  const objs = id.startsWith('g_') ? page.commonObjs : page.objs;
  // pdf.js hands a decoded picture over when the worker is done with it, which may be after the operators.
  const image = await new Promise<DecodedImage | null>((resolve) => {
    const timer = setTimeout(() => resolve(null), PICTURE_WAIT_MS);
    objs.get(id, (data: unknown) => {
      clearTimeout(timer);
      resolve(data as DecodedImage | null);
    });
  });
  if (!image?.data || !image.width || !image.height) return null;
  const channels = image.kind === 3 ? 4 : image.kind === 2 ? 3 : 0;
  if (channels === 0) return null;
  const raw = sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.width * image.height * channels), {
    raw: { width: image.width, height: image.height, channels },
  });
  return channels === 4 ? raw.png().toBuffer() : raw.jpeg({ quality: 90 }).toBuffer();
}

function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

/** The page box covering the rectangle [x0, y0, x1, y1] of user space under `m`. */
function boundsOf(m: Matrix, [x0, y0, x1, y1]: [number, number, number, number]): PdfBox {
  const corners = [
    [x0, y0],
    [x1, y0],
    [x0, y1],
    [x1, y1],
  ].map(([x, y]) => [m[0] * x! + m[2] * y! + m[4], m[1] * x! + m[3] * y! + m[5]] as const);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}
