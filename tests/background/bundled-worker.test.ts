import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { HeavyTasks } from '../../electron/background/heavy-tasks';
import { WorkerPool } from '../../electron/background/worker-pool';
import { samplePhoto } from '../export/sample-report';
import { repoRoot } from '../helpers/processes';

// `npm test` builds first: this is the worker file the installers ship beside main.cjs.
const pool = new WorkerPool<HeavyTasks>(() => new Worker(join(repoRoot, 'out/electron/heavy-work.cjs')), 1);
afterAll(() => pool.close());

describe('the bundled background worker (out/electron/heavy-work.cjs)', () => {
  it('loads sharp from node_modules and takes a photo in', async () => {
    const photo = await samplePhoto(1, { width: 3000, height: 2000 });
    const asset = await pool.run('intakePhoto', { bytes: photo.bytes, name: 'dir/照片.jpg' }, { timeoutMs: 60_000 });
    expect(asset).toMatchObject({ mime: 'image/jpeg', width: 2400, height: 1600, originalName: '照片.jpg' });
  });

  it('reads pasted text into a report document', async () => {
    const read = await pool.run('importText', { text: '一、基本情况\n学校坚持立德树人。' }, { timeoutMs: 60_000 });
    expect(read.document.root.children?.[0]).toMatchObject({ type: 'heading' });
  });
});
