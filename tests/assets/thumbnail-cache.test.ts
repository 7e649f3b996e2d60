import { describe, expect, it } from 'vitest';
import { ThumbnailCache } from '../../electron/assets/thumbnail-cache';

const image = (size: number, fill = 1) => ({ mime: 'image/jpeg', bytes: Buffer.alloc(size, fill) });

describe('thumbnail cache', () => {
  it('evicts the least recently used entries once over its byte budget', async () => {
    const cache = new ThumbnailCache(300);
    await cache.get('a', async () => image(100));
    await cache.get('b', async () => image(100));
    await cache.get('c', async () => image(100));
    expect(cache.peek('a')).toBeDefined(); // a is now the most recently used
    await cache.get('d', async () => image(100));
    expect(cache.peek('b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((k) => cache.peek(k) !== undefined)).toEqual([true, true, true]);
    expect(cache.size).toBe(3);
  });

  it('makes a thumbnail once for concurrent requests, and not at all when cached', async () => {
    const cache = new ThumbnailCache(1000);
    let made = 0;
    const make = async () => {
      made += 1;
      await new Promise((r) => setTimeout(r, 10));
      return image(10, made);
    };
    const [x, y] = await Promise.all([cache.get('k', make), cache.get('k', make)]);
    expect(made).toBe(1);
    expect(x).toBe(y);
    expect(await cache.get('k', make)).toBe(x);
    expect(made).toBe(1);
  });

  it('does not keep an entry larger than the whole budget, nor a failed one', async () => {
    const cache = new ThumbnailCache(50);
    expect((await cache.get('big', async () => image(60))).bytes.length).toBe(60);
    expect(cache.size).toBe(0);
    await expect(cache.get('bad', () => Promise.reject(new Error('decode failed')))).rejects.toThrow('decode failed');
    expect((await cache.get('bad', async () => image(5))).bytes.length).toBe(5);
  });
});
