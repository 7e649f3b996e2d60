import { describe, expect, test } from 'vitest';
import { foldRepeats } from '../../core/fold-repeats';

describe('foldRepeats', () => {
  test('items saying the same more than `after` times gather where the first stands; the rest keep their order', () => {
    const items = ['a1', 'b1', 'a2', 'c1', 'a3', 'b2'];
    expect(foldRepeats(items, (s) => s[0]!, 2)).toEqual([['a1', 'a2', 'a3'], ['b1'], ['c1'], ['b2']]);
  });

  test('at `after` or fewer, nothing folds', () => {
    const items = ['a1', 'a2', 'b1'];
    expect(foldRepeats(items, (s) => s[0]!, 2)).toEqual([['a1'], ['a2'], ['b1']]);
    expect(foldRepeats([], (s: string) => s)).toEqual([]);
  });
});
