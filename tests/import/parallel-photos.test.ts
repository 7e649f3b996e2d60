import { describe, expect, it } from 'vitest';
import type { FigureImageRef } from '../../core/document/nodes';
import { bounded } from '../../electron/import/bounded';
import { importDocxBytes } from '../../electron/import/import-file';
import { collectPhotos } from '../../electron/import/collect-photos';
import { sampleDocx, samplePhoto } from './docx-fixture';

describe('photos stored several at once', () => {
  it('bounded() never runs more than its limit and keeps each result with its task', async () => {
    const limit = bounded(2);
    let running = 0;
    let most = 0;
    const results = await Promise.all(
      [30, 5, 20, 1, 10].map((ms, i) =>
        limit(async () => {
          running += 1;
          most = Math.max(most, running);
          await new Promise((r) => setTimeout(r, ms));
          running -= 1;
          return i;
        }),
      ),
    );
    expect(results).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });

  it('a docx gives the same document whether its photos are stored one at a time or in parallel', async () => {
    const bytes = await sampleDocx();
    const one = await importDocxBytes(bytes, collectPhotos().addPhoto, { parallelism: 1 });
    const many = await importDocxBytes(bytes, collectPhotos().addPhoto, { parallelism: 3 });
    expect(JSON.stringify(many.document)).toBe(JSON.stringify(one.document));
    expect(JSON.stringify(one.document).match(/"sha256":"[0-9a-f]{64}"/g)).toHaveLength(3);
  });

  it('takes in once a picture used twice; a failing photo fails the import after the others finished', async () => {
    const { addPhoto } = collectPhotos();
    const bytes = await samplePhoto(4);
    const [a, b] = await Promise.all([addPhoto(bytes, 'a.jpg'), addPhoto(Buffer.from(bytes), 'b.jpg')]);
    expect(a).toBe(b);

    // The first photo fails at once; the other two are still being sized at that moment.
    let calls = 0;
    let finished = 0;
    const failing = async (): Promise<FigureImageRef | null> => {
      calls += 1;
      if (calls === 1) throw new Error('disk full');
      await new Promise((r) => setTimeout(r, 20));
      finished += 1;
      return null;
    };
    await expect(importDocxBytes(await sampleDocx(), failing, { parallelism: 3 })).rejects.toThrow('disk full');
    expect(finished).toBe(2);
  });
});
