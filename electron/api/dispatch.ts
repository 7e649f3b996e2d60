import { type ApiName, type ApiHandlers, api, isApiName } from '../../core/api';
import { type ApiError, ReportError, type Result, apiError } from '../../core/errors';

export type Dispatch = (name: string, params: unknown) => Promise<Result<unknown>>;

/**
 * The single entry point behind every shell (IPC, HTTP, tests): unknown names and invalid
 * params become typed errors, handler failures become error values; nothing throws out.
 */
export function createDispatcher(handlers: ApiHandlers, log: (err: unknown) => void = () => {}): Dispatch {
  return async (name, params) => {
    if (!isApiName(name)) return { ok: false, error: apiError('UNKNOWN_CALL', String(name).slice(0, 100)) };
    const parsed = api[name].params.safeParse(params ?? {});
    if (!parsed.success) return { ok: false, error: apiError('BAD_INPUT', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')) };
    try {
      const handler = handlers[name] as (p: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      return { ok: false, error: toApiError(err, name, log) };
    }
  };
}

function toApiError(err: unknown, name: ApiName, log: (err: unknown) => void): ApiError {
  if (err instanceof ReportError) return err.error;
  log(err);
  return apiError('INTERNAL', `${name}: ${err instanceof Error ? err.message : String(err)}`);
}
