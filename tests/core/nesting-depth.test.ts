import { describe, expect, it } from 'vitest';
import { deeperThan, jsonContainersIn, jsonTextDeeperThan } from '../../core/nesting-depth';

describe('nesting depth', () => {
  it('counts the levels of objects and arrays in a value, the value itself being the first', () => {
    const value = { a: [{ b: 'x' }], c: 1 };
    expect(deeperThan(value, 3, jsonContainersIn)).toBe(false);
    expect(deeperThan(value, 2, jsonContainersIn)).toBe(true);
    expect(deeperThan('text', 1, jsonContainersIn)).toBe(false);
  });

  it('measures a value 100,000 levels deep without overflowing', () => {
    let deep: unknown[] = [];
    for (let i = 1; i < 100_000; i += 1) deep = [deep];
    expect(deeperThan(deep, 99_999, jsonContainersIn)).toBe(true);
    expect(deeperThan(deep, 100_000, jsonContainersIn)).toBe(false);
  });

  it('reads the depth of JSON text as JSON.parse would build it, brackets inside strings not counted', () => {
    const text = JSON.stringify({ a: [{ b: '[[{{ "quoted" \\ ]]' }], c: '}}}' });
    expect(jsonTextDeeperThan(text, 3)).toBe(false);
    expect(jsonTextDeeperThan(text, 2)).toBe(true);
    expect(jsonTextDeeperThan(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 99_999)).toBe(true);
  });
});
