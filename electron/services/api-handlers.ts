import type { ApiHandlers } from '../../core/api';
import { reportHandlers } from './report-handlers';
import { ServiceContext, type ServiceDeps } from './service-context';

export type { ServiceDeps } from './service-context';

export interface Services {
  handlers: ApiHandlers;
  /** Closes the open report and releases its lock (window closed, process exiting). */
  shutdown(): void;
}

/**
 * The Node side of the contract, assembled from one group of handlers per feature; the
 * `satisfies` check fails to compile until every call in core/api.ts has a handler.
 */
export function createServices(deps: ServiceDeps): Services {
  const ctx = new ServiceContext(deps);
  const handlers = {
    ...reportHandlers(ctx),
  } satisfies ApiHandlers;
  return { handlers, shutdown: () => ctx.close() };
}
