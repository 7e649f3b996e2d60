import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ReportError } from '../../core/errors';
import type { PageZone } from '../../core/print/paged-script';
import { referencedAssets } from '../assets/asset-gc';
import type { DocxExportOptions } from '../export/docx-export';
import { type ExportResult, type ExportSource, partFileOf } from '../export/export-source';
import type { FileImport, ImportOptions } from '../import/import-file';
import { PDF_TIME_LIMIT_MS } from '../import/pdf-time-limit';
import type { ReadFile } from '../import/read-import';
import type { StoredAsset } from '../store/assets';
import type { HeavyTasks } from './heavy-tasks';
import { asBuffer } from './task-protocol';
import { startTypeScriptWorker } from './typescript-worker';
import { WorkerPool } from './worker-pool';

/**
 * The main thread's side of the background workers (heavy-tasks.ts): each call runs in a
 * worker and resolves with what the same call made in this thread would, typed errors and
 * all. Node's worker threads run alike in Electron's main process, the harness, the CLI and
 * the tests, so every shell does heavy work the same way.
 */

/** Past these a task is taken as hung. A 200 MB .docx with 500 photos reads in well under a minute on a school PC. */
const TIMEOUT_MS = {
  readImport: 10 * 60_000,
  importText: 2 * 60_000,
  sizePhotoForPrint: 2 * 60_000,
  exportDocx: 10 * 60_000,
  pageLabels: 5 * 60_000,
  warmUp: 2 * 60_000,
};

/**
 * Two at least (an import beside a photo being sized); more where there are cores for them,
 * each worker holding its own heap.
 */
const POOL_SIZE = Math.max(2, Math.min(4, availableParallelism()));

const here = fileURLToPath(import.meta.url);

/**
 * The bundled app (main.cjs) starts the bundled worker beside it, inside the asar where
 * packaged (Electron reads asar files in worker threads); from source (tsx, vitest) the
 * worker loads its TypeScript through tsx, as the process that started it does.
 */
function startHeavyWorker(): Worker {
  return here.endsWith('.cjs')
    ? new Worker(join(dirname(here), 'heavy-work.cjs'))
    : startTypeScriptWorker(join(dirname(here), 'heavy-work-entry.ts'));
}

let pool: WorkerPool<HeavyTasks> | null = null;

/** The one pool of this process, started on first use. */
export function heavyWork(): WorkerPool<HeavyTasks> {
  pool ??= new WorkerPool<HeavyTasks>(startHeavyWorker, POOL_SIZE);
  return pool;
}

const withBuffer = (asset: StoredAsset): StoredAsset => ({ ...asset, bytes: asBuffer(asset.bytes) });

/**
 * pdf.js stops itself after PDF_TIME_LIMIT_MS, but only where it yields; a loop that never does
 * is ended with its worker. Past the limit, with time left for storing the photos, a PDF read
 * is taken as that and named for what it is rather than left running to the general deadline.
 */
const PDF_READ_TIMEOUT_MS = PDF_TIME_LIMIT_MS + 2 * 60_000;

/** The file at `path` read for import (importFile), in a worker. `timeoutMs` only for tests. */
export async function readImportInBackground(
  path: string,
  options: Pick<ImportOptions, 'parallelism' | 'onPhotos'> & { timeoutMs?: number } = {},
): Promise<ReadFile> {
  const { parallelism, onPhotos } = options;
  const pdf = extname(path).toLowerCase() === '.pdf';
  const timeoutMs = options.timeoutMs ?? (pdf ? PDF_READ_TIMEOUT_MS : TIMEOUT_MS.readImport);
  const read = await heavyWork()
    .run(
      'readImport',
      { path, ...(parallelism !== undefined && { parallelism }) },
      { timeoutMs, onEvent: ({ done, total }) => onPhotos?.(done, total) },
    )
    .catch((err: unknown) => {
      const hung = err instanceof ReportError && err.error.code === 'BACKGROUND_TIMED_OUT';
      throw pdf && hung ? new ReportError('IMPORT_PDF_TOO_SLOW') : err;
    });
  return { ...read, assets: read.assets.map(withBuffer) };
}

/** Pasted text read for import (importTextContent), in a worker. */
export function importTextInBackground(text: string): Promise<FileImport> {
  return heavyWork().run('importText', { text }, { timeoutMs: TIMEOUT_MS.importText });
}

/**
 * A photo sized for print (sizePhotoForPrint), in a worker: decoding and scanning a 12 MP
 * photo's pixels takes a few hundred ms.
 */
export async function sizePhotoForPrintInBackground(bytes: Buffer, name: string): Promise<StoredAsset> {
  const asset = await heavyWork().run(
    'sizePhotoForPrint',
    { bytes, name },
    { timeoutMs: TIMEOUT_MS.sizePhotoForPrint },
  );
  return withBuffer(asset);
}

/**
 * The report as a .docx at `path` (exportDocx), built and written in a worker; the photos the
 * document shows are sent with it. Cancelling ends the worker, and the half-written file it
 * may leave beside the target is removed.
 */
export async function exportDocxInBackground(
  source: ExportSource,
  path: string,
  options: DocxExportOptions = {},
): Promise<ExportResult & { estimatedPages: number | null }> {
  const { signal, onStage, template, tocLevels, estimatePages } = options;
  const assets = [...referencedAssets(JSON.stringify(source.document))].flatMap(
    (assetKey) => source.asset(assetKey) ?? [],
  );
  const input = {
    data: { meta: source.meta, document: source.document, assets },
    path,
    options: {
      ...(template && { template }),
      ...(tocLevels && { tocLevels }),
      ...(estimatePages !== undefined && { estimatePages }),
    },
  };
  try {
    return await heavyWork().run('exportDocx', input, {
      timeoutMs: TIMEOUT_MS.exportDocx,
      ...(signal && { signal }),
      onEvent: (stage) => onStage?.(stage),
    });
  } catch (err) {
    // A worker ended mid-write (cancelled, crashed, hung) could not remove its part file itself.
    rmSync(partFileOf(path), { force: true });
    throw err;
  }
}

/**
 * The PDF with page labels (withPageLabels), in a worker: pdf-lib reads and writes the whole
 * file, most of a second for a seed-sized report's. Aborting `signal` ends the worker.
 */
export function withPageLabelsInBackground(
  pdf: Uint8Array,
  zones: readonly PageZone[],
  signal?: AbortSignal,
): Promise<Uint8Array> {
  return heavyWork().run(
    'pageLabels',
    { pdf, zones: [...zones] },
    { timeoutMs: TIMEOUT_MS.pageLabels, ...(signal && { signal }) },
  );
}

/** The warm-up import at start (warmUpImport), in a worker: the first import then finds that worker's code compiled. */
export function warmUpInBackground(): Promise<void> {
  return heavyWork().run('warmUp', null, { timeoutMs: TIMEOUT_MS.warmUp });
}
