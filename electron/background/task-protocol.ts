import type { ApiError } from '../../core/errors';

/**
 * What a background worker runs: named tasks, each taking one structured-cloneable input and
 * calling `emit` for progress on the way. Buffers arrive on the other side as Uint8Array.
 */
export type TaskTable = { [name: string]: (input: never, emit: never) => Promise<unknown> };

export type TaskInput<F> = F extends (input: infer I, emit: never) => unknown ? I : never;
export type TaskEvent<F> = F extends (input: never, emit: (event: infer E) => void) => unknown ? E : never;
export type TaskOutput<F> = F extends (...args: never[]) => Promise<infer O> ? O : never;

/** Main thread → worker: run `task` on `input`, answering with the same `id`. */
export interface TaskRequest {
  id: number;
  task: string;
  input: unknown;
}

/** Worker → main thread. A failure carries the ApiError of a ReportError, so it arrives as the same typed error. */
export type TaskMessage =
  | { id: number; kind: 'event'; event: unknown }
  | { id: number; kind: 'done'; value: unknown }
  | { id: number; kind: 'failed'; error: ApiError | null; message: string };

/** A Buffer sent to or from a worker arrives as a plain Uint8Array: the same bytes, seen as a Buffer again. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
