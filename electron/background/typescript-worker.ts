import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker running the TypeScript file `entry`, for code run from source (tsx, vitest): tsx
 * is registered in the worker first, since a worker does not inherit the loaders of the thread
 * that started it when that thread is vitest's.
 */
export function startTypeScriptWorker(entry: string, options: Pick<WorkerOptions, 'workerData'> = {}): Worker {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href;
  const importOf = (url: string) => `import(${JSON.stringify(url)})`;
  const code = `${importOf(tsx)}.then((tsx) => { tsx.register(); return ${importOf(pathToFileURL(entry).href)}; })`;
  return new Worker(code, { ...options, eval: true });
}
