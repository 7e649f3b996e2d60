import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { ReportError, apiError } from '../../core/errors';
import { createDispatcher } from '../api/dispatch';
import type { StageListener } from '../export/export-source';
import type { PdfPrinter, PrintJob, PrintedPdf } from '../export/pdf-printer';
import { createServices } from '../services/api-handlers';
import { type Dialogs, folderDialogs } from '../services/dialogs';
import { insideFolder } from '../services/home-folder';
import { GrantedPaths, type PathPolicy, grantingDialogs } from '../services/path-policy';
import { RecentFiles, type RecentList } from '../services/recent-files';
import type { ServiceDeps } from '../services/service-context';
import { heavyWork, warmUpInBackground } from './heavy-work';
import type { HostAnswer, HostCall, ServicesThreadConfig, ServicesMessage, ServicesRequest } from './services-protocol';

/**
 * The services thread: the app's services (the report file and its SQLite writes among them)
 * run here, so a save's sync to disk never holds up the thread that answers the window. The
 * starting thread (services-worker.ts) only forwards calls; it does what only it can (native
 * dialogs, Electron's printer) when asked.
 */
export function serveServices(port: MessagePort, config: ServicesThreadConfig): void {
  const send = (message: ServicesMessage) => port.postMessage(message);
  const host = hostCalls(send);
  const { deps, grants } = depsFrom(config, host);
  const services = createServices(deps);
  const dispatch = createDispatcher(services.handlers, (err) => console.error(err));

  port.on('message', (request: ServicesRequest) => {
    // What cannot be sent back (a bug) is logged and answered as failed: the thread goes on serving.
    const answer = (id: number, work: Promise<unknown>, failed: unknown = internalError) =>
      void work
        .then((value) => send({ kind: 'answer', id, value }))
        .catch((err: unknown) => {
          console.error(err);
          send({ kind: 'answer', id, value: failed });
        });
    switch (request.kind) {
      case 'call':
        return answer(request.id, dispatch(request.name, request.params));
      case 'asset':
        return answer(request.id, services.assets(request.request), {
          status: 500,
          mime: 'text/plain',
          bytes: new Uint8Array(),
        });
      case 'preview':
        return answer(request.id, services.printPreview(request.pathname), null);
      case 'backgroundTasks':
        return answer(request.id, Promise.resolve(Object.fromEntries(heavyWork().finished)));
      case 'grant':
        return grants?.grant(request.purpose, request.path);
      case 'warmUp':
        return void warmUpInBackground().catch((err: Error) => console.warn(`import warm-up: ${err.message}`));
      case 'shutdown':
        try {
          services.shutdown();
        } finally {
          Atomics.store(request.closed, 0, 1);
          Atomics.notify(request.closed, 0);
        }
        return;
      default:
        return host.settle(request);
    }
  });
}

const internalError = { ok: false, error: apiError('INTERNAL', 'answer could not be sent') };

function depsFrom(config: ServicesThreadConfig, host: HostCalls): { deps: ServiceDeps; grants: GrantedPaths | null } {
  const recent: RecentList = config.recentFile
    ? new RecentFiles(config.recentFile)
    : { list: () => [], add: () => undefined, forget: () => undefined };
  const grants = config.paths.kind === 'granted' ? new GrantedPaths(() => recent.list()) : null;
  const paths: PathPolicy =
    grants ?? (config.paths.kind === 'inside' ? insideFolder(config.paths.home) : { check: () => undefined });
  const dialogs =
    config.dialogs.kind === 'folder' ? folderDialogs(config.dialogs.folder) : hostDialogs(config.dialogs.native, host);
  const deps: ServiceDeps = {
    shell: config.shell,
    version: config.version,
    dialogs: grants ? grantingDialogs(dialogs, grants) : dialogs,
    paths,
    recent,
    ...(config.hostPrinter && { printer: hostPrinter(host) }),
    ...(config.hostReveal && {
      shellCapabilities: { revealInFolder: (path: string) => void host.call({ method: 'reveal', path }) },
    }),
  };
  return { deps, grants };
}

/** The starting thread's dialogs, asked over the port. */
function hostDialogs(native: boolean, host: HostCalls): Dialogs {
  const ask =
    <T>(dialog: keyof Omit<Dialogs, 'native'>) =>
    (...args: unknown[]) =>
      host.call({ method: 'dialog', dialog, args }) as Promise<T>;
  return {
    native,
    pickReportToOpen: ask('pickReportToOpen'),
    pickReportToSave: ask('pickReportToSave'),
    pickImages: ask('pickImages'),
    pickExportPath: ask('pickExportPath'),
    pickImportSource: ask('pickImportSource'),
    pickSpreadsheet: ask('pickSpreadsheet'),
  };
}

const SHA256_IN_HTML = /[0-9a-f]{64}/g;

/** The starting thread's printer: the job's photos travel with it, its stages come back. */
function hostPrinter(host: HostCalls): PdfPrinter {
  return {
    async print(job: PrintJob): Promise<PrintedPdf> {
      const photos: [string, Uint8Array][] = [];
      for (const assetKey of new Set(job.html.match(SHA256_IN_HTML))) {
        const photo = job.assets(assetKey);
        if (photo) photos.push([assetKey, photo.bytes]);
      }
      return (await host.call(
        { method: 'print', job: { html: job.html, photos, resources: job.resources } },
        {
          ...(job.signal && { signal: job.signal }),
          onStage: (stage, pages) => job.onStage?.(stage, pages),
        },
      )) as PrintedPdf;
    },
  };
}

/** A HostCall before it is numbered: each kind of call keeps its own fields. */
type HostRequest =
  Extract<HostCall, { kind: 'host' }> extends infer C ? (C extends unknown ? Omit<C, 'kind' | 'id'> : never) : never;

interface HostCalls {
  call(request: HostRequest, options?: { signal?: AbortSignal; onStage?: StageListener }): Promise<unknown>;
  settle(answer: HostAnswer): void;
}

function hostCalls(send: (message: ServicesMessage) => void): HostCalls {
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (err: Error) => void; onStage?: StageListener }
  >();
  return {
    call(request, options = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const onAbort = () => send({ kind: 'hostCancel', id });
        options.signal?.addEventListener('abort', onAbort, { once: true });
        const done = () => {
          pending.delete(id);
          options.signal?.removeEventListener('abort', onAbort);
        };
        pending.set(id, {
          resolve: (value) => {
            done();
            resolve(value);
          },
          reject: (err) => {
            done();
            reject(err);
          },
          ...(options.onStage && { onStage: options.onStage }),
        });
        send({ kind: 'host', id, ...request } as HostCall);
      });
    },
    settle(answer) {
      const call = pending.get(answer.id);
      if (!call) return;
      if (answer.kind === 'hostStage') call.onStage?.(answer.stage, answer.pages);
      else if (answer.kind === 'hostDone') call.resolve(answer.value);
      else
        call.reject(
          answer.error
            ? new ReportError(answer.error.code, answer.error.detail, answer.error.message)
            : new Error(answer.message),
        );
    },
  };
}

if (parentPort && (workerData as { services?: ServicesThreadConfig } | null)?.services) {
  serveServices(parentPort, (workerData as { services: ServicesThreadConfig }).services);
}
