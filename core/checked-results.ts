import { type ApiClient, type ApiName, api, apiNames } from './api';
import { type Result, apiError } from './errors';

/** Null when `value` is what the contract says `name` returns, else what differs. */
export function resultMismatch(name: ApiName, value: unknown): string | null {
  const parsed = api[name].result.safeParse(value);
  return parsed.success
    ? null
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'result'}: ${issue.message}`).join('; ');
}

/**
 * `client` with every successful result checked against its call's result schema, as the
 * params are checked on the way in. A result the contract does not allow becomes an INTERNAL
 * error naming the call and what differs, rather than a wrong value the caller goes on with.
 * The value passed on is the one received, not zod's copy, so checking changes nothing else.
 */
export function withCheckedResults(client: ApiClient): ApiClient {
  const checked = async (name: ApiName, params: unknown): Promise<Result<unknown>> => {
    const result = await (client[name] as (p: unknown) => Promise<Result<unknown>>)(params);
    if (!result.ok) return result;
    const mismatch = resultMismatch(name, result.value);
    return mismatch === null
      ? result
      : { ok: false, error: apiError('INTERNAL', `${name} result does not match the contract: ${mismatch}`) };
  };
  return Object.fromEntries(apiNames.map((name) => [name, (params: unknown) => checked(name, params)])) as ApiClient;
}
