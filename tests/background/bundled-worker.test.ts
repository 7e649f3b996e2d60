import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { HeavyTasks } from '../../electron/background/heavy-tasks';
import type {
  ServicesMessage,
  ServicesRequest,
  ServicesThreadConfig,
} from '../../electron/background/services-protocol';
import { WorkerPool } from '../../electron/background/worker-pool';
import { samplePhoto } from '../export/sample-report';
import { build } from '../../core/document/nodes';
import { sampleMeta } from '../helpers/files';
import { repoRoot } from '../helpers/processes';
import { requires } from '../helpers/requires';
import { printWithPhotos } from '../import/printed-pdf';

// `npm test` builds first: this is the worker file the installers ship beside main.cjs.
const pool = new WorkerPool<HeavyTasks>(() => new Worker(join(repoRoot, 'out/electron/heavy-work.cjs')), 1);
afterAll(() => pool.close());

describe('the bundled background worker (out/electron/heavy-work.cjs)', () => {
  it('loads sharp from node_modules and sizes a photo for print', async () => {
    const photo = await samplePhoto(1, { width: 3000, height: 2000 });
    const asset = await pool.run(
      'sizePhotoForPrint',
      { bytes: photo.bytes, name: 'dir/照片.jpg' },
      { timeoutMs: 60_000 },
    );
    expect(asset).toMatchObject({ mime: 'image/jpeg', width: 2400, height: 1600, originalName: '照片.jpg' });
  });

  it('reads pasted text into a report document', async () => {
    const read = await pool.run('importText', { text: '一、基本情况\n学校坚持立德树人。' }, { timeoutMs: 60_000 });
    expect(read.document.root.children?.[0]).toMatchObject({ type: 'heading' });
  });
});

requires('chromium').describe('the bundled background worker reading a PDF', () => {
  it('bundles pdf.js: last year’s PDF comes in with its heading and its photo', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-worker-pdf-'));
    try {
      const path = join(dir, '去年的报告.pdf');
      const document = build.document([
        build.heading(1, '基本情况'),
        build.paragraph('学校坚持立德树人，办学规模稳定。'),
        build.figure('实训基地', null),
      ]);
      await printWithPhotos(
        document,
        {
          ...sampleMeta,
          headingNumbering: 'decimal',
          chapterLabel: 'none',
          figureNumbering: 'continuous',
          caseNumbering: 'continuous',
          template: 'gongwen',
          issuer: '',
          issuedOn: '',
        },
        path,
      );
      const read = await pool.run('readImport', { path }, { timeoutMs: 90_000 });
      const kinds = (read.result.document.root.children ?? []).map((n) => n.type);
      expect(kinds).toContain('heading');
      expect(kinds).toContain('figure');
      expect(read.assets.length).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the bundled services thread (out/electron/services-thread.cjs)', () => {
  it('loads better-sqlite3 from node_modules and writes a report, starting its own background workers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-services-thread-'));
    const config: ServicesThreadConfig = {
      shell: 'cli',
      version: '0',
      dialogs: { kind: 'folder', folder: dir },
      paths: { kind: 'any' },
      hostPrinter: false,
      hostReveal: false,
    };
    const thread = new Worker(join(repoRoot, 'out/electron/services-thread.cjs'), { workerData: { services: config } });
    let nextId = 1;
    const call = (name: string, params: unknown) =>
      new Promise<unknown>((resolve) => {
        const id = nextId++;
        const onMessage = (message: ServicesMessage) => {
          if (message.kind !== 'answer' || message.id !== id) return;
          thread.off('message', onMessage);
          resolve(message.value);
        };
        thread.on('message', onMessage);
        thread.postMessage({ kind: 'call', id, name, params } satisfies ServicesRequest);
      });
    try {
      const path = join(dir, '报告.nianbao');
      expect(await call('report.create', { path, meta: sampleMeta })).toMatchObject({ ok: true, value: { path } });
      // Pasted text is read in a background worker that the services thread starts beside itself.
      const read = await call('import.read', { text: '一、基本情况\n学校坚持立德树人。' });
      expect(read).toMatchObject({ ok: true, value: { blocks: [{ type: 'heading' }, { type: 'paragraph' }] } });
    } finally {
      await thread.terminate();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
