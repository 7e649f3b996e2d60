import { parentPort } from 'node:worker_threads';
import { ReportError } from '../../core/errors';
import type { TaskMessage, TaskRequest, TaskTable } from './task-protocol';

/**
 * The worker's side of WorkerPool: runs each request's task from `tasks` and answers with its
 * value, or with the ApiError of a ReportError it threw (anything else: its message only).
 */
export function serveTasks(tasks: TaskTable): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread');
  port.on('message', (request: TaskRequest) => {
    const send = (message: TaskMessage) => port.postMessage(message);
    const task = Object.hasOwn(tasks, request.task)
      ? (tasks[request.task] as (input: unknown, emit: (event: unknown) => void) => Promise<unknown>)
      : null;
    if (!task) return send({ id: request.id, kind: 'failed', error: null, message: `no task ${request.task}` });
    task(request.input, (event) => send({ id: request.id, kind: 'event', event })).then(
      (value) => send({ id: request.id, kind: 'done', value }),
      (err: unknown) =>
        send({
          id: request.id,
          kind: 'failed',
          error: err instanceof ReportError ? err.error : null,
          message: err instanceof Error ? err.message : String(err),
        }),
    );
  });
}
