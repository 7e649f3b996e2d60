import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ReportError, apiError } from '../../core/errors';
import { type Dispatch, tooDeep } from '../api/dispatch';
import type { AssetResponder } from '../assets/asset-response';
import type { PdfPrinter } from '../export/pdf-printer';
import type { Services } from '../services/api-handlers';
import type { Dialogs } from '../services/dialogs';
import type { PathPurpose } from '../services/path-policy';
import type {
  HostAnswer,
  HostCall,
  ServicesAnswers,
  ServicesConfig,
  ServicesThreadConfig,
  ServicesMessage,
  ServicesRequest,
} from './services-protocol';
import { asBuffer } from './task-protocol';
import { startTypeScriptWorker } from './typescript-worker';

/** What only the starting thread can do, which the services thread asks of it. */
export interface HostCapabilities {
  dialogs?: Dialogs;
  printer?: PdfPrinter;
  revealInFolder?(path: string): void;
}

/** The services as the starting thread sees them: every call forwarded to the services thread. */
export interface ServicesWorker extends Pick<Services, 'printPreview'> {
  dispatch: Dispatch;
  assets: AssetResponder;
  /** Lets the page name `path` for `purpose` (a report the system handed over). */
  grant(purpose: PathPurpose, path: string): void;
  /** One small import in the background, so the user's first finds its code compiled. */
  warmUp(): void;
  /** The tasks the background workers finished, by name (tests check where work ran). */
  backgroundTasks(): Promise<Record<string, number>>;
  /** Closes the open report, releasing its lock, and waits for that (window closed, process exiting). */
  shutdown(): void;
  /** Closes the open report and ends the thread (harness closed, CLI command done, tests). */
  end(): Promise<void>;
}

/** How long shutdown waits for the report to close: a save in hand finishes well within it. */
const SHUTDOWN_WAIT_MS = 10_000;

const here = fileURLToPath(import.meta.url);

/**
 * Starts the app's services on a thread of their own, so SQLite's writes and their syncs to
 * disk never hold up the thread that answers the window (Electron's main process, the
 * harness's HTTP server, the CLI). Every shell runs them this way; the page sees no difference.
 */
export function startServicesWorker(config: ServicesConfig, host: HostCapabilities = {}): ServicesWorker {
  const services: ServicesThreadConfig = {
    ...config,
    hostPrinter: host.printer !== undefined,
    hostReveal: host.revealInFolder !== undefined,
  };
  const workerData = { services };
  const worker = here.endsWith('.cjs')
    ? new Worker(join(dirname(here), 'services-thread.cjs'), { workerData })
    : startTypeScriptWorker(join(dirname(here), 'services-thread.ts'), { workerData });
  let nextId = 1;
  /** The calls not answered yet, each with what it is answered with should the thread end first. */
  const waiting = new Map<number, { resolve: (value: unknown) => void; whenEnded: unknown }>();
  const prints = new Map<number, AbortController>();
  let ended: string | null = null;
  const post = (request: ServicesRequest) => worker.postMessage(request);
  const ask = <K extends keyof ServicesAnswers>(
    kind: K,
    fields: Omit<Extract<ServicesRequest, { kind: K }>, 'id' | 'kind'>,
    whenEnded: ServicesAnswers[K],
  ): Promise<ServicesAnswers[K]> => {
    if (ended !== null) return Promise.resolve(whenEnded);
    const id = nextId++;
    return new Promise((resolve) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, whenEnded });
      worker.ref();
      post({ ...fields, kind, id } as ServicesRequest);
    });
  };
  const fail = (reason: string) => {
    ended = reason;
    for (const call of waiting.values()) call.resolve(call.whenEnded);
    waiting.clear();
  };
  worker.on('error', (err) => {
    console.error(`services thread failed: ${err.stack ?? err.message}`);
    fail(`services thread failed: ${err.message}`);
  });
  worker.on('exit', (code) => fail(`services thread exited (${code})`));
  worker.on('message', (message: ServicesMessage) => {
    if (message.kind === 'answer') {
      waiting.get(message.id)?.resolve(message.value);
      waiting.delete(message.id);
      if (waiting.size === 0) worker.unref();
    } else if (message.kind === 'hostCancel') prints.get(message.id)?.abort();
    else void serveHostCall(message, host, prints, post);
  });

  const shutdown = () => {
    if (ended !== null) return;
    const closed = new Int32Array(new SharedArrayBuffer(4));
    post({ kind: 'shutdown', closed });
    // Blocking on purpose, and only as long as a save in hand takes: the process may exit next,
    // and the report must be closed (its lock released) first.
    Atomics.wait(closed, 0, 0, SHUTDOWN_WAIT_MS);
  };
  // The process may exit once its shell is done (Electron quits, the CLI returns) and no call waits on this thread.
  worker.unref();

  return {
    dispatch: async (name, params) =>
      tooDeep(params) ?? ask('call', { name, params }, { ok: false, error: apiError('INTERNAL', 'services ended') }),
    // Bytes arrive as a plain Uint8Array: seen as the Buffer the responder made.
    assets: async (request) => {
      const response = await ask('asset', { request }, { status: 503, mime: 'text/plain', bytes: Buffer.from('') });
      return { ...response, bytes: asBuffer(response.bytes) };
    },
    printPreview: (pathname) => ask('preview', { pathname }, null),
    grant: (purpose, path) => post({ kind: 'grant', purpose, path }),
    warmUp: () => post({ kind: 'warmUp' }),
    backgroundTasks: () => ask('backgroundTasks', {}, {}),
    shutdown,
    end: async () => {
      shutdown();
      ended ??= 'ended';
      await worker.terminate();
    },
  };
}

/** Does what the services thread asked of this thread; a print's stages are told as they come. */
async function serveHostCall(
  call: Extract<HostCall, { kind: 'host' }>,
  host: HostCapabilities,
  prints: Map<number, AbortController>,
  post: (answer: HostAnswer) => void,
): Promise<void> {
  try {
    if (call.method === 'reveal') {
      host.revealInFolder?.(call.path);
      return post({ kind: 'hostDone', id: call.id, value: null });
    }
    if (call.method === 'dialog') {
      const dialogs = host.dialogs;
      const dialog = dialogs && isDialog(call.dialog) ? dialogs[call.dialog] : undefined;
      if (!dialog) throw new Error(`no dialog ${call.dialog}`);
      const value = await (dialog as (...args: unknown[]) => Promise<unknown>).apply(dialogs, call.args);
      return post({ kind: 'hostDone', id: call.id, value });
    }
    if (!host.printer) throw new Error('no printer here');
    const photos = new Map(call.job.photos.map(([assetKey, bytes]) => [assetKey, { bytes }]));
    const abort = new AbortController();
    prints.set(call.id, abort);
    try {
      const printed = await host.printer.print({
        html: call.job.html,
        resources: call.job.resources,
        assets: (assetKey) => photos.get(assetKey) ?? null,
        signal: abort.signal,
        onStage: (stage, pages) =>
          post({ kind: 'hostStage', id: call.id, stage, ...(pages !== undefined && { pages }) }),
      });
      post({ kind: 'hostDone', id: call.id, value: printed });
    } finally {
      prints.delete(call.id);
    }
  } catch (err) {
    const error = err instanceof ReportError ? err.error : null;
    post({ kind: 'hostFailed', id: call.id, error, message: err instanceof Error ? err.message : String(err) });
  }
}

const DIALOGS = [
  'pickReportToOpen',
  'pickReportToSave',
  'pickImages',
  'pickExportPath',
  'pickImportSource',
  'pickSpreadsheet',
] as const satisfies readonly (keyof Dialogs)[];

function isDialog(name: string): name is (typeof DIALOGS)[number] {
  return (DIALOGS as readonly string[]).includes(name);
}
