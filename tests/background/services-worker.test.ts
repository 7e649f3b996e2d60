import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../core/errors';
import { build } from '../../core/document/nodes';
import { type ServicesWorker, startServicesWorker } from '../../electron/background/services-worker';
import { chromiumPrinter } from '../../electron/export/default-printer';
import type { PdfPrinter } from '../../electron/export/pdf-printer';
import type { Dialogs } from '../../electron/services/dialogs';
import { ReportFile } from '../../electron/store/report-file';
import { samplePhoto } from '../export/sample-report';
import { sampleMeta, tempDir } from '../helpers/files';
import { requires } from '../helpers/requires';

const started: ServicesWorker[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((services) => services.end()));
});

function start(...args: Parameters<typeof startServicesWorker>): ServicesWorker {
  const services = startServicesWorker(...args);
  started.push(services);
  return services;
}

async function value<T>(result: Promise<Result<unknown>>): Promise<T> {
  const answered = await result;
  if (!answered.ok) throw new Error(`${answered.error.code}: ${answered.error.detail ?? ''}`);
  return answered.value as T;
}

/** Dialogs of the starting thread that answer `save` and record which thread asked them. */
function recordingDialogs(save: string): Dialogs & { askedOn: number[] } {
  const askedOn: number[] = [];
  const none = async () => null;
  return {
    askedOn,
    native: true,
    pickReportToOpen: none,
    pickImportSource: none,
    pickSpreadsheet: none,
    pickExportPath: none,
    pickImages: async () => [],
    pickReportToSave: async () => {
      askedOn.push(threadId);
      return save;
    },
  };
}

describe('the services on a thread of their own', () => {
  it('write the report file there; closing it releases the lock for the next opener', async () => {
    const dir = tempDir();
    const services = start({
      shell: 'harness',
      version: '1.2.3',
      dialogs: { kind: 'folder', folder: join(dir, 'reports') },
      paths: { kind: 'inside', home: dir },
    });
    expect(await value(services.dispatch('app.info', {}))).toMatchObject({ shell: 'harness', version: '1.2.3' });
    const path = join(dir, '报告.nianbao');
    await value(services.dispatch('report.create', { path, meta: sampleMeta }));
    const document = build.document([build.paragraph('在另一个线程里保存。')]);
    await value(services.dispatch('report.saveDocument', { path, document }));
    // Invalid params are refused there, as by the dispatcher in this thread.
    expect(await services.dispatch('report.saveDocument', { path })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });

    // While the services thread holds the report, this thread can only read it.
    const meanwhile = await ReportFile.open(path);
    expect(meanwhile.readOnly).toBe(true);
    expect(meanwhile.document?.json).toEqual(document);
    meanwhile.close();

    services.shutdown();
    const after = await ReportFile.open(path);
    expect(after.readOnly).toBe(false);
    after.close();
  }, 60_000);

  it('ask the starting thread’s dialogs, and let the page name only the paths those answered', async () => {
    const dir = tempDir();
    const chosen = join(dir, '选的.nianbao');
    const dialogs = recordingDialogs(chosen);
    const services = start(
      { shell: 'electron', version: '0', dialogs: { kind: 'host', native: true }, paths: { kind: 'granted' } },
      { dialogs },
    );
    const elsewhere = join(dir, '没选的.nianbao');
    expect(await services.dispatch('report.create', { path: elsewhere, meta: sampleMeta })).toMatchObject({
      ok: false,
      error: { code: 'PATH_NOT_CHOSEN' },
    });
    expect(await value(services.dispatch('dialog.pickReportToSave', { suggestedName: '报告' }))).toBe(chosen);
    expect(dialogs.askedOn).toEqual([threadId]);
    await value(services.dispatch('report.create', { path: chosen, meta: sampleMeta }));
    // A report the system handed over (a double-click) may be opened once granted.
    expect(await services.dispatch('report.open', { path: elsewhere })).toMatchObject({ ok: false });
    (await ReportFile.create(elsewhere, sampleMeta)).close();
    services.grant('open', elsewhere);
    expect(await value(services.dispatch('report.open', { path: elsewhere }))).toMatchObject({ path: elsewhere });
  }, 60_000);

  it('answer every call with an error once the thread has ended, never leaving it waiting', async () => {
    const dir = tempDir();
    const services = start({
      shell: 'cli',
      version: '0',
      dialogs: { kind: 'folder', folder: dir },
      paths: { kind: 'any' },
    });
    await value(services.dispatch('app.info', {}));
    await services.end();
    expect(await services.dispatch('app.info', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await services.assets({ assetKey: 'a'.repeat(64), variant: 'full' })).toMatchObject({ status: 503 });
  }, 60_000);
});

requires('chromium').describe('the services thread printing with the starting thread’s printer', () => {
  it('sends the photos the page shows with the job, and gets the PDF back', async () => {
    const dir = tempDir();
    const chromium = await chromiumPrinter();
    const served: string[] = [];
    const printer: PdfPrinter = {
      print: (job) =>
        chromium.print({
          ...job,
          assets: (assetKey) => {
            const photo = job.assets(assetKey);
            if (photo) served.push(assetKey);
            return photo;
          },
        }),
    };
    const services = start(
      {
        shell: 'electron',
        version: '0',
        dialogs: { kind: 'folder', folder: dir },
        paths: { kind: 'any' },
      },
      { printer },
    );
    const path = join(dir, '有照片.nianbao');
    await value(services.dispatch('report.create', { path, meta: sampleMeta }));
    const photo = await samplePhoto(1, { width: 800, height: 600 });
    const added = await value<{ assetKey: string; width: number; height: number }>(
      services.dispatch('assets.add', { name: '实训.jpg', dataBase64: photo.bytes.toString('base64') }),
    );
    const figure = build.figure('实训现场', { ...added, name: '实训.jpg' });
    await value(services.dispatch('report.saveDocument', { path, document: build.document([figure]) }));

    const pdf = join(dir, '报告.pdf');
    const exported = await value<{ path: string; pages: number }>(services.dispatch('export.pdf', { path: pdf }));
    expect(exported).toMatchObject({ path: pdf });
    expect(exported.pages).toBeGreaterThanOrEqual(1);
    expect(served).toContain(added.assetKey);
  }, 180_000);
});
