import type { ApiError, Result } from '../../core/errors';
import type { AssetRequest, AssetResponse } from '../assets/asset-response';
import type { ExportStage } from '../export/export-source';
import type { PrintResources } from '../export/print-resources';
import type { PrintResponse } from '../export/print-server';
import type { PathPurpose } from '../services/path-policy';

/**
 * What the services thread builds its deps from: plain data, since a worker is given no
 * functions. What only the starting thread can do (Electron's dialogs, its printer, the file
 * manager) is asked of it over the port (HostCall).
 */
export interface ServicesConfig {
  shell: 'electron' | 'harness' | 'cli';
  version: string;
  /** Native dialogs answered by the starting thread, or, without, new reports go into `folder`. */
  dialogs: { kind: 'host'; native: boolean } | { kind: 'folder'; folder: string };
  /** Which paths the page may name: those the dialogs answered (and granted), any inside `home`, or any. */
  paths: { kind: 'granted' } | { kind: 'inside'; home: string } | { kind: 'any' };
  /** The 最近打开 list's file; without, the list stays empty. */
  recentFile?: string;
}

/** The config as the services thread gets it: which of the starting thread's capabilities there are. */
export interface ServicesThreadConfig extends ServicesConfig {
  /** PDFs printed by the starting thread's printer (Electron's own); without, system Chromium there. */
  hostPrinter: boolean;
  /** The file manager opened by the starting thread. */
  hostReveal: boolean;
}

/** The starting thread → the services thread. */
export type ServicesRequest =
  | { kind: 'call'; id: number; name: string; params: unknown }
  | { kind: 'asset'; id: number; request: AssetRequest }
  | { kind: 'preview'; id: number; pathname: string }
  | { kind: 'backgroundTasks'; id: number }
  | { kind: 'grant'; purpose: PathPurpose; path: string }
  | { kind: 'warmUp' }
  /** Closes the open report, then sets `closed[0]` to 1 and wakes the thread waiting on it. */
  /** Closes the open report, then sets `closed[0]` to 1 and wakes the thread waiting on it. */
  | { kind: 'shutdown'; closed: Int32Array }
  | HostAnswer;

/** What each services request is answered with. */
export interface ServicesAnswers {
  call: Result<unknown>;
  asset: AssetResponse;
  preview: PrintResponse | null;
  backgroundTasks: Record<string, number>;
}

/** The services thread → the starting thread. */
export type ServicesMessage = { kind: 'answer'; id: number; value: unknown } | HostCall;

/** A print job as it crosses threads: the photos the page shows are sent with it, not looked up. */
export interface PortablePrintJob {
  html: string;
  photos: [assetKey: string, bytes: Uint8Array][];
  resources: PrintResources;
}

/** The services thread asks the starting thread to do what only it can. */
export type HostCall =
  | { kind: 'host'; id: number; method: 'dialog'; dialog: string; args: unknown[] }
  | { kind: 'host'; id: number; method: 'reveal'; path: string }
  | { kind: 'host'; id: number; method: 'print'; job: PortablePrintJob }
  | { kind: 'hostCancel'; id: number };

/** The starting thread's answer to a HostCall, and a print's progress on the way. */
export type HostAnswer =
  | { kind: 'hostDone'; id: number; value: unknown }
  | { kind: 'hostFailed'; id: number; error: ApiError | null; message: string }
  | { kind: 'hostStage'; id: number; stage: ExportStage; pages?: number };
