import { describe, expect, it } from 'vitest';
import { assemble } from '../../core/import/assemble';
import type { Item } from '../../core/import/classify';

// Inputs no writer makes, but harmless, each took from half a minute to many minutes to import
// (issue #23): each is sized so that the quadratic pass it met would time the test out, while it
// now takes well under a second.

describe('harmless but pathological input imports in time linear in its size', () => {
  it('looks for a list at each of many paragraphs without reading all the paragraphs after it each time', () => {
    const n = 5000;
    let reads = 0;
    const items = Array.from({ length: n }, (_, i) => {
      const item = { runs: [{ text: `第${i}段` }], source: `第${i}段`, list: null, numbered: null };
      // Every pass over the items reads each one's kind: counting the reads counts the work.
      const kind = () => {
        reads += 1;
        return 'body';
      };
      return Object.defineProperty(item, 't', { get: kind, enumerable: true }) as Item;
    });
    const blocks = assemble(items, []);
    expect(blocks).toHaveLength(n);
    expect(reads).toBeLessThan(10 * n);
  });
});
