import { describe, expect, it } from 'vitest';
import { type ApiClient, apiNames } from '../../core/api';
import { withCheckedResults } from '../../core/checked-results';
import { type Result, apiError } from '../../core/errors';
import { zh } from '../../core/zh';

/** A client answering every call with `answer(name)`. */
function clientAnswering(answer: (name: string) => Result<unknown>): ApiClient {
  return Object.fromEntries(apiNames.map((name) => [name, async (_params: unknown) => answer(name)])) as ApiClient;
}

const stats = {
  headings: [1, 2, 0, 0],
  cases: 1,
  figures: 2,
  figuresWithImage: 1,
  tables: 0,
  paragraphs: 3,
  chars: 120,
};

describe('results checked against the contract (tests, development, the CLI)', () => {
  it('passes a result the contract allows as it came, extra fields and all', async () => {
    const value = { ...stats, extra: true };
    const client = withCheckedResults(clientAnswering(() => ({ ok: true, value })));
    const result = await client['report.stats']({});
    expect(result).toEqual({ ok: true, value });
    expect(result.ok && result.value).toBe(value);
  });

  it('turns a result the contract does not allow into an INTERNAL error naming the call and the field', async () => {
    const client = withCheckedResults(clientAnswering(() => ({ ok: true, value: { ...stats, headings: [1, 2] } })));
    const result = await client['report.stats']({});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: zh.errors.INTERNAL } });
    expect(!result.ok && result.error.detail).toMatch(/^report\.stats result does not match the contract: headings/);
    expect(await client['app.reveal']({ path: '/x' })).toMatchObject({
      ok: false,
      error: { detail: expect.stringContaining('app.reveal') },
    });
  });

  it('passes errors through unchanged', async () => {
    const error = apiError('NO_REPORT_OPEN');
    const client = withCheckedResults(clientAnswering(() => ({ ok: false, error })));
    expect(await client['report.stats']({})).toEqual({ ok: false, error });
  });
});
