import type { z } from 'zod';
import {
  type ApiClient,
  type ApiName,
  type ApiHandlers,
  MAX_PARAMS_DEPTH,
  api,
  apiNames,
  isApiName,
} from '../../core/api';
import { type ApiError, ReportError, type Result, apiError, isErrorCode } from '../../core/errors';
import { deeperThan, jsonContainersIn } from '../../core/nesting-depth';
import { zh } from '../../core/zh';

export type Dispatch = (name: string, params: unknown) => Promise<Result<unknown>>;

/**
 * The single entry point behind every shell (IPC, HTTP, tests): unknown names and invalid
 * params become typed errors, handler failures become error values; nothing throws out.
 */
export function createDispatcher(handlers: ApiHandlers, log: (err: unknown) => void = () => {}): Dispatch {
  return async (name, params) => {
    if (!isApiName(name)) return { ok: false, error: apiError('UNKNOWN_CALL', String(name).slice(0, 100)) };
    const deep = tooDeep(params);
    if (deep) return deep;
    const parsed = api[name].params.safeParse(params ?? {});
    if (!parsed.success) return { ok: false, error: invalidParams(parsed.error.issues) };
    try {
      const handler = handlers[name] as (p: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (err) {
      return { ok: false, error: toApiError(err, name, log) };
    }
  };
}

/**
 * Params nested thousands deep, refused before anything recurses through them: zod recurses
 * once per level and would overflow, as would copying them to another thread.
 */
export function tooDeep(params: unknown): Result<never> | null {
  return deeperThan(params, MAX_PARAMS_DEPTH, jsonContainersIn)
    ? { ok: false, error: apiError('TOO_DEEP', `params nested deeper than ${MAX_PARAMS_DEPTH}`) }
    : null;
}

/** The contract's client over `dispatch`, for a shell that runs the services in its own process (the CLI). */
export function clientOf(dispatch: Dispatch): ApiClient {
  return Object.fromEntries(apiNames.map((name) => [name, (params: unknown) => dispatch(name, params)])) as ApiClient;
}

/**
 * BAD_INPUT, unless an issue names its own code (a document nested too deep to save: TOO_DEEP).
 * Where a schema words its issues in Chinese for the user (数据's), the message says them.
 */
function invalidParams(issues: readonly z.core.$ZodIssue[]): ApiError {
  const named = issues.map((i) => (i.code === 'custom' ? i.params?.errorCode : undefined)).find(isErrorCode);
  const detail = issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  const said = [...new Set(issues.map((i) => i.message).filter((m) => /\p{Script=Han}/u.test(m)))];
  if (named || said.length === 0) return apiError(named ?? 'BAD_INPUT', detail);
  return apiError('BAD_INPUT', detail, `${zh.errors.BAD_INPUT}：${said.join('；')}`);
}

function toApiError(err: unknown, name: ApiName, log: (err: unknown) => void): ApiError {
  if (err instanceof ReportError) return err.error;
  log(err);
  return apiError('INTERNAL', `${name}: ${err instanceof Error ? err.message : String(err)}`);
}
